/**
 * What kind of table a pasted text is, read into physical rows of cells. Shared by the roadmap and the
 * indicators readers (and, through indicators/wordTable.ts, the contingent one):
 * - HTML with a <table> (a browser paste, mammoth's .docx output): exact rows, merged cells left empty;
 * - tab-separated lines (a sheet, a browser, Word's «keep text only»): one physical line per row, but a
 *   cell that held a line break (a bulleted list, <br>, <p>) spills over several lines unless it was
 *   quoted; stitch.ts puts those lines back together;
 * - a Word table copied as text: every cell on its own line starting with a tab, lines without a tab
 *   continue the cell (even after blank lines), a blank line before a tab line ends the row, except when
 *   the blank line was inside a cell: stitch.ts puts such pieces back together by the table's width;
 * - anything else is lines of PDF text, read by the feature itself.
 * Cells are returned raw (bullets and numbering kept) so the stitcher can see list markers; callers clean
 * them with cleanCell once rows are whole.
 */
import { htmlTables, stripHtml } from "./cells";
import { parseDelimited } from "../common/delimited";

export interface SourceRow {
  cells: string[];
  /** 1-based line of the text (or row of the table) where the row starts. */
  line: number;
}

export type TableShape = "html" | "tabs" | "word" | "table";

export interface PhysicalTable {
  shape: TableShape;
  rows: SourceRow[];
  /** Text above the table (a heading that names the year). */
  preamble: string;
}

export type ShapedText = PhysicalTable | { shape: "lines"; lines: string[] };

/** Inline HTML a browser or Word leaves in a paste. */
const INLINE_HTML = /<\/?(?:p|br|div|span|li|ul|ol|b|i|u|strong|em|h[1-6]|font)\b[^>]*>/i;

export function normaliseText(input: string): string {
  return input
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n");
}

/**
 * Shape of a text and its physical rows. `pickTable` chooses among several HTML tables (the first one
 * it accepts; the first table otherwise).
 */
export function shapeText(input: string, pickTable?: (rows: string[][]) => boolean): ShapedText {
  const text = normaliseText(input);
  if (/<t(?:able|r|d)\b/i.test(text)) {
    const { preamble, tables } = htmlTables(text);
    const chosen = (pickTable && tables.find(pickTable)) ?? tables[0];
    if (chosen) return { shape: "html", rows: chosen.map((cells, i) => ({ cells, line: i + 1 })), preamble };
  }
  const lines = text.split("\n");
  const nonEmpty = lines.filter((l) => l.trim() !== "");
  const cellStarts = lines.filter((l) => /^\t/.test(l) && !/\t/.test(l.slice(1))).length;
  const tabbed = lines.filter(
    (l) => /\t/.test(l) && !/^\t[^\t]*$/.test(l) && l.replace(/\t/g, "").trim() !== "",
  ).length;
  if (tabbed >= Math.min(3, Math.max(1, nonEmpty.length - 1)) && tabbed >= cellStarts) return tabRows(text);
  if (cellStarts >= 4 && cellStarts >= nonEmpty.length * 0.2) return readWordText(text);
  const inline = INLINE_HTML.test(text);
  return { shape: "lines", lines: inline ? stripHtml(text).split("\n") : lines };
}

/** One cell of a tab-separated paste that kept HTML: <br> and paragraphs become line breaks inside it. */
function cellFromHtml(cell: string): string {
  return INLINE_HTML.test(cell) ? stripHtml(cell).replace(/\n+$/, "") : cell;
}

/**
 * Tab-separated lines. Quoted fields (Google Sheets quotes a cell holding a line break) are read as one
 * field; a quote that never closes is an ordinary character (a title may begin with «"Наставник52"»).
 */
function tabRows(text: string): PhysicalTable {
  let parsed = parseDelimited(text, "\t");
  if (parsed.unclosedQuoteLine !== undefined) parsed = parseDelimited(text.replace(/"/g, "\uE000"), "\t");
  const rows: SourceRow[] = [];
  parsed.rows.forEach((cells, i) => {
    const clean = cells.map((c) => cellFromHtml(c.replace(/\uE000/g, '"')));
    if (clean.some((c) => c.trim() !== "")) rows.push({ cells: clean, line: parsed.lines[i] });
  });
  return { shape: "tabs", rows, preamble: "" };
}

/**
 * A Word table copied as text → physical rows (a blank line before a tab line starts a new one). Text
 * before the first cell is the preamble; lines without a tab after it continue the cell above, even past
 * blank lines («Март 2022», blank lines, «Сентябрь 2022» is one cell). Rows of empty cells are kept: they
 * may be the first half of a row cut by a blank line in a cell.
 */
export function readWordText(input: string): PhysicalTable {
  const lines = normaliseText(input).split("\n");
  const rows: SourceRow[] = [];
  const preamble: string[] = [];
  let row: SourceRow | undefined;
  let cell: string[] | undefined;
  let blankSince = false;
  const flushCell = () => {
    while (cell && cell.length > 1 && cell[cell.length - 1] === "") cell.pop();
    if (row && cell) row.cells.push(cell.join("\n"));
    cell = undefined;
  };
  lines.forEach((line, i) => {
    if (line.trim() === "" && !/^\t/.test(line)) {
      blankSince = true;
      if (cell) cell.push("");
      return;
    }
    if (/^\t/.test(line)) {
      flushCell();
      if (!row || blankSince) {
        if (row) rows.push(row);
        row = { cells: [], line: i + 1 };
      }
      const parts = line.slice(1).split("\t");
      parts.slice(0, -1).forEach((p) => row!.cells.push(p));
      cell = [parts[parts.length - 1]];
    } else if (cell) cell.push(line);
    else preamble.push(line);
    blankSince = false;
  });
  flushCell();
  if (row) rows.push(row);
  return {
    shape: "word",
    rows,
    preamble: preamble.join("\n"),
  };
}

/** «1 2 3 4 5» under a header: the columns' own numbering, which Word tables often carry, not data. */
export function isNumberingRow(cells: readonly string[]): boolean {
  const values = cells.map((c) => c.trim()).filter((c) => c !== "");
  return values.length >= 3 && values.every((v, i) => v === String(i + 1));
}
