/**
 * CSV files with the same headers as the workbook's sheets, read by the one delimited-text reader
 * (src/domain/common/delimited.ts: RFC 4180 quoting, a byte-order mark, «;», «,» or a tab guessed once).
 * Blank lines are skipped; a quote left open is an error naming its line, never 50 rows folded into one
 * cell. Files are read with the CLI's limits and encodings (inputFile.ts, decodeText.ts). Headers are
 * matched to column keys by sheets.ts headers and aliases.
 */
import { guessDelimiter, parseDelimited, type Delimiter, type DelimitedLimits } from "../domain/common/delimited";
import { labelKey } from "../domain/common/normalise";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import { UserError } from "./command";
import { readTextFile } from "./inputFile";
import { FILE_MESSAGES } from "./messages";

export type { Delimiter };

export interface CsvRecord {
  cells: string[];
  /** Line of the file where the record starts (1-based), for messages. */
  line: number;
}

/**
 * What one CSV file may hold: far above a school's sheets (a few thousand rows, a dozen columns), and low
 * enough that reading and matching it stays within the CLI's 300 MB.
 */
export const CSV_LIMITS: DelimitedLimits = { rows: 20_000, cells: 400_000, columns: 1_000 };

/** The delimiter of a CSV text: «;», «,» or a tab (see guessDelimiter). */
export function detectDelimiter(text: string): Delimiter {
  return guessDelimiter(text);
}

/**
 * Records of a CSV text, blank lines skipped. A quote never closed, or a text over CSV_LIMITS, throws a
 * UserError naming `source` (the file) and the line.
 */
export function parseCsv(input: string, delimiter?: Delimiter, source = "CSV"): CsvRecord[] {
  const parsed = parseDelimited(input, delimiter ?? guessDelimiter(input), CSV_LIMITS);
  if (parsed.overLimit) {
    const { limit, line } = parsed.overLimit;
    throw new UserError(FILE_MESSAGES.csvTooLarge(source, limit, CSV_LIMITS[limit], line));
  }
  if (parsed.unclosedQuoteLine !== undefined) {
    const line = parsed.unclosedQuoteLine;
    throw new UserError(FILE_MESSAGES.csvUnclosedQuote(source, line, countLines(input) - line + 1));
  }
  const records: CsvRecord[] = [];
  parsed.rows.forEach((cells, i) => {
    if (cells.length > 1 || cells[0] !== "") records.push({ cells, line: parsed.lines[i] });
  });
  return records;
}

/**
 * A CSV file's records: type, size and encoding checked first; an empty file is an error unless
 * `allowEmpty` (an empty sheet of a workbook exports as an empty file).
 */
export function readCsvFile(path: string, options: { allowEmpty?: boolean } = {}): CsvRecord[] {
  const records = parseCsv(readTextFile(path), undefined, path);
  if (records.length === 0 && !options.allowEmpty) throw new UserError(FILE_MESSAGES.empty(path));
  return records;
}

function countLines(text: string): number {
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /[\r\n]$/.test(text) ? breaks : breaks + 1;
}

export interface SheetCsv {
  /** Rows keyed by column key; values are the raw text. */
  rows: Array<Record<string, string>>;
  /** File line of each row. */
  rowNumbers: number[];
  /** Headers of required columns the file lacks. */
  missingColumns: string[];
}

/** Maps a CSV's header row to the sheet's column keys (headers and aliases, any case or dash); other columns are ignored. */
export function csvToRows(records: readonly CsvRecord[], sheet: SheetKey): SheetCsv {
  const spec = SHEETS[sheet];
  const [header, ...data] = records;
  const keyOfLabel = new Map<string, string>();
  for (const c of [...spec.columns].reverse())
    for (const label of [c.header, ...(c.aliases ?? [])]) keyOfLabel.set(labelKey(label), c.key);
  const keys: Array<string | undefined> = (header?.cells ?? []).map((h) => keyOfLabel.get(labelKey(h)));
  const missingColumns = spec.columns.filter((c) => c.required && !keys.includes(c.key)).map((c) => c.header);
  const rows = data.map((r) => {
    const row: Record<string, string> = {};
    keys.forEach((key, i) => {
      if (key && row[key] === undefined) row[key] = r.cells[i] ?? "";
    });
    return row;
  });
  return { rows, rowNumbers: data.map((r) => r.line), missingColumns };
}
