/**
 * Reading and writing a sheet as a table keyed by column keys, through the cell codec
 * (domain/workbook/codec.ts). One getValues per read; one setValues per run of the add-on's own columns
 * per write, whatever the number of rows: Apps Script charges per call, not per cell.
 *
 * Columns are found by header text (or an alias), so a curator may reorder them or add their own. A write
 * touches only the columns the add-on knows and only the rows between the first and the last it changes:
 * the curator's own columns, and rows outside that span, are never rewritten. Formulas inside the span
 * stay formulas; values inside it are written back as they were read (text stays text).
 */
import { encodeCell, keepCell, type CellValue, type RawCell } from "../domain/workbook/codec";
import { isBlankRow, rowsFromGrid, type RowOf, type SheetRows } from "../domain/workbook/rows";
import type { ColumnSpec, SheetSpec } from "../domain/workbook/sheets";
import { createZone, intlKnowsZone, type Zone } from "../domain/workbook/zone";
import { isRowFormula, rowFormula } from "../domain/indicators/rowFormulas";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Cell = RawCell;
export type { CellValue };
export { mapColumns, decodeRow } from "../domain/workbook/rows";

export type TableRow = RowOf;

export interface Table extends SheetRows {
  sheet: Sheet;
  zone: Zone;
  /** The raw block as read (row 1 included), for writing back. */
  values: Cell[][];
  /** Formulas of the block when asked for ('' where none). */
  formulas?: string[][];
}

const zones = new Map<string, Zone>();

/** The spreadsheet's zone (one service call), for every read and write of a command. */
export function zoneOf(ss: Spreadsheet): Zone {
  const tz = ss.getSpreadsheetTimeZone();
  let zone = zones.get(tz);
  if (!zone) {
    // Utilities.formatDate is the documented fallback where the runtime's Intl lacks the zone.
    zone = intlKnowsZone(tz)
      ? createZone(tz)
      : createZone(tz, (instant, name) => Utilities.formatDate(instant, name, "yyyy-MM-dd HH:mm:ss"));
    zones.set(tz, zone);
  }
  return zone;
}

/** Read the whole table with one getValues (and one getFormulas when `withFormulas`). */
export function readTable(sheet: Sheet, spec: SheetSpec, options: { zone: Zone; withFormulas?: boolean }): Table {
  const range = sheet.getDataRange();
  const values = range.getValues() as Cell[][];
  // A sheet with live per-row formulas that only reads them skips getFormulas; writeTable fetches them
  // before writing, so a write never turns a formula into its value.
  const formulas = options.withFormulas ? range.getFormulas() : undefined;
  return tableOf(sheet, spec, options.zone, values, formulas);
}

/** A Table over a block already read (row 1 the header). */
export function tableOf(sheet: Sheet, spec: SheetSpec, zone: Zone, values: Cell[][], formulas?: string[][]): Table {
  return { ...rowsFromGrid(spec, values, zone), sheet, zone, values, formulas };
}

/**
 * One row for setValues: `base` (the row as read, with its formulas) kept, the named cells encoded by
 * their column's type. Keys the sheet has no column for are ignored.
 */
export function encodeRow(
  spec: SheetSpec,
  columns: Record<string, number>,
  width: number,
  cells: Readonly<Record<string, unknown>>,
  zone: Zone,
  base?: { values: readonly unknown[]; formulas?: readonly string[] },
  /** The sheet row the row goes to: its live per-row formulas refer to it. */
  rowNumber?: number,
): Cell[] {
  const byIndex = new Map(spec.columns.map((s) => [columns[s.key], s]));
  const out: Cell[] = Array.from({ length: width }, (_, c) => {
    const formula = base?.formulas?.[c];
    if (formula) return formula;
    return keepCell(base?.values[c], byIndex.get(c)?.plainText);
  });
  for (const col of spec.columns) {
    const c = columns[col.key];
    if (c === undefined) continue;
    const live =
      col.formula && rowNumber !== undefined
        ? liveFormula(col, rowNumber, { ...cells }, base?.values, base?.formulas?.[c] || undefined, columns)
        : undefined;
    if (live !== undefined) out[c] = live;
    else if (col.key in cells) out[c] = encodeCell(col, cells[col.key], zone);
  }
  return out;
}

export interface RowPatch {
  /** Existing sheet row to update; omit to append. */
  rowNumber?: number;
  cells: Record<string, unknown>;
}

export function hasRowFormulas(spec: SheetSpec): boolean {
  return spec.columns.some((c) => c.formula);
}

/**
 * The add-on's live formula for a cell of a formula column (rowFormulas.ts), or undefined to leave the cell
 * to the usual rules: a row the write touches gets the formula where the cell is blank or already holds the
 * add-on's formula (re-pointed if columns moved); a value a curator typed stays — except a typed age, which
 * gives way to the formula once the row has a birth date.
 */
function liveFormula(
  col: ColumnSpec,
  r: number,
  patch: Record<string, unknown> | undefined,
  current: readonly unknown[] | undefined,
  formula: string | undefined,
  columns: Readonly<Record<string, number>>,
): string | undefined {
  const key = col.formula!;
  if (!patch) return undefined;
  const at = (k: string) => (k in patch ? patch[k] : columns[k] === undefined ? "" : current?.[columns[k]]);
  const rowBlank = Object.keys(columns).every((k) => {
    const v = at(k);
    return v === "" || v === null || v === undefined || v === false;
  });
  if (rowBlank) return undefined;
  const ours = formula ? isRowFormula(key, formula) : false;
  const typed = col.key in patch ? patch[col.key] : formula ? undefined : current?.[columns[col.key]];
  const hasTyped = typed !== undefined && typed !== "" && typed !== null;
  if (formula && !ours) return undefined; // the curator's own formula
  if (hasTyped && !(key === "age" && at("birthDate"))) return undefined;
  return rowFormula(key, r, columns) ?? undefined;
}

/** Contiguous runs of 0-based column indices, e.g. [0,1,2,5,6] → [[0,3],[5,2]] as [start, length]. */
function runs(indices: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1]);
  }
  return out;
}

/**
 * Apply updates and appends and write them back: for each run of the table's known columns, one setValues over
 * the rows from the first to the last changed. Cells the patches do not name keep their value (formulas
 * as formulas, text as text). A string starting with «=» in a `formulaColumns` column is written as a
 * formula (the add-on's own formulas); anywhere else it is text.
 */
export function writeTable(
  table: Table,
  patches: readonly RowPatch[],
  options: { formulaColumns?: readonly string[] } = {},
): { written: number; appended: number[] } {
  if (patches.length === 0) return { written: 0, appended: [] };
  if (!table.formulas && hasRowFormulas(table.spec) && table.values.length > 0)
    table.formulas = table.sheet.getRange(1, 1, table.values.length, table.header.length).getFormulas();
  const { spec, columns, zone, values, formulas } = table;
  const formulaCols = new Set(options.formulaColumns ?? []);
  let lastUsed = values.length;
  while (lastUsed > 1 && isBlankRow(values[lastUsed - 1])) lastUsed--;
  let nextRow = lastUsed + 1;
  const changed = new Map<number, Record<string, unknown>>();
  const appended: number[] = [];
  for (const patch of patches) {
    let r = patch.rowNumber;
    if (r === undefined) {
      r = nextRow++;
      appended.push(r);
    }
    changed.set(r, { ...(changed.get(r) ?? {}), ...patch.cells });
  }
  const rowNumbers = [...changed.keys()];
  const first = Math.max(2, Math.min(...rowNumbers));
  const last = Math.max(...rowNumbers);
  // The spec's columns, and any a reader added to `columns` (the yearly targets of «Показатели»), typed as values.
  const owned: ColumnSpec[] = Object.keys(columns).map(
    (key) => spec.columns.find((c) => c.key === key) ?? { key, header: key, type: "value" },
  );
  const byIndex = new Map(owned.map((c) => [columns[c.key], c]));
  const sheet = table.sheet;
  const needRows = last - sheet.getMaxRows();
  if (needRows > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needRows);
  for (const [start, length] of runs(owned.map((c) => columns[c.key]))) {
    const block: Cell[][] = [];
    for (let r = first; r <= last; r++) {
      const patch = changed.get(r);
      const row: Cell[] = [];
      for (let c = start; c < start + length; c++) {
        const col = byIndex.get(c);
        const formula = formulas?.[r - 1]?.[c];
        const live = col?.formula ? liveFormula(col, r, patch, values[r - 1], formula, columns) : undefined;
        if (live !== undefined) row.push(live);
        else if (col && patch && col.key in patch) {
          const v = patch[col.key];
          row.push(
            formulaCols.has(col.key) && typeof v === "string" && v.startsWith("=") ? v : encodeCell(col, v, zone),
          );
        } else if (formula) row.push(formula);
        else row.push(keepCell(values[r - 1]?.[c], col?.plainText));
      }
      block.push(row);
    }
    sheet.getRange(first, start + 1, block.length, length).setValues(block);
  }
  // Keep the table in step with what was written, so a second write in the same command sees it.
  for (const [r, cells] of changed) {
    while (values.length < r) values.push(Array.from({ length: table.header.length }, () => ""));
    for (const col of owned) {
      if (!(col.key in cells)) continue;
      const c = columns[col.key];
      const encoded = encodeCell(col, cells[col.key], zone);
      const isFormula =
        formulaCols.has(col.key) && typeof cells[col.key] === "string" && String(cells[col.key]).startsWith("=");
      if (isFormula && formulas) {
        while (formulas.length < r) formulas.push([]);
        formulas[r - 1][c] = String(cells[col.key]);
      } else if (formulas?.[r - 1]) formulas[r - 1][c] = "";
      // What the cell now holds: the text without Sheets' escaping apostrophe.
      values[r - 1][c] =
        typeof encoded === "string" && encoded.startsWith("'") && !col.plainText ? encoded.slice(1) : encoded;
    }
  }
  return { written: last - first + 1, appended };
}
