/**
 * A table copied from Word as text, for the contingent reader: one cell per line starting with a tab,
 * lines without a tab continue the cell above (a line break inside the cell), a blank line ends a row,
 * unless it was inside a cell: pieces are put back together by the table's width (layout/stitch.ts).
 * Text before the first tab line (a title) is returned apart.
 */
import { stitchRows, tableWidth } from "../layout/stitch";
import { readWordText } from "../layout/textTable";

export { isNumberingRow } from "../layout/textTable";

export interface WordTableText {
  title: string[];
  rows: string[][];
}

export function looksLikeWordTable(text: string): boolean {
  return /(^|\n)\t/.test(text);
}

/** A piece that begins with a code («1.2», «3») starts a row of its own. */
const startsWithCode = (cells: readonly string[]) => /^\d{1,2}(?:\.\d{1,2}){0,3}\.?$/.test((cells[0] ?? "").trim());

export function readWordTable(text: string): WordTableText {
  const { rows, preamble } = readWordText(text);
  const stitched = stitchRows(rows, { width: tableWidth(rows), mode: "concat", startsRow: startsWithCode });
  return {
    title: preamble
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
    rows: stitched.map((r) => r.cells.map((c) => c.replace(/\s*\n\s*/g, " ").trim())),
  };
}
