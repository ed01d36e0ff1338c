/**
 * Reading a table copied from Word as text: one cell per line starting with a tab, lines without a tab
 * continue the cell above (a line break inside the cell), a blank line ends a row. Text before the first
 * tab line (a title) is returned apart. Used by the indicators and contingent importers.
 */
export interface WordTableText {
  title: string[];
  rows: string[][];
}

export function looksLikeWordTable(text: string): boolean {
  return /(^|\n)\t/.test(text);
}

export function readWordTable(text: string): WordTableText {
  const title: string[] = [];
  const rows: string[][] = [];
  let row: string[] | null = null;
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    if (raw.startsWith("\t")) {
      if (!row) {
        row = [];
        rows.push(row);
      }
      row.push(raw.slice(1).trim());
    } else if (raw.trim() === "") {
      row = null;
    } else if (row && row.length > 0) {
      // A line break inside a cell: keep it as a space so words do not run together.
      row[row.length - 1] = `${row[row.length - 1]} ${raw.trim()}`.trim();
    } else if (rows.length === 0) {
      title.push(raw.trim());
    }
  }
  return { title, rows };
}

/** «1 2 3 4 5 6» under a header: the column numbers Word tables often carry, not data. */
export function isNumberingRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  return filled.length >= 3 && filled.every((c, i) => c === String(i + 1));
}
