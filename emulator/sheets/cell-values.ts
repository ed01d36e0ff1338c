/**
 * What a written value becomes in a cell (as Sheets parses setValue input), and how a value is displayed
 * by its number format (ru_RU: decimal comma, dd.MM.yyyy dates).
 */
import { DEFAULT_TZ, dateToSerial, fromWallClock, isDate, wallClock } from "../core/time";

export type Stored = string | number | boolean | Date;

export interface Parsed {
  value?: Stored;
  formula?: string;
}

const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?\d+([.,]\d+)?%$/;
const DATE_RU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DATE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseDateText(text: string, tz: string): Date | undefined {
  let m = DATE_RU.exec(text);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  else {
    m = DATE_ISO.exec(text);
    if (!m) return undefined;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const wall = Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  if (new Date(wall).getUTCDate() !== d) return undefined;
  return fromWallClock(wall, tz);
}

/**
 * A value written by setValue(s) or appendRow. Strings are parsed like Sheets does: "=…" is a formula,
 * "'…" is text without the apostrophe, numbers, percentages, TRUE/FALSE and dd.MM.yyyy / yyyy-MM-dd
 * dates become typed values; in a plain-text ("@") cell, strings are kept as they are. A string starting
 * with "+" or "-" followed by a non-number is taken as a formula, as Sheets does for typed input (the
 * emulator is strict here: user text must be escaped by the add-on).
 */
export function parseInput(input: unknown, numberFormat: string | undefined, tz: string = DEFAULT_TZ): Parsed {
  if (input === null || input === undefined || input === "") return {};
  if (isDate(input)) return Number.isNaN(input.getTime()) ? { value: "" } : { value: new Date(input.getTime()) };
  if (typeof input === "number") return Number.isFinite(input) ? { value: input } : { value: "#NUM!" };
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("=") && input.length > 1) return { formula: input };
  if (input.startsWith("'")) return input.length > 1 ? { value: input.slice(1) } : {};
  const t = input.trim();
  if (NUMBER.test(t)) return { value: Number(t.replace(",", ".")) };
  if (PERCENT.test(t)) return { value: Number(t.slice(0, -1).replace(",", ".")) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  if (/^[+-][^\s\d.,+-]/.test(input)) return { formula: `=${input}` };
  const d = parseDateText(t, tz);
  if (d) return { value: d };
  return { value: input };
}

/** What a person typing `text` in a cell enters (Russian locale: decimal comma, ИСТИНА/ЛОЖЬ). */
export function parseTyped(text: unknown, numberFormat: string | undefined, tz: string = DEFAULT_TZ): Parsed {
  if (typeof text === "string" && numberFormat !== "@") {
    const t = text.trim();
    if (/^(истина|ложь)$/i.test(t)) return { value: t.toLowerCase() === "истина" };
  }
  return parseInput(text, numberFormat, tz);
}

/** Whether a number format shows a date or time (then a numeric cell reads back as a Date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "@") return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) || /h/i.test(bare) || (/m/i.test(bare) && /s/i.test(bare)) || /M{1,4}/.test(bare);
}

function groupThousands(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatNumber(n: number, format: string): string {
  const percent = format.includes("%");
  const core = format
    .replace(/"[^"]*"/g, "")
    .replace("%", "")
    .trim();
  const decimals = /\.([0#]+)/.exec(core)?.[1] ?? "";
  const fixed = (decimals.match(/0/g) ?? []).length;
  const optional = decimals.length - fixed;
  const value = percent ? n * 100 : n;
  let text = value.toFixed(fixed + optional);
  if (optional > 0) {
    const [i, f] = text.split(".");
    let frac = f;
    while (frac.length > fixed && frac.endsWith("0")) frac = frac.slice(0, -1);
    text = frac ? `${i}.${frac}` : i;
  }
  const [intPart, frac] = text.split(".");
  const int = /#,##0|0,0/.test(core) ? groupThousands(intPart, "\u00a0") : intPart;
  return `${int}${frac ? "," + frac : ""}${percent ? "%" : ""}`;
}

/** Sheets' date/time format tokens (d, M/m, y, H/h, m, s) on the wall-clock fields of `date`. */
export function formatDateCell(date: Date, format: string, tz: string = DEFAULT_TZ): string {
  const w = wallClock(date, tz);
  const re = /yyyy|yy|dd|d|MMMM|MMM|MM|M|mm|m|HH|H|hh|h|ss|s|am\/pm|"[^"]*"|./gi;
  const parts = format.match(re) ?? [];
  let lastWasHour = false;
  return parts
    .map((tok, i) => {
      const lower = tok.toLowerCase();
      const p2 = (n: number) => String(n).padStart(2, "0");
      if (tok.startsWith('"')) return tok.slice(1, -1);
      if (lower === "yyyy") return String(w.getUTCFullYear());
      if (lower === "yy") return p2(w.getUTCFullYear() % 100);
      if (lower === "dd") return p2(w.getUTCDate());
      if (lower === "d") return String(w.getUTCDate());
      if (lower === "hh") return ((lastWasHour = true), p2(w.getUTCHours()));
      if (lower === "h") return ((lastWasHour = true), String(w.getUTCHours()));
      if (lower === "ss") return p2(w.getUTCSeconds());
      if (lower === "s") return String(w.getUTCSeconds());
      if (lower === "mm" || lower === "m") {
        const nextIsSeconds = parts
          .slice(i + 1)
          .find((t) => /[a-z]/i.test(t))
          ?.toLowerCase()
          .startsWith("s");
        const minutes = lastWasHour || nextIsSeconds;
        lastWasHour = false;
        if (minutes) return lower === "mm" ? p2(w.getUTCMinutes()) : String(w.getUTCMinutes());
        return lower === "mm" ? p2(w.getUTCMonth() + 1) : String(w.getUTCMonth() + 1);
      }
      if (lower === "mmmm" || lower === "mmm")
        return ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"][w.getUTCMonth()];
      return tok;
    })
    .join("");
}

export const DEFAULT_DATE_FORMAT = "dd.MM.yyyy";
export const DEFAULT_DATETIME_FORMAT = "dd.MM.yyyy H:mm:ss";

/** The text Sheets shows for a value under a number format (getDisplayValue). */
export function displayValue(value: unknown, format: string | undefined, tz: string = DEFAULT_TZ): string {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (value instanceof Date) {
    if (format && isDateFormat(format)) return formatDateCell(value, format, tz);
    const w = wallClock(value, tz);
    const midnight = w.getUTCHours() === 0 && w.getUTCMinutes() === 0 && w.getUTCSeconds() === 0;
    return formatDateCell(value, midnight ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT, tz);
  }
  if (typeof value === "number") {
    if (format === "@") return String(value).replace(".", ",");
    if (format && /[0#]/.test(format) && !isDateFormat(format)) return formatNumber(value, format);
    const rounded = Number(value.toPrecision(15));
    return String(rounded).replace(".", ",");
  }
  return String(value);
}

export function serialOf(date: Date, tz: string = DEFAULT_TZ): number {
  return dateToSerial(date, tz);
}
