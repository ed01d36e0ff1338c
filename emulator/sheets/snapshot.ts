/** What a web page needs to draw a spreadsheet: display values and the visible formatting, per sheet. */
import { a1Of } from "./a1";
import { conditionalFormats, type Value } from "./conditional-eval";
import type { EmuSpreadsheet } from "./spreadsheet";

export interface CellSnapshot {
  row: number; // 1-based
  col: number;
  background?: string;
  bold?: true;
  italic?: true;
  fontColor?: string;
  note?: string;
  /** Dropdown items of a list validation. */
  dropdown?: string[];
  checkbox?: true;
  /** Error details of a formula cell, e.g. the Russian message of a CMN_ function. */
  error?: string;
  /** The formula of a formula cell, as the formula bar shows it. */
  formula?: string;
  /** What the value is, for alignment: numbers and dates right, booleans centred (text: absent). */
  kind?: "number" | "boolean";
  /** Set when a conditional format rule painted the cell (its colours are in background/fontColor). */
  conditional?: true;
}

/** A chart's data as the page draws it: the first column labels, the first row series names. */
export interface ChartData {
  labels: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

export interface SheetSnapshot {
  name: string;
  sheetId: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxColumns: number;
  /** Display values of the used range (from A1 to the last row and column with content). */
  rows: string[][];
  /** Pixel widths of the columns that were set (1-based column → width). */
  columnWidths: Record<number, number>;
  cells: CellSnapshot[];
  merges: string[];
  charts: Array<{
    id: number | null;
    type: string;
    ranges: string[];
    options: Record<string, unknown>;
    position: { row: number; col: number; offsetX: number; offsetY: number };
    data: ChartData;
  }>;
}

export interface SpreadsheetSnapshot {
  id: string;
  name: string;
  activeSheet: string;
  namedRanges: Array<{ name: string; sheet: string; a1: string }>;
  sheets: SheetSnapshot[];
}

/** The whole spreadsheet, or only the sheet named `only` (what a page showing one tab needs). */
export function snapshotOf(ss: EmuSpreadsheet, only?: string): SpreadsheetSnapshot {
  return {
    id: ss.id,
    name: ss.name,
    activeSheet: ss.getActiveSheet().name,
    namedRanges: ss
      .namedRangeList()
      .filter((n) => n.tracked.valid)
      .map((n) => ({ name: n.name, sheet: n.tracked.sheet.name, a1: a1Of(n.tracked.box, n.tracked.open) })),
    sheets: ss.sheets
      .filter((sheet) => only === undefined || sheet.name === only)
      .map((sheet) => {
        const lastRow = sheet.getLastRow();
        const lastCol = sheet.getLastColumn();
        const used = lastRow && lastCol ? sheet.rangeAt({ row: 1, col: 1, numRows: lastRow, numCols: lastCol }) : null;
        const rows = used ? used.getDisplayValues() : [];
        const values = (used ? used.getValues() : []) as Value[][];
        const cells = new Map<string, CellSnapshot>();
        const at = (r: number, c: number) => {
          const key = `${r},${c}`;
          let e = cells.get(key);
          if (!e) cells.set(key, (e = { row: r + 1, col: c + 1 }));
          return e;
        };
        for (const [r, c, v] of sheet.style("background").entries())
          if (v !== "#ffffff") at(r, c).background = String(v);
        for (const [r, c, v] of sheet.style("fontWeight").entries()) if (v === "bold") at(r, c).bold = true;
        for (const [r, c, v] of sheet.style("fontStyle").entries()) if (v === "italic") at(r, c).italic = true;
        for (const [r, c, v] of sheet.style("fontColor").entries()) if (v !== "#000000") at(r, c).fontColor = String(v);
        for (const [r, c, v] of sheet.notes.entries()) at(r, c).note = v;
        // One rule usually covers a whole column: read its list once per snapshot, not once per cell.
        const lists = new Map<unknown, string[] | undefined>();
        for (const [r, c, v] of sheet.validations.entries()) {
          if (v.spec.type === "CHECKBOX") at(r, c).checkbox = true;
          else if (v.spec.values[1] !== false) {
            if (!lists.has(v)) lists.set(v, v.listItems());
            const items = lists.get(v);
            if (items) at(r, c).dropdown = items;
          }
        }
        for (const [r, c] of sheet.formulas.entries()) {
          const cell = sheet.rangeAt({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 });
          const e = cell.errorAt(r, c);
          if (e) at(r, c).error = e.message ? `${e.error} ${e.message}` : e.error;
          at(r, c).formula = cell.getFormula();
        }
        values.forEach((row, r) =>
          row.forEach((v, c) => {
            if (typeof v === "number" || v instanceof Date) at(r, c).kind = "number";
            else if (typeof v === "boolean") at(r, c).kind = "boolean";
          }),
        );
        for (const [key, format] of conditionalFormats(sheet, values)) {
          const [r, c] = key.split(",").map(Number);
          const e = at(r, c);
          e.conditional = true;
          if (format.background) e.background = format.background;
          if (format.fontColor) e.fontColor = format.fontColor;
          if (format.bold) e.bold = true;
          if (format.italic) e.italic = true;
        }
        return {
          name: sheet.name,
          sheetId: sheet.sheetId,
          frozenRows: sheet.frozenRows,
          frozenColumns: sheet.frozenCols,
          hidden: sheet.hidden,
          tabColor: sheet.tabColor,
          maxRows: sheet.maxRows,
          maxColumns: sheet.maxCols,
          rows,
          columnWidths: Object.fromEntries(sheet.columnWidths),
          cells: [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col),
          merges: sheet.merges.filter((m) => m.valid).map((m) => a1Of(m.box)),
          charts: sheet.charts.map((c) => ({ ...c.record(), data: chartData(c.spec.ranges) })),
        };
      }),
  };
}

/**
 * The chart's ranges side by side, as Sheets reads them: the first column gives the labels, each further
 * column a series named by its first row (when the first row is not numbers).
 */
function chartData(
  ranges: Array<{ sheet: { rangeAt(b: unknown): { getValues(): unknown[][] } }; box: unknown }>,
): ChartData {
  const blocks = ranges.map((r) => r.sheet.rangeAt(r.box).getValues());
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const columns: unknown[][] = [];
  for (const block of blocks)
    for (let c = 0; c < (block[0]?.length ?? 0); c++)
      columns.push(Array.from({ length: height }, (_, r) => block[r]?.[c] ?? ""));
  if (!columns.length) return { labels: [], series: [] };
  const header = columns.slice(1).some((col) => typeof col[0] === "string" && col[0] !== "");
  const body = (col: unknown[]) => (header ? col.slice(1) : col);
  const label = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ""));
  return {
    labels: body(columns[0]).map(label),
    series: columns.slice(1).map((col, i) => ({
      name: header ? String(col[0]) : `Ряд ${i + 1}`,
      values: body(col).map((v) => (typeof v === "number" ? v : null)),
    })),
  };
}
