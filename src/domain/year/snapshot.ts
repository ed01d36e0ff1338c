/**
 * The record of a closed year, so a year closed by mistake can be restored cell for cell: every cell the
 * close changed, with what it held before and after, and every column it added. Kept in the hidden sheet
 * «Закрытие года» (sheets/yearSheet.ts), one row per cell: a school's close can change thousands of
 * cells, more than document properties hold.
 *
 * A cell is stored as JSON text, so its kind survives the round trip exactly: "" blank, a JSON string,
 * number or boolean for a value, {"date": "YYYY-MM-DD"} for a date cell, {"formula": "=…"} for a formula.
 *
 * Restoring puts back «Было» only where the cell still holds «Стало»: a cell edited since the close is
 * the curator's newer work and stays; the restore lists it.
 */
import { isIsoDate, type IsoDate } from "../common/dates";

export type StoredCell =
  | { kind: "blank" }
  | { kind: "value"; value: string | number | boolean }
  | { kind: "date"; day: IsoDate }
  | { kind: "formula"; formula: string };

export const BLANK: StoredCell = { kind: "blank" };

export function storeCell(cell: StoredCell): string {
  switch (cell.kind) {
    case "blank":
      return "";
    case "value":
      return JSON.stringify(cell.value);
    case "date":
      return JSON.stringify({ date: cell.day });
    case "formula":
      return JSON.stringify({ formula: cell.formula });
  }
}

/** The cell a stored text stands for; undefined when the text is not one (edited by hand). */
export function readStoredCell(text: unknown): StoredCell | undefined {
  if (text === "" || text === null || text === undefined) return BLANK;
  if (typeof text !== "string") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed === "string" || typeof parsed === "number" || typeof parsed === "boolean")
    return parsed === "" ? BLANK : { kind: "value", value: parsed };
  if (parsed && typeof parsed === "object") {
    const o = parsed as Record<string, unknown>;
    if (isIsoDate(o.date)) return { kind: "date", day: o.date };
    if (typeof o.formula === "string" && o.formula.startsWith("=")) return { kind: "formula", formula: o.formula };
  }
  return undefined;
}

export function sameCell(a: StoredCell, b: StoredCell): boolean {
  return storeCell(a) === storeCell(b);
}

/** One row of the record. */
export interface LoggedChange {
  /** Row of «Закрытие года» (for marking it restored). */
  logRow: number;
  year: string;
  sheet: string;
  /** Sheet row; 1 for a column's header. */
  row: number;
  /** Header of the column the cell is in (columns are found by header, so a moved column is still found). */
  column: string;
  kind: "cell" | "column";
  before: StoredCell;
  after: StoredCell;
  restored: boolean;
  /** When the close was made (ISO instant), as the record holds it. */
  at?: string;
}

export interface RestorePlan {
  cells: LoggedChange[];
  /** Cells edited since the close: left as they are now. */
  kept: LoggedChange[];
  /** Columns the close added, to remove (only when nothing but their header is in them). */
  columns: LoggedChange[];
}

/**
 * What restoring a closed year does: `current(change)` is what the cell holds now (undefined when the
 * sheet or the column is gone).
 */
export function planRestore(
  changes: readonly LoggedChange[],
  current: (change: LoggedChange) => StoredCell | undefined,
): RestorePlan {
  const plan: RestorePlan = { cells: [], kept: [], columns: [] };
  for (const c of changes) {
    if (c.restored) continue;
    if (c.kind === "column") {
      plan.columns.push(c);
      continue;
    }
    const now = current(c);
    if (now && sameCell(now, c.after)) plan.cells.push(c);
    else plan.kept.push(c);
  }
  return plan;
}
