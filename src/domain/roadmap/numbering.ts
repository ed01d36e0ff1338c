/**
 * Item numbers: «1.6.» → «1.6», roman section numbers «II.», and whether a number plausibly follows the
 * previous one (PDF text has numbers inside titles and after the table; only a plausible next number starts
 * a new row).
 */

const ROMAN = /^[IVXLC]{1,7}$/;

/** «1.6.» → «1.6», «1 .2» → «1.2», «II.» → «II», «6» → «6»; anything else → undefined. */
export function normaliseNumber(raw: string): string | undefined {
  const text = raw.replace(/[\s\u00A0]+/g, "").replace(/[.)]+$/, "");
  if (/^\d{1,3}(?:\.\d{1,3}){0,4}$/.test(text))
    return text
      .split(".")
      .map((p) => String(Number(p)))
      .join(".");
  const upper = text.replace(/[Іі]/g, "I").toUpperCase();
  if (ROMAN.test(upper) && romanValue(upper) !== undefined) return upper;
  return undefined;
}

/** A line of PDF text that begins with an item or section number: «1.1. Разработка …», «5 Формирование …», «II. …». */
const NUMBER_LINE = /^\s*(?:(\d{1,3}(?:\.\d{1,2}){0,3})\.?|([IVX]{1,5})\.)(?=\s|$)\s*(.*)$/u;

export function splitNumberLine(line: string): { number: string; rest: string } | undefined {
  const m = NUMBER_LINE.exec(line);
  if (!m) return undefined;
  const number = normaliseNumber(m[1] ?? m[2]);
  return number ? { number, rest: m[3] } : undefined;
}

export function isRoman(number: string): boolean {
  return ROMAN.test(number);
}

export function romanValue(roman: string): number | undefined {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i]];
    const next = values[roman[i + 1]] ?? 0;
    if (v === undefined) return undefined;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : undefined;
}

export function toRoman(value: number): string {
  const table: [number, string][] = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = value;
  for (const [v, s] of table)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

export function parts(number: string): number[] {
  return isRoman(number) ? [romanValue(number) ?? 0] : number.split(".").map(Number);
}

export type Succession = "next" | "gap" | "repeat" | "back" | "unrelated";

/**
 * How `candidate` relates to the previous number: the next one (child, sibling or a following section),
 * a forward jump of a few, the same again, or a step back (a number that belongs to text after the table).
 */
export function succession(previous: string | undefined, candidate: string): Succession {
  if (previous === undefined) return "next";
  if (isRoman(candidate)) {
    const prevRoman = isRoman(previous) ? previous : undefined;
    if (!prevRoman) return "next"; // a new roman section after items: accept
    const a = romanValue(prevRoman) ?? 0;
    const b = romanValue(candidate) ?? 0;
    return b === a + 1 ? "next" : b === a ? "repeat" : b > a && b <= a + 3 ? "gap" : "back";
  }
  if (isRoman(previous)) return parts(candidate).length === 1 || parts(candidate)[0] === 1 ? "next" : "gap";
  const p = parts(previous);
  const c = parts(candidate);
  if (c.join(".") === p.join(".")) return "repeat";
  // Child: «1.6» → «1.6.1»; a section jumping straight to its first item: «1» → «1.1».
  if (c.length === p.length + 1 && c.slice(0, p.length).join(".") === p.join(".") && c[c.length - 1] === 1)
    return "next";
  // Sibling or a following ancestor: «1.6» → «1.7», «2», «2.1».
  for (let level = p.length; level >= 1; level--) {
    const prefix = p.slice(0, level - 1);
    if (c.length < level) continue;
    if (c.slice(0, level - 1).join(".") !== prefix.join(".")) continue;
    const step = c[level - 1] - p[level - 1];
    const tailIsFirst = c.slice(level).every((x) => x === 1);
    if (step === 1 && tailIsFirst) return "next";
    if (step > 1 && step <= 3 && c.slice(level).every((x) => x <= 2)) return "gap";
    if (step <= 0 && level === 1) return "back";
  }
  return "unrelated";
}

/** Top-level part of a number («2.3» → «2»). */
export function topOf(number: string): string {
  return isRoman(number) ? number : number.split(".")[0];
}

/** Whether `child` is below `parent` («1.2» is below «1»). */
export function isBelow(child: string, parent: string): boolean {
  return child.startsWith(`${parent}.`);
}
