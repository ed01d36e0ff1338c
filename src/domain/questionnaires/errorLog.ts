/**
 * Rows of «Журнал ошибок»: what could not be accepted, why, and the whole answer as JSON. Nothing is dropped:
 * when the JSON is longer than one cell holds, it continues in further rows marked «часть 2 из 3», …, whose
 * «Исходные данные» joined in order give the JSON back.
 */
import { ERROR_LOG_MESSAGES as M } from "./messages";
import { CELL_LIMIT } from "./target";

export interface ErrorLogRow {
  /** When it was logged: an instant, written to the timestamp column «Дата». */
  date: Date;
  source: string;
  row: string;
  reason: string;
  raw: string;
  state: string;
}

/** JSON of an answer: Dates as ISO strings; anything JSON cannot hold as its String(). */
export function serialiseRaw(raw: unknown): string {
  try {
    const json = JSON.stringify(raw, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    return json === undefined ? String(raw) : json;
  } catch {
    return String(raw);
  }
}

/** The apostrophe Sheets adds to formula-like text shifts a chunk by one character: leave room for it. */
const CHUNK = CELL_LIMIT - 1;

export function errorLogRows(
  source: string,
  rowRef: string | number,
  reason: string,
  raw: unknown,
  now: Date = new Date(),
): ErrorLogRow[] {
  const json = serialiseRaw(raw);
  const chunks: string[] = [];
  // Split on UTF-16 code points, never inside a surrogate pair (emoji stay whole).
  let start = 0;
  while (start < json.length || chunks.length === 0) {
    let end = Math.min(start + CHUNK, json.length);
    const code = json.charCodeAt(end - 1);
    if (end < json.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    chunks.push(json.slice(start, end));
    start = end;
  }
  const base = { date: now, source, row: String(rowRef), state: M.pending };
  if (chunks.length === 1) return [{ ...base, reason, raw: chunks[0] }];
  return chunks.map((chunk, i) => ({
    ...base,
    reason: M.part(reason, i + 1, chunks.length),
    raw: chunk,
  }));
}
