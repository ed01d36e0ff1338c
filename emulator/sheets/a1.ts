/** A1 notation: column letters, cell and range references (1-based rows and columns). */

export interface Box {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Which ends of a range are open, as in «B2:B» (rows: to the last row, whatever the sheet's size), «5:7»
 * (columns) or «D:F» (rows). An open end follows the sheet as it grows (a GridRange without an end index).
 */
export interface OpenEnds {
  rows?: boolean;
  cols?: boolean;
}

export function a1Of(box: Box, open?: OpenEnds): string {
  const lastCol = columnLetter(box.col + box.numCols - 1);
  const lastRow = box.row + box.numRows - 1;
  if (open?.rows && open.cols) return `${columnLetter(box.col)}${box.row}:${lastCol}`;
  if (open?.rows)
    return box.row === 1 ? `${columnLetter(box.col)}:${lastCol}` : `${columnLetter(box.col)}${box.row}:${lastCol}`;
  if (open?.cols) return box.col === 1 ? `${box.row}:${lastRow}` : `${columnLetter(box.col)}${box.row}:${lastRow}`;
  const start = `${columnLetter(box.col)}${box.row}`;
  if (box.numRows === 1 && box.numCols === 1) return start;
  return `${start}:${lastCol}${lastRow}`;
}

/** A box whose open ends reach the sheet's current last row or column. */
export function resolveOpen(box: Box, open: OpenEnds | undefined, maxRows: number, maxCols: number): Box {
  if (!open || (!open.rows && !open.cols)) return box;
  return {
    row: box.row,
    col: box.col,
    numRows: open.rows ? Math.max(0, maxRows - box.row + 1) : box.numRows,
    numCols: open.cols ? Math.max(0, maxCols - box.col + 1) : box.numCols,
  };
}

/** Quote a sheet name for a formula or an A1 reference when it needs it, as Sheets does. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface ParsedA1 {
  sheetName?: string;
  /** The block, open ends closed at the given sheet size. */
  box: Box;
  /** Set when an end is open («B2:B», «5:7», «D:F»). */
  open?: OpenEnds;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parse "A1", "A1:C3", "A:C", "2:5", "'Лист 1'!B2:C". Open ends (whole columns or rows) are closed with
 * the sheet's size in `box` and reported in `open`. Returns undefined for text that is not a reference.
 */
export function parseA1(text: string, maxRows: number, maxCols: number): ParsedA1 | undefined {
  let ref = text.trim();
  let sheetName: string | undefined;
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    sheetName = ref.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b, extra] = ref.split(":");
  if (extra !== undefined || !a) return undefined;
  const pa = PART.exec(a);
  const pb = b === undefined ? pa : PART.exec(b);
  if (!pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) return undefined;
  if (b === undefined && (!pa[1] || !pa[2])) return undefined;
  const c1 = pa[1] ? columnNumber(pa[1]) : 1;
  const r1 = pa[2] ? Number(pa[2]) : 1;
  const c2 = pb[1] ? columnNumber(pb[1]) : maxCols;
  const r2 = pb[2] ? Number(pb[2]) : maxRows;
  if (r1 < 1 || c1 < 1) return undefined;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  const box = { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
  const open: OpenEnds = {};
  if (b !== undefined && !pb[2]) open.rows = true;
  if (b !== undefined && !pb[1]) open.cols = true;
  return open.rows || open.cols ? { sheetName, box, open } : { sheetName, box };
}

/** Shift or stretch a block of lines [start, start+size) when `count` lines are inserted before `at`. */
export function afterInsert(start: number, size: number, at: number, count: number): [number, number] {
  if (at <= start) return [start + count, size];
  if (at < start + size) return [start, size + count];
  return [start, size];
}

/** Shift or shrink a block when lines [at, at+count) are deleted; size 0 means the block is gone. */
export function afterDelete(start: number, size: number, at: number, count: number): [number, number] {
  const end = start + size; // exclusive
  const delEnd = at + count;
  const before = Math.max(0, Math.min(delEnd, start) - at); // deleted lines above the block
  const inside = Math.max(0, Math.min(end, delEnd) - Math.max(start, at));
  return [start - before, size - inside];
}
