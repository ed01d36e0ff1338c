/**
 * CSV and tab-separated text (RFC 4180 quoting): fields in double quotes may hold the delimiter, line breaks
 * and doubled quotes. Used for .csv files and for cells copied from Google Sheets (which quotes a cell that
 * holds a line break).
 */

export interface Delimited {
  rows: string[][];
  /** 1-based line where each row starts. */
  lines: number[];
  /** Line of a quote that was never closed (the rest of the text was read as that field). */
  unclosedQuoteLine?: number;
}

export function parseDelimited(input: string, delimiter: string): Delimited {
  const text = input.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let field = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        if (ch === "\r" && text[i + 1] !== "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      quoteLine = line;
      fieldStart = false;
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = "";
      fieldStart = true;
      continue;
    }
    if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      lines.push(rowLine);
      row = [];
      field = "";
      fieldStart = true;
      line++;
      rowLine = line;
      continue;
    }
    field += ch;
    fieldStart = false;
  }
  if (field !== "" || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
    lines.push(rowLine);
  }
  return quoted ? { rows, lines, unclosedQuoteLine: quoteLine } : { rows, lines };
}

/** «;» or «,» (or a tab): the one that splits the first lines into the most consistent fields. */
export function guessDelimiter(text: string): string {
  const sample = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 10);
  let best = ",";
  let bestScore = -1;
  for (const d of [";", ",", "\t"]) {
    const counts = sample.map((l) => parseDelimited(l, d).rows[0]?.length ?? 1);
    const min = Math.min(...counts);
    const score = min > 1 ? min * 10 - (Math.max(...counts) - min) : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
