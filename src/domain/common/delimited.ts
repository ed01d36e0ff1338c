/**
 * The one reader of delimited text (CSV, semicolon-separated, tab-separated): the CLI's sheet CSV files, the
 * roadmap's .csv and cells copied from Google Sheets all go through it. Pure; no messages.
 *
 * Decisions:
 * - RFC 4180 quoting: a field that starts with «"» runs to the next lone «"» and may hold the delimiter,
 *   line breaks and doubled quotes («""» → «"»). A quote elsewhere in a field is an ordinary character
 *   («дюйм 5"»), as Excel and Google Sheets write it; text after a closing quote is kept («"a"b» → «ab»).
 * - Line breaks are LF, CRLF or a lone CR; a byte-order mark at the start is dropped.
 * - Every line is a row, a blank one too (an empty single-cell row): callers that skip blank lines say so.
 * - A quote still open at the end is not guessed away: the result names the line where it was opened,
 *   because everything after it has been folded into one field and the caller must refuse or warn.
 * - The delimiter is guessed once, by `guessDelimiter`: «;» (Excel in a Russian locale), «,» or a tab,
 *   whichever splits the first records into the most, and most consistent, fields; quotes are respected.
 */

export type Delimiter = ";" | "," | "\t";

/** In order of preference when two split the sample equally well. */
export const DELIMITERS: readonly Delimiter[] = [";", ",", "\t"];

export interface Delimited {
  rows: string[][];
  /** 1-based line where each row starts. */
  lines: number[];
  /** Line of a quote that was never closed (the rest of the text was read as that field). */
  unclosedQuoteLine?: number;
  /** Which limit stopped the reading early (the rows read so far are returned). */
  overLimit?: { limit: keyof DelimitedLimits; line: number };
}

/** Bounds on what one text may make, checked while reading so a hostile text never builds more. */
export interface DelimitedLimits {
  rows: number;
  cells: number;
  /** Fields in one row. */
  columns: number;
}

const UNLIMITED: DelimitedLimits = { rows: Infinity, cells: Infinity, columns: Infinity };

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function parseDelimited(input: string, delimiter: string, limits: Partial<DelimitedLimits> = {}): Delimited {
  const max = { ...UNLIMITED, ...limits };
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  let cells = 0;
  const endRow = () => {
    rows.push(row);
    lines.push(rowLine);
    row = [];
  };
  const over = (limit: keyof DelimitedLimits): Delimited => ({ rows, lines, overLimit: { limit, line: rowLine } });
  for (;;) {
    // The end of the text right after a line break (or an empty text) makes no extra row.
    if (i >= n && row.length === 0) break;
    if (rows.length >= max.rows) return over("rows");
    if (row.length >= max.columns) return over("columns");
    if (cells >= max.cells) return over("cells");
    let field = "";
    if (text.charCodeAt(i) === QUOTE) {
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const next = text.indexOf('"', i);
        const end = next < 0 ? n : next;
        const chunk = text.slice(i, end);
        line += countLineBreaks(chunk);
        field += chunk;
        i = end;
        if (next < 0) break;
        if (text.charCodeAt(i + 1) === QUOTE) {
          field += '"';
          i += 2;
        } else {
          i++;
          closed = true;
          break;
        }
      }
      if (!closed) {
        row.push(field);
        cells++;
        endRow();
        return { rows, lines, unclosedQuoteLine: quoteLine };
      }
    }
    // The unquoted field, or what follows a closing quote, up to the delimiter or the end of the line.
    const start = i;
    let code = text.charCodeAt(i);
    while (i < n && code !== sep && code !== LF && code !== CR) code = text.charCodeAt(++i);
    row.push(field + text.slice(start, i));
    cells++;
    if (i >= n) {
      endRow();
      break;
    }
    if (code === sep) {
      i++;
      continue;
    }
    i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRow();
    line++;
    rowLine = line;
  }
  return { rows, lines };
}

function countLineBreaks(chunk: string): number {
  let count = 0;
  for (let j = 0; j < chunk.length; j++) {
    const c = chunk.charCodeAt(j);
    if (c === LF || (c === CR && chunk.charCodeAt(j + 1) !== LF)) count++;
  }
  return count;
}

/** How many records the guesser looks at, and how much text at most. */
const SAMPLE_ROWS = 20;
const SAMPLE_CHARS = 64 * 1024;

/**
 * «;», «,» or a tab: the one that splits the first records into the most fields with the least spread
 * (blank lines ignored). A text no candidate splits gives «,».
 */
export function guessDelimiter(text: string): Delimiter {
  const cut = text.length > SAMPLE_CHARS;
  const sample = cut ? text.slice(0, SAMPLE_CHARS) : text;
  let best: Delimiter = ",";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const parsed = parseDelimited(sample, d, { rows: SAMPLE_ROWS + 1 });
    let rows = parsed.rows.filter((r) => r.length > 1 || r[0] !== "");
    // A record cut by the sample's end, or the extra one read to know the sample was full, is not judged.
    if ((cut || parsed.rows.length > SAMPLE_ROWS) && rows.length > 1) rows = rows.slice(0, -1);
    if (rows.length === 0) continue;
    const counts = rows.map((r) => r.length);
    const min = Math.min(...counts);
    const score = min > 1 ? min * 10 - (Math.max(...counts) - min) : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
