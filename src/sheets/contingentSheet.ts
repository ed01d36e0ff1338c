/**
 * «Контингент» ⇄ contingent rows. One getValues (+ getFormulas) per read, one setValues per write.
 *
 * - A new or empty sheet gets the template rows (with the rows the indicators need).
 * - An import merges by code (domain/contingent/merge.ts) and lays the table out again (marker rows
 *   «в том числе:» / «из них:» above each group); cells of the curator's own columns travel with their
 *   row, rows without a code that are not markers (notes) are kept below the table.
 * - «Проверка» holds a live formula per row (domain/contingent/checkFormulas.ts), refreshed on every run.
 * - CMN_Contingent_<key> names the «Факт» cell of each keyed row; keys are found again on every run
 *   (template code and name, the row's wording, or else where the named range already points), so the
 *   names follow rows that moved.
 */
import { checkFormulas } from "../domain/contingent/checkFormulas";
import { mergeContingent, type MergeResult } from "../domain/contingent/merge";
import {
  markerRelation,
  parseContingent,
  parseContingentTable,
  type ContingentInput,
  type ParsedContingent,
} from "../domain/contingent/parse";
import { sheetLayout, templateRows, withSheetRowNumbers } from "../domain/contingent/sheetLayout";
import { CONTINGENT_TEMPLATE, REQUIRED_KEYS } from "../domain/contingent/template";
import { validateContingent, type ContingentProblem } from "../domain/contingent/validate";
import { MARKER_LABELS } from "../domain/contingent/messages";
import type { ContingentRow } from "../domain/contingent/model";
import { contingentRangeName } from "../domain/indicators/namedRanges";
import { SHEETS } from "../domain/workbook/sheets";
import { keepCell } from "../domain/workbook/codec";
import { readTable, writeTable, zoneOf, type Cell, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SPEC = SHEETS.contingent;
const OWNED = ["code", "name", "fact", "forecast", "check"] as const;

export interface ContingentSheet {
  sheet: Sheet;
  table: Table;
  rows: ContingentRow[];
  /** Sheet rows that are neither a coded row nor a marker row, as read (notes a curator keeps). */
  otherRows: number[];
}

function columnLetter(index0: number): string {
  let s = "";
  for (let n = index0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function contingentSheetOf(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(SPEC.name);
}

/** Read the sheet once (values and formulas) and give its rows their keys. */
export function readContingentSheet(ss: Spreadsheet, sheet: Sheet): ContingentSheet {
  const table = readTable(sheet, SPEC, { zone: zoneOf(ss), withFormulas: true });
  const block = table.values.map((r) => OWNED.map((k) => (table.columns[k] === undefined ? "" : r[table.columns[k]!])));
  // parseContingentTable finds the columns by the header row, which is the block's first row.
  block[0] = OWNED.map((k) => SPEC.columns.find((c) => c.key === k)!.header);
  const rows = parseContingentTable(block as unknown[][]).rows;
  const coded = new Set(rows.map((r) => r.row));
  const otherRows = table.rows
    .filter((r) => !coded.has(r.rowNumber) && markerRelation(String(r.cells.name ?? "")) === null)
    .map((r) => r.rowNumber);
  keysFromNamedRanges(ss, sheet, rows);
  return { sheet, table, rows, otherRows };
}

/** A required key no wording finds stays with the row its named range already points at. */
function keysFromNamedRanges(ss: Spreadsheet, sheet: Sheet, rows: ContingentRow[]): void {
  const have = new Set(rows.map((r) => r.key));
  for (const { key } of REQUIRED_KEYS) {
    if (have.has(key)) continue;
    const range = ss.getRangeByName(contingentRangeName(key));
    if (!range || range.getSheet().getName() !== sheet.getName()) continue;
    const at = range.getRow();
    const row = rows.find((r) => r.row === at && r.key === null);
    if (row) row.key = key;
  }
}

function letters(table: Table): { fact?: string; forecast?: string } {
  const f = table.columns.fact;
  const p = table.columns.forecast;
  return {
    fact: f === undefined ? undefined : columnLetter(f),
    forecast: p === undefined ? undefined : columnLetter(p),
  };
}

/** Name each keyed row's «Факт» cell; drop names of template keys no row has any more. */
export function ensureContingentNames(
  ss: Spreadsheet,
  sheet: Sheet,
  table: Table,
  rows: readonly ContingentRow[],
): string[] {
  const fact = table.columns.fact;
  if (fact === undefined) return [];
  const named: string[] = [];
  const keyed = new Set<string>();
  for (const row of rows) {
    if (row.key === null || keyed.has(row.key)) continue;
    keyed.add(row.key);
    ss.setNamedRange(contingentRangeName(row.key), sheet.getRange(row.row, fact + 1));
    named.push(row.key);
  }
  for (const t of CONTINGENT_TEMPLATE) {
    if (keyed.has(t.key)) continue;
    if (ss.getRangeByName(contingentRangeName(t.key))) ss.removeNamedRange(contingentRangeName(t.key));
  }
  return named;
}

/**
 * Lay `rows` out from row 2 (markers included), with check formulas, keeping each row's cells in the
 * curator's own columns (found by code in `current`) and the note rows below. One setValues.
 */
function writeLayout(current: ContingentSheet, merged: readonly ContingentRow[]): ContingentRow[] {
  const { sheet, table } = current;
  const rows = withSheetRowNumbers(merged);
  const width = Math.max(table.header.length, 1);
  const c = table.columns;
  const oldRowOf = new Map(current.rows.map((r) => [r.code, r.row]));
  const raw = (sheetRow: number, col: number): Cell => {
    const formula = table.formulas?.[sheetRow - 1]?.[col];
    if (formula) return formula;
    return keepCell(table.values[sheetRow - 1]?.[col], col === c.code);
  };
  const ownedCols = new Set(OWNED.map((k) => c[k]).filter((i): i is number => i !== undefined));
  const checks = checkFormulas(rows, letters(table));
  const block: Cell[][] = [];
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const lines = sheetLayout(rows);
  lines.forEach((line, i) => {
    const out: Cell[] = Array.from({ length: width }, () => "");
    if (line.kind === "marker") {
      if (c.name !== undefined) out[c.name] = MARKER_LABELS[line.relation];
      block.push(out);
      return;
    }
    const row = byRow.get(i + 2)!;
    const old = oldRowOf.get(row.code);
    if (old !== undefined) for (let col = 0; col < width; col++) if (!ownedCols.has(col)) out[col] = raw(old, col);
    if (c.code !== undefined) out[c.code] = keepCell(row.code, true);
    if (c.name !== undefined) out[c.name] = keepCell(row.name);
    for (const key of ["fact", "forecast"] as const) {
      const col = c[key];
      if (col === undefined) continue;
      const before = old === undefined ? undefined : current.rows.find((r) => r.row === old)?.[key];
      // A number the curator computed with a formula stays a formula when the import leaves it alone.
      out[col] =
        old !== undefined && before === row[key] && table.formulas?.[old - 1]?.[col]
          ? raw(old, col)
          : keepCell(row[key]);
    }
    if (c.check !== undefined) out[c.check] = checks.get(row) ?? "";
    block.push(out);
  });
  for (const other of current.otherRows) block.push(Array.from({ length: width }, (_, col) => raw(other, col)));
  // Clear what is left of a longer old table, in the same write.
  while (block.length < table.values.length - 1) block.push(Array.from({ length: width }, () => ""));
  const need = block.length + 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  // Codes are text: «1.1» and «1.10» must not become the number 1.1.
  if (c.code !== undefined) sheet.getRange(2, c.code + 1, sheet.getMaxRows() - 1, 1).setNumberFormat("@");
  if (block.length) sheet.getRange(2, 1, block.length, width).setValues(block);
  return rows;
}

/** Re-write only «Проверка» in place (rows stay where the curator put them). One setValues. */
function refreshChecks(current: ContingentSheet): void {
  const { sheet, table, rows } = current;
  const col = table.columns.check;
  const last = table.values.length;
  if (col === undefined || last < 2) return;
  const checks = checkFormulas(rows, letters(table));
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const column: Cell[][] = [];
  for (let r = 2; r <= last; r++) {
    const row = byRow.get(r);
    column.push([row ? (checks.get(row) ?? "") : keepCell(table.values[r - 1]?.[col])]);
  }
  sheet.getRange(2, col + 1, column.length, 1).setValues(column);
}

/** «Создать листы книги»: the template on an empty sheet; otherwise checks refreshed, names re-pointed. */
export function setupContingentSheet(ss: Spreadsheet): { templateWritten: boolean; named: string[] } {
  const sheet = contingentSheetOf(ss);
  if (!sheet) return { templateWritten: false, named: [] };
  const current = readContingentSheet(ss, sheet);
  if (current.table.rows.length === 0) {
    const rows = writeLayout(current, templateRows());
    return { templateWritten: true, named: ensureContingentNames(ss, sheet, current.table, rows) };
  }
  refreshChecks(current);
  return { templateWritten: false, named: ensureContingentNames(ss, sheet, current.table, current.rows) };
}

export interface ContingentImport {
  parsed: ParsedContingent;
  merge: MergeResult;
  rows: ContingentRow[];
  problems: ContingentProblem[];
  table: Table;
}

/** Import a pasted table into the sheet; the caller holds the document lock. */
export function importContingent(ss: Spreadsheet, sheet: Sheet, input: ContingentInput): ContingentImport {
  const parsed = parseContingent(input);
  const current = readContingentSheet(ss, sheet);
  if (parsed.rows.length === 0)
    return {
      parsed,
      merge: { rows: current.rows, added: [], updated: [], dropped: [] },
      rows: current.rows,
      problems: [],
      table: current.table,
    };
  const merge = mergeContingent(current.rows, parsed.rows);
  const rows = writeLayout(current, merge.rows);
  ensureContingentNames(ss, sheet, current.table, rows);
  return { parsed, merge, rows, problems: validateContingent(rows), table: current.table };
}

/** Put the offered sums into blank parent cells. One read, one write. */
export function fillContingentSums(ss: Spreadsheet, sheet: Sheet): number {
  const current = readContingentSheet(ss, sheet);
  const suggestions = validateContingent(current.rows).filter(
    (p) => p.severity === "suggestion" && p.row !== null && p.column !== null,
  );
  if (suggestions.length === 0) return 0;
  const patches = new Map<number, Record<string, unknown>>();
  for (const s of suggestions) patches.set(s.row!, { ...(patches.get(s.row!) ?? {}), [s.column!]: s.value });
  writeTable(
    current.table,
    [...patches].map(([rowNumber, cells]) => ({ rowNumber, cells })),
  );
  return suggestions.length;
}

/** Where a problem sits in the sheet (1-based column), for links. */
export function problemColumn(table: Table, problem: ContingentProblem): number | undefined {
  const key = problem.column ?? (problem.row !== null ? "code" : null);
  const index = key === null ? undefined : table.columns[key];
  return index === undefined ? undefined : index + 1;
}
