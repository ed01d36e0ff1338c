/**
 * Where an accepted answer goes in the target sheet, decided here so the Sheets adapter only reads the block,
 * calls planUpsert and writes one row. Key cells are compared the way people type them: IDs by idKey, dates
 * by calendar day, other text by labelKey; a leading apostrophe that forces text is ignored.
 */
import { labelKey } from "../common/normalise";
import { parseDate } from "../participants/cells";
import { idKey } from "../participants/ids";
import { ANSWER_MESSAGES as M } from "./messages";
import { CELL_LIMIT, type RowValue, type UpsertTarget } from "./target";

export type UpsertPlan =
  | { action: "append"; row: Record<string, RowValue> }
  /** `row` is the whole merged row (existing values with the answer's columns written over them). */
  | { action: "update"; index: number; row: Record<string, unknown> }
  /** The same answer again: nothing to write. */
  | { action: "unchanged"; index: number }
  | { action: "reject"; reason: string };

const ID_COLUMNS = new Set(["id", "participantId", "pairId", "mentorId", "menteeId", "choice1", "choice2", "choice3"]);

function stripForcedText(v: unknown): unknown {
  return typeof v === "string" && /^'[=+\-@]/.test(v) ? v.slice(1) : v;
}

function asDay(v: unknown): string | undefined {
  const d = v instanceof Date ? v : typeof v === "string" ? parseDate(v) : undefined;
  return d ? `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}` : undefined;
}

export function sameCell(column: string, a: unknown, b: unknown): boolean {
  const x = stripForcedText(a);
  const y = stripForcedText(b);
  if (x instanceof Date || y instanceof Date) return asDay(x) !== undefined && asDay(x) === asDay(y);
  if (typeof x === "number" || typeof y === "number" || typeof x === "boolean" || typeof y === "boolean")
    return String(x) === String(y);
  const sx = x === null || x === undefined ? "" : String(x);
  const sy = y === null || y === undefined ? "" : String(y);
  return ID_COLUMNS.has(column) ? idKey(sx) === idKey(sy) : labelKey(sx) === labelKey(sy);
}

/** Add `text` under `existing` unless it is already there (the same answer sent twice adds nothing). */
function appendText(existing: unknown, text: string): string {
  const old = existing === null || existing === undefined ? "" : String(existing);
  if (old.trim() === "") return text;
  if (
    stripForcedText(old) === stripForcedText(text) ||
    old.split("\n").some((line) => stripForcedText(line) === stripForcedText(text))
  )
    return old;
  return `${old}\n${text}`;
}

export function planUpsert(rows: ReadonlyArray<Readonly<Record<string, unknown>>>, target: UpsertTarget): UpsertPlan {
  const index = rows.findIndex((row) => target.key.every((k) => sameCell(k.column, row[k.column], k.value)));
  if (index < 0) return { action: "append", row: { ...target.row } };
  const existing = rows[index];
  const merged: Record<string, unknown> = { ...existing };
  let changed = false;
  for (const [column, value] of Object.entries(target.row)) {
    let next: unknown = value;
    if (target.appendText?.includes(column) && typeof value === "string") next = appendText(existing[column], value);
    if (typeof next === "string" && next.length > CELL_LIMIT)
      return { action: "reject", reason: M.tooLong(column, next.length, CELL_LIMIT) };
    const same =
      next instanceof Date || existing[column] instanceof Date
        ? asDay(next) === asDay(existing[column])
        : stripForcedText(next) === stripForcedText(existing[column]);
    if (!same) changed = true;
    merged[column] = next;
  }
  return changed ? { action: "update", index, row: merged } : { action: "unchanged", index };
}
