/**
 * Normalising values as people type them: any dash or spacing in a form's name, «да/нет» for yes/no,
 * tags separated by «;» or «,», grades as «7», «7 класс» or «7Б». Pure and shared by every feature.
 */

/** Every dash-like character people paste from Word and PDF. */
const DASHES = /[\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;

export function normaliseDashes(text: string): string {
  return text.replace(DASHES, "-");
}

/** Collapse runs of white space (including non-breaking spaces) into one space and trim. */
export function squashSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u202F]+/g, " ").trim();
}

/** Lower-case, ё→е, dashes unified, quotes and spacing removed: a key for comparing labels. */
export function labelKey(text: string): string {
  return squashSpaces(normaliseDashes(String(text)).toLowerCase().replace(/ё/g, "е"))
    .replace(/[«»"'“”„]/g, "")
    .replace(/\s*-\s*/g, "-")
    .trim();
}

/**
 * Find the canonical label (e.g. «ученик – ученик») for what a person typed («Ученик-ученик», «ученик —
 * ученик»). Returns undefined when nothing matches.
 */
export function matchLabel(input: string, labels: readonly string[]): string | undefined {
  const key = labelKey(input);
  if (!key) return undefined;
  return labels.find((label) => labelKey(label) === key);
}

const YES = new Set(["да", "yes", "true", "1", "истина", "+", "есть", "д", "y", "v", "✓", "✔", "x", "х"]);
const NO = new Set(["нет", "no", "false", "0", "ложь", "-", "н", "n", ""]);

/** «да/нет», «true/false», «1/0», a ticked checkbox → boolean; anything else → undefined. */
export function parseYesNo(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : undefined;
  if (value === null || value === undefined) return false;
  const key = squashSpaces(String(value)).toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

/** «7», «7 класс», «7Б», «7-б», 7 → 7. Grades run 1–11; a college course may be written «1 курс». */
export function parseGrade(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value <= 11 ? value : undefined;
  if (value === null || value === undefined) return undefined;
  const m = /^\s*(\d{1,2})\s*(?:-?\s*[а-яёa-z])?\s*(?:кл\.?|класс[а-яё]*|курс[а-яё]*)?\s*$/i.exec(String(value));
  if (!m) return undefined;
  const grade = Number(m[1]);
  return grade >= 0 && grade <= 11 ? grade : undefined;
}

/** Tags separated by «;», «,» or line breaks; trimmed, empty ones dropped, duplicates removed. */
export function splitTags(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of String(value).split(/[;,\n]+/)) {
    const tag = squashSpaces(part);
    const key = tag.toLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** A whole number ≥ 0 from a cell: 3, «3», «3 чел.» → 3; «много», -1, 2.5 → undefined. */
export function parseCount(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== "string") return undefined;
  const m = /^\s*(\d+)\s*(?:чел\.?)?\s*$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** A cell that holds nothing a person typed. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
