/**
 * CSV files with the same headers as the workbook's sheets. RFC 4180 (quoted fields, doubled quotes,
 * line breaks inside quotes, CRLF), plus what Russian spreadsheets export: a byte-order mark and «;» as
 * the delimiter. Headers are matched to column keys by sheets.ts headers and aliases.
 */
import { labelKey } from "../domain/common/normalise";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";

export interface CsvRecord {
  cells: string[];
  /** Line of the file where the record starts (1-based), for messages. */
  line: number;
}

/** «;» when the header line has more semicolons than commas outside quotes (Excel in Russian locale), else «,». */
export function detectDelimiter(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return semicolons > commas ? ";" : ",";
}

export function parseCsv(input: string, delimiter?: ";" | ","): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let any = false; // the current record has content (so a trailing newline makes no empty record)
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      any = true;
    } else if (ch === sep) {
      cells.push(cell);
      cell = "";
      any = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      if (any || cell !== "") {
        cells.push(cell);
        records.push({ cells, line: start });
      }
      cells = [];
      cell = "";
      any = false;
      line++;
      start = line;
    } else {
      cell += ch;
      any = true;
    }
  }
  if (any || cell !== "") {
    cells.push(cell);
    records.push({ cells, line: start });
  }
  return records;
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
  const keys: Array<string | undefined> = (header?.cells ?? []).map((h) => {
    const k = labelKey(h);
    return spec.columns.find((c) => labelKey(c.header) === k || (c.aliases ?? []).some((a) => labelKey(a) === k))?.key;
  });
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
