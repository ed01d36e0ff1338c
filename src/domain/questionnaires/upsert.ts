/**
 * Where an accepted answer goes in the target sheet, decided here so the Sheets adapter only reads the block,
 * calls planUpsert and writes one row. Key cells are compared the way people type them: IDs by idKey, dates
 * by calendar day, other text by labelKey.
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

function asDay(v: unknown): string | undefined {
  return parseDate(v);
}

export function sameCell(column: string, a: unknown, b: unknown): boolean {
  const x = a;
  const y = b;
  if (asDay(x) !== undefined || asDay(y) !== undefined) return asDay(x) !== undefined && asDay(x) === asDay(y);
  if (typeof x === "number" || typeof y === "number" || typeof x === "boolean" || typeof y === "boolean")
    return String(x) === String(y);
  const sx = x === null || x === undefined ? "" : String(x);
  const sy = y === null || y === undefined ? "" : String(y);
  return ID_COLUMNS.has(column) ? idKey(sx) === idKey(sy) : labelKey(sx) === labelKey(sy);
}

/**
 * An index key of a key cell: `sameCell(column, a, b)` implies `cellKey(column, a) === cellKey(column, b)`,
 * so an index of rows by these keys finds every candidate and sameCell then decides (same branches).
 */
export function cellKey(column: string, value: unknown): string {
  const day = asDay(value);
  if (day !== undefined) return `d${day}`;
  const text = value === null || value === undefined ? "" : String(value);
  return ID_COLUMNS.has(column) ? `i${idKey(text)}` : `t${labelKey(text)}`;
}

/** Add `text` under `existing` unless it is already there (the same answer sent twice adds nothing). */
function appendText(existing: unknown, text: string): string {
  const old = existing === null || existing === undefined ? "" : String(existing);
  if (old.trim() === "") return text;
  if (old === text || old.split("\n").some((line) => line === text)) return old;
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
      asDay(next) !== undefined || asDay(existing[column]) !== undefined
        ? asDay(next) === asDay(existing[column])
        : next === existing[column];
    if (!same) changed = true;
    merged[column] = next;
  }
  return changed ? { action: "update", index, row: merged } : { action: "unchanged", index };
}
