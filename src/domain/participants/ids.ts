/**
 * Participant IDs. Policy: an ID is given once and never changes or gets reused — reports, pairs, meetings
 * and surveys refer to it. New IDs are the prefix, a hyphen and a zero-padded number one above the highest
 * number already used with that prefix (gaps left by deleted rows are not refilled, so a deleted person's
 * code never comes back as somebody else).
 *
 * Prefixes are Cyrillic («НТ» наставник, «НЯ» наставляемый, «П» пара). Comparisons go through `idKey`,
 * which folds case, every dash and the Latin look-alikes of Cyrillic letters (H/Н, T/Т, …), so «нт–0001»
 * or a Latin «HT-0001» typed on an English layout is the same person as «НТ-0001».
 */
import { normaliseDashes, squashSpaces } from "../common/normalise";
import { isEmptyRow } from "./cells";

export const ID_PREFIX = { mentors: "НТ", mentees: "НЯ", pairs: "П" } as const;
export type IdPrefix = (typeof ID_PREFIX)[keyof typeof ID_PREFIX];

const ID_DIGITS = 4;

/** Latin letters that look like Cyrillic capitals: typed by mistake, they must not make a new ID. */
const LOOKALIKES: Record<string, string> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "У",
};

/** A comparison key for an ID: upper case, one kind of hyphen, no spaces, Cyrillic letters. */
export function idKey(id: unknown): string {
  if (id === null || id === undefined) return "";
  return squashSpaces(normaliseDashes(String(id)))
    .toUpperCase()
    .replace(/Ё/g, "Е")
    .replace(/\s*-\s*/g, "-")
    .replace(/[ABCEHKMOPTXY]/g, (ch) => LOOKALIKES[ch] ?? ch);
}

/** The number of an ID with this prefix («НТ-0012» → 12), or undefined for other IDs. */
export function idNumber(id: unknown, prefix: string): number | undefined {
  const key = idKey(id);
  const head = idKey(prefix) + "-";
  if (!key.startsWith(head)) return undefined;
  const rest = key.slice(head.length);
  return /^\d+$/.test(rest) ? Number(rest) : undefined;
}

export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(ID_DIGITS, "0")}`;
}

/** The next free ID after every ID with this prefix among `existing`. */
export function nextId(existing: Iterable<unknown>, prefix: string): string {
  let max = 0;
  for (const id of existing) {
    const n = idNumber(id, prefix);
    if (n !== undefined && n > max) max = n;
  }
  return formatId(prefix, max + 1);
}

export interface IdAssignment {
  /** Index in the array passed in (the sheets layer adds its own first-row offset). */
  index: number;
  id: string;
}

/**
 * IDs for the rows that have none, in row order. Rows that have an ID are never touched, whatever it
 * looks like (a curator's own «Н-12» stays «Н-12»). Rows with nothing typed at all are skipped.
 */
export function assignIds(
  rows: ReadonlyArray<Record<string, unknown>>,
  prefix: string,
  idColumn = "id",
): IdAssignment[] {
  const used = rows.map((r) => r[idColumn]);
  let max = 0;
  for (const id of used) {
    const n = idNumber(id, prefix);
    if (n !== undefined && n > max) max = n;
  }
  const out: IdAssignment[] = [];
  rows.forEach((row, index) => {
    if (idKey(row[idColumn]) !== "") return;
    if (isEmptyRow(row)) return;
    max += 1;
    out.push({ index, id: formatId(prefix, max) });
  });
  return out;
}
