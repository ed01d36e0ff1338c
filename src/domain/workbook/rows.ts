/**
 * A sheet's block as the readers see it, wherever it came from: the live spreadsheet (sheets/table.ts
 * adds the Sheet and writes) or a CSV file named after the sheet (the CLI's `--dir`). One shape, so each
 * sheet has one reader for both.
 */
import { labelKey } from "../common/normalise";
import { decodeCell, type CellValue } from "./codec";
import type { SheetSpec } from "./sheets";
import type { Zone } from "./zone";

export interface RowOf {
  /** 1-based sheet row number (or CSV line's record number + 1), for messages and links. */
  rowNumber: number;
  /** Decoded cells by column key (dates as IsoDate, blank as ""). */
  cells: Record<string, CellValue>;
}

export interface SheetRows {
  spec: SheetSpec;
  /** Header texts as found in row 1. */
  header: string[];
  /** Column key → 0-based column index. */
  columns: Record<string, number>;
  /** Keys of spec columns with no header. */
  missing: string[];
  /** Data rows (row 2 on), blank rows left out. */
  rows: RowOf[];
  /** The raw block (row 1 included), for columns the spec does not name (yearly targets) and for writing back. */
  values: unknown[][];
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

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((c) => c === "" || c === null || c === undefined);
}

/** Decode one raw row by the spec's columns. */
export function decodeRow(
  spec: SheetSpec,
  columns: Record<string, number>,
  raw: readonly unknown[],
  zone: Zone,
): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const col of spec.columns) {
    const index = columns[col.key];
    if (index !== undefined) cells[col.key] = decodeCell(col.type, raw[index], zone);
  }
  return cells;
}

/** The rows of a block whose first row is the header. */
export function rowsFromGrid(spec: SheetSpec, values: unknown[][], zone: Zone): SheetRows {
  const header = (values[0] ?? []).map((h) => String(h ?? "").trim());
  const { columns, missing } = mapColumns(spec, header);
  const rows: RowOf[] = [];
  for (let r = 1; r < values.length; r++) {
    if (isBlankRow(values[r])) continue;
    rows.push({ rowNumber: r + 1, cells: decodeRow(spec, columns, values[r], zone) });
  }
  return { spec, header, columns, missing, rows, values };
}
