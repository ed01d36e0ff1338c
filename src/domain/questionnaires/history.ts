/**
 * «История изменений»: every cell an answer (or a merge of duplicates) overwrites keeps its previous value,
 * so the curator can see who changed what and put it back. Decisions:
 * - one history row per changed cell: date, sheet, the row's key as the curator reads it («ID: НЯ-0003»;
 *   «ID пары: П-0001; Дата: 03.09.2026; Тип: рабочая»), the column's header, old and new value, source;
 * - values are kept as domain values in «value» columns (dates as dates, numbers as numbers, text as text),
 *   so restoring writes the old value back through the codec by the target column's type, unchanged;
 * - the row is found again by its key, not its number: sorting or inserting rows does not misdirect a
 *   restore; a restore is itself recorded, so it can be undone the same way.
 */
import { formatDateRu, isIsoDate, parseDateText } from "../common/dates";
import type { CellValue } from "../workbook/codec";
import { SHEETS, type SheetKey } from "../workbook/sheets";
import type { KeyPart } from "./target";

export interface HistoryRow {
  /** When: an instant, written to the timestamp column «Дата». */
  date: Date;
  /** The sheet's name. */
  sheet: string;
  rowKey: string;
  /** The column's header. */
  column: string;
  before: CellValue;
  after: CellValue;
  source: string;
  /** When it was restored (an instant), or "". */
  restored: Date | "";
}

const KEY_SEPARATOR = "; ";
const PAIR_SEPARATOR = ": ";

function header(sheet: SheetKey, column: string): string {
  return SHEETS[sheet].columns.find((c) => c.key === column)?.header ?? column;
}

function shown(value: unknown): string {
  if (typeof value === "string" && isIsoDate(value)) return formatDateRu(value);
  return value === null || value === undefined ? "" : String(value);
}

/** «ID: НЯ-0003», «ID пары: П-0001; Дата: 03.09.2026; Тип: рабочая». */
export function rowKeyText(sheet: SheetKey, key: readonly KeyPart[]): string {
  return key.map((k) => `${header(sheet, k.column)}${PAIR_SEPARATOR}${shown(k.value)}`).join(KEY_SEPARATOR);
}

/** The key parts of a «Ключ строки» text, or undefined when it names a column the sheet does not have. */
export function parseRowKey(sheet: SheetKey, text: string): KeyPart[] | undefined {
  const parts: KeyPart[] = [];
  for (const piece of text.split(KEY_SEPARATOR)) {
    const at = piece.indexOf(PAIR_SEPARATOR.trim());
    if (at < 0) return undefined;
    const title = piece.slice(0, at).trim();
    const value = piece.slice(at + 1).trim();
    const column = SHEETS[sheet].columns.find((c) => c.header === title);
    if (!column) return undefined;
    parts.push({ column: column.key, value: column.type === "date" ? (parseDateText(value) ?? value) : value });
  }
  return parts.length > 0 ? parts : undefined;
}

/** The sheet whose name a history row gives. */
export function sheetKeyByName(name: string): SheetKey | undefined {
  return (Object.keys(SHEETS) as SheetKey[]).find((k) => SHEETS[k].name === name);
}

const blank = (v: unknown) => v === undefined || v === null || v === "";

/** The cells of `columns` whose value differs between the row before and after (compared as key cells are). */
export function changedCells(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  columns: Iterable<string>,
): Array<{ column: string; before: CellValue; after: CellValue }> {
  const out: Array<{ column: string; before: CellValue; after: CellValue }> = [];
  for (const column of columns) {
    const a = before[column];
    const b = after[column];
    if ((blank(a) && blank(b)) || a === b) continue;
    out.push({ column, before: blank(a) ? "" : (a as CellValue), after: blank(b) ? "" : (b as CellValue) });
  }
  return out;
}

/** History rows for one overwritten row. */
export function historyRows(
  sheet: SheetKey,
  key: readonly KeyPart[],
  changes: ReadonlyArray<{ column: string; before: CellValue; after: CellValue }>,
  source: string,
  now: Date,
): HistoryRow[] {
  const rowKey = rowKeyText(sheet, key);
  return changes.map((c) => ({
    date: now,
    sheet: SHEETS[sheet].name,
    rowKey,
    column: header(sheet, c.column),
    before: c.before,
    after: c.after,
    source,
    restored: "",
  }));
}
