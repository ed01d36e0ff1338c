/**
 * Reading and writing a sheet as a table keyed by column keys. One getValues per read, one setValues per
 * write, whatever the number of rows: Apps Script charges per call, not per cell.
 *
 * Columns are found by header text (or an alias), so a curator may reorder them or add their own; the
 * add-on never writes into a column it does not know.
 */
import { labelKey, asPlainText } from "../domain/common/normalise";
import type { SheetSpec } from "../domain/workbook/sheets";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Cell = string | number | boolean | Date;

export interface TableRow {
  /** 1-based sheet row number, for messages and links. */
  rowNumber: number;
  cells: Record<string, Cell>;
}

export interface Table {
  sheet: Sheet;
  spec: SheetSpec;
  /** Header texts as found in row 1. */
  header: string[];
  /** Column key → 0-based column index in the sheet. */
  columns: Record<string, number>;
  /** Keys of spec columns with no header in the sheet. */
  missing: string[];
  /** Data rows (row 2 on), blank rows left out. */
  rows: TableRow[];
  /** The raw block as read (row 1 included), for writing back. */
  values: Cell[][];
  /** Formulas of the block when asked for ('' where none). */
  formulas?: string[][];
}

/** Map header texts to column keys by header or alias, ignoring case, dashes and spacing. */
export function mapColumns(
  spec: SheetSpec,
  header: readonly unknown[],
): { columns: Record<string, number>; missing: string[] } {
  const byLabel = new Map<string, number>();
  header.forEach((h, i) => {
    const key = labelKey(String(h ?? ""));
    if (key && !byLabel.has(key)) byLabel.set(key, i);
  });
  const columns: Record<string, number> = {};
  const missing: string[] = [];
  for (const col of spec.columns) {
    const candidates = [col.header, ...(col.aliases ?? [])].map(labelKey);
    const index = candidates.map((c) => byLabel.get(c)).find((i) => i !== undefined);
    if (index === undefined) missing.push(col.key);
    else columns[col.key] = index;
  }
  return { columns, missing };
}

function isBlankRow(row: readonly Cell[]): boolean {
  return row.every((c) => c === "" || c === null || c === undefined);
}

/** Read the whole table with one getValues (and one getFormulas when `withFormulas`). */
export function readTable(sheet: Sheet, spec: SheetSpec, options: { withFormulas?: boolean } = {}): Table {
  const range = sheet.getDataRange();
  const values = range.getValues() as Cell[][];
  const formulas = options.withFormulas ? range.getFormulas() : undefined;
  const header = (values[0] ?? []).map((h) => String(h ?? "").trim());
  const { columns, missing } = mapColumns(spec, header);
  const rows: TableRow[] = [];
  for (let r = 1; r < values.length; r++) {
    if (isBlankRow(values[r])) continue;
    const cells: Record<string, Cell> = {};
    for (const [key, index] of Object.entries(columns)) cells[key] = values[r][index] ?? "";
    rows.push({ rowNumber: r + 1, cells });
  }
  return { sheet, spec, header, columns, missing, rows, values, formulas };
}

/** A value ready for setValues: user text can never become a formula. */
export function safeCell(value: unknown): Cell {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return asPlainText(String(value));
}

export interface RowPatch {
  /** Existing sheet row to update; omit to append. */
  rowNumber?: number;
  cells: Record<string, unknown>;
}

/**
 * Apply updates and appends to the table and write the block back with one setValues. Cells the patch
 * does not name keep their value; formulas in the block are kept as formulas; text is re-escaped so a
 * cell that holds «=…» as text stays text.
 */
export function writeTable(
  table: Table,
  patches: readonly RowPatch[],
  options: { formulaColumns?: readonly string[] } = {},
): { written: number; appended: number[] } {
  const width = Math.max(table.header.length, 1);
  const block: Cell[][] = table.values.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const formula = table.formulas?.[r]?.[c];
      if (formula) return formula;
      return r === 0 ? (row[c] ?? "") : safeCell(row[c]);
    }),
  );
  if (block.length === 0) block.push(table.header.slice());
  const formulaCols = new Set(options.formulaColumns ?? []);
  const appended: number[] = [];
  const lastUsed = () => {
    let last = block.length;
    while (last > 1 && isBlankRow(block[last - 1])) last--;
    return last;
  };
  let nextRow = lastUsed() + 1;
  for (const patch of patches) {
    let r: number;
    if (patch.rowNumber !== undefined) r = patch.rowNumber;
    else {
      r = nextRow++;
      appended.push(r);
    }
    while (block.length < r) block.push(Array.from({ length: width }, () => ""));
    const row = block[r - 1];
    for (const [key, value] of Object.entries(patch.cells)) {
      const c = table.columns[key];
      if (c === undefined) continue;
      row[c] = formulaCols.has(key) && typeof value === "string" && value.startsWith("=") ? value : safeCell(value);
    }
  }
  const sheet = table.sheet;
  const needRows = block.length - sheet.getMaxRows();
  if (needRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
  if (block.length > 1) sheet.getRange(2, 1, block.length - 1, width).setValues(block.slice(1));
  return { written: block.length - 1, appended };
}
