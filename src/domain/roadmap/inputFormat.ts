/**
 * What kind of paste a text is, and how it becomes either a grid of cells or lines of PDF text:
 * - HTML with a <table> (a browser or mammoth) → the grid of the roadmap's table;
 * - Word table copied as text: each cell on lines starting with a tab, a blank line before the next row;
 * - tab-separated rows (a sheet, a spreadsheet export);
 * - anything else is read as PDF text with interleaved columns.
 */
import { cleanCell, htmlTables, stripHtml } from "./cleanText";
import { parseDelimited } from "./delimited";
import { findTableHeader } from "./header";

export type Shaped =
  { shape: "grid"; rows: string[][]; lines: number[]; preamble: string } | { shape: "lines"; lines: string[] };

export function shapeText(input: string): Shaped {
  const text = input
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n");
  if (/<t(?:able|r|d)\b/i.test(text)) {
    const { preamble, tables } = htmlTables(text);
    const chosen = tables.find((t) => findTableHeader(t)) ?? tables[0];
    if (chosen) return { shape: "grid", rows: chosen, lines: chosen.map((_, i) => i + 1), preamble };
  }
  const plain = /<\/?(?:p|br|div|span|li|ul|ol|b|i|u|strong|em|h[1-6]|font)\b[^>]*>/i.test(text)
    ? stripHtml(text)
    : text;
  const lines = plain.split("\n");
  const nonEmpty = lines.filter((l) => l.trim() !== "");
  const cellStarts = lines.filter((l) => /^\t/.test(l) && !/\t/.test(l.slice(1))).length;
  const tabbed = lines.filter((l) => (l.match(/\t/g)?.length ?? 0) >= 2 && !/^\t[^\t]*$/.test(l)).length;
  if (tabbed >= 3 && tabbed >= cellStarts) {
    const parsed = parseDelimited(plain, "\t");
    return { shape: "grid", rows: parsed.rows.map((r) => r.map(cleanCell)), lines: parsed.lines, preamble: "" };
  }
  if (cellStarts >= 4 && cellStarts >= nonEmpty.length * 0.2) return wordCells(lines);
  return { shape: "lines", lines };
}

/**
 * A Word table copied as text: a line starting with a tab starts a cell, lines without a tab continue it
 * (even after blank lines: «Март 2022», blank lines, «Сентябрь 2022» is one cell), and a blank line followed
 * by a tab line starts the next row. Text before the first cell is the heading.
 */
function wordCells(lines: string[]): Shaped {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  const preamble: string[] = [];
  let row: string[] | undefined;
  let cell: string[] | undefined;
  let blankSince = false;
  const flushCell = () => {
    if (row && cell) row.push(cleanCell(cell.join("\n")));
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
        row = [];
        rowLines.push(i + 1);
      }
      cell = [line.slice(1)];
    } else if (cell) cell.push(line);
    else preamble.push(line);
    blankSince = false;
  });
  flushCell();
  if (row) rows.push(row);
  return { shape: "grid", ...mergeShortRows(rows, rowLines), preamble: preamble.join("\n") };
}

/**
 * A blank line inside a cell («3. Публикация …», blank, then the «Сроки» cell) splits a row in two; the
 * pieces are put back together while they fit the header's width.
 */
function mergeShortRows(rows: string[][], lines: number[]): { rows: string[][]; lines: number[] } {
  const headerAt = rows.findIndex((r) => findTableHeader([r]));
  const width = headerAt >= 0 ? rows[headerAt].length : Math.max(0, ...rows.map((r) => r.length));
  const outRows: string[][] = [];
  const outLines: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const start = i;
    let acc = rows[i];
    while (i + 1 < rows.length && acc.length < width && acc.length + rows[i + 1].length <= width)
      acc = acc.concat(rows[++i]);
    outRows.push(acc);
    outLines.push(lines[start]);
  }
  return { rows: outRows, lines: outLines };
}
