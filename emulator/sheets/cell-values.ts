/**
 * What a written value becomes in a cell, and the text a value shows under a number format, by the
 * spreadsheet's locale and time zone.
 *
 * Writing: Range.setValue(s), appendRow and a person typing all go through the same reading as the Sheets
 * API's USER_ENTERED ("parsed as if the user typed them into the UI"). Strings become formulas ("=…"),
 * text ("'…", or anything in a plain-text «@» cell), or typed values: numbers (the locale's decimal
 * separator, grouping by three, leading zeros dropped, exponent), percentages, currency amounts, booleans,
 * dates (the locale's day/month order, with or without a year), times and date-times. A typed value also
 * gives an automatic cell the format it was read with (a date format for «21.11.2026», «0%» for «50%»).
 * Where Google does not document a form, the emulator reads it as a value rather than as text (stricter:
 * a path that writes such a string bare is caught), and the form is listed in emulator/CONFORMANCE.md.
 */
import { dateToSerial, fromWallClock, isDate, serialToDate, wallClock } from "../core/time";
import { LOCALES } from "./locale";
import type { LocaleSpec } from "./locale";

export type Stored = string | number | boolean | Date;

export interface Parsed {
  value?: Stored;
  formula?: string;
  /** The format an automatic cell takes from what was read (a date, a percentage, a currency). */
  format?: string;
}

/** What reading and showing a cell depend on: the spreadsheet's locale, time zone and clock. */
export interface CellContext {
  locale: LocaleSpec;
  tz: string;
  now(): Date;
}

export const DEFAULT_CONTEXT: CellContext = {
  locale: LOCALES.ru_RU,
  tz: "Europe/Moscow",
  now: () => new Date(),
};

const escape = (chars: string) => chars.replace(/[\\\]^-]/g, "\\$&");

/**
 * Formats a typed date, time or date-time gives an automatic cell: the locale's default pattern, resolved
 * when read, so switching the spreadsheet's locale shows such cells in the new locale's pattern.
 */
export const LOCALE_FORMAT = { date: "\u0001date", dateTime: "\u0001dateTime", time: "\u0001time" } as const;

/** A stored format as Sheets reports it: the locale's pattern for a locale format. */
export function resolveFormat(format: string | undefined, loc: LocaleSpec): string | undefined {
  if (format === undefined || !format.startsWith("\u0001")) return format;
  return loc.formats[format.slice(1) as keyof LocaleSpec["formats"]];
}

// ---- reading ---------------------------------------------------------------------------------------------

interface LocalePatterns {
  number: RegExp;
  group: RegExp;
  dayMonth: RegExp;
  monthYear: RegExp;
}
const patterns = new Map<LocaleSpec, LocalePatterns>();

/** The locale's reading patterns, compiled once. */
function patternsOf(loc: LocaleSpec): LocalePatterns {
  let p = patterns.get(loc);
  if (!p) {
    const grp = escape(loc.groupInput);
    const sep = `[${escape(loc.dateSeparators)}]`;
    p = {
      number: new RegExp(`^([+-]?)(\\d{1,3}(?:[${grp}]\\d{3})+|\\d+)?(?:\\${loc.decimal}(\\d+))?(?:[eE]([+-]?\\d+))?$`),
      group: new RegExp(`[${grp}]`, "g"),
      dayMonth: new RegExp(`^(\\d{1,2})(${sep})(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?$`),
      monthYear: new RegExp(`^(\\d{1,2})${sep}(\\d{4})$`),
    };
    patterns.set(loc, p);
  }
  return p;
}

/** A number in the locale's notation: sign, digits (grouped by three or not), decimals, exponent. */
function readNumber(text: string, loc: LocaleSpec): number | undefined {
  const p = patternsOf(loc);
  let m = p.number.exec(text);
  // Stricter than documented: a point also reads as a decimal separator in a comma locale («3.14»), once
  // the text failed as a date.
  if (!m && loc.decimal === ",") m = /^([+-]?)(\d+)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const int = (m[2] ?? "0").replace(p.group, "");
  const n = Number(`${m[1]}${int}.${m[3] ?? "0"}e${m[4] ?? "0"}`);
  return Number.isFinite(n) ? n : undefined;
}

/** A plain number; typed with grouping («1 000», «1,000.5») the cell shows grouping too. */
function readPlainNumber(text: string, loc: LocaleSpec): Parsed | undefined {
  const n = readNumber(text, loc);
  if (n === undefined) return undefined;
  const grouped = /\d[^\d.,eE+-]\d{3}/.test(text) || (loc.group === "," && /\d,\d{3}/.test(text));
  return grouped ? { value: n, format: Number.isInteger(n) ? "#,##0" : "#,##0.00" } : { value: n };
}

/** «50%», «50 %», «-7,5%». */
function readPercent(text: string, loc: LocaleSpec): Parsed | undefined {
  const m = /^(.*?)\s*%$/u.exec(text);
  if (!m) return undefined;
  const n = readNumber(m[1], loc);
  if (n === undefined) return undefined;
  return { value: n / 100, format: Number.isInteger(n) ? "0%" : "0.00%" };
}

/** «100 ₽», «100₽», «$5», «-$5», «$1,000.50». */
function readCurrency(text: string, loc: LocaleSpec): Parsed | undefined {
  for (const { sign, format } of loc.currencies) {
    let body: string | undefined;
    let negative = false;
    if (text.endsWith(sign)) body = text.slice(0, -sign.length).trim();
    else {
      const m = /^([+-]?)\s*(.*)$/su.exec(text) as RegExpExecArray;
      if (m[2].startsWith(sign)) {
        body = m[2].slice(sign.length).trim();
        negative = m[1] === "-";
      }
    }
    if (body === undefined || body === "" || (negative && /^[+-]/.test(body))) continue;
    const n = readNumber(body, loc);
    if (n !== undefined) return { value: negative ? -n : n, format };
  }
  return undefined;
}

interface DayParts {
  y?: number;
  m: number;
  d: number;
}

/** Two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999 (the spreadsheet convention). */
const fullYear = (y: string) => (y.length <= 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y));

function monthIndex(word: string, loc: LocaleSpec): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = loc.monthsRead.findIndex((forms) => forms.includes(w));
  return i < 0 ? undefined : i + 1;
}

/** The date part of a text: ISO (y-m-d), the locale's numeric order, or with a month name. */
function readDay(text: string, loc: LocaleSpec): DayParts | undefined {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  const p = patternsOf(loc);
  m = p.dayMonth.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const [d, mo] = loc.dateOrder === "DMY" ? [a, b] : [b, a];
    return { y: m[4] === undefined ? undefined : fullYear(m[4]), m: mo, d };
  }
  // Month and year only («12.2025», «11/2026»): the first of the month (stricter than documented).
  m = p.monthYear.exec(text);
  if (m) return { y: Number(m[2]), m: Number(m[1]), d: 1 };
  // «21 ноября 2026», «21 Nov 2026», «Nov 21, 2026», «November 21».
  m = /^(\d{1,2})\s+(\p{L}+\.?)(?:,?\s+(\d{4}))?$/u.exec(text);
  if (m) {
    const mo = monthIndex(m[2], loc);
    if (mo) return { y: m[3] ? Number(m[3]) : undefined, m: mo, d: Number(m[1]) };
  }
  m = /^(\p{L}+\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?$/u.exec(text);
  if (m) {
    const mo = monthIndex(m[1], loc);
    if (mo) return { y: m[3] ? Number(m[3]) : undefined, m: mo, d: Number(m[2]) };
  }
  return undefined;
}

interface TimeParts {
  h: number;
  mi: number;
  s: number;
  ms: number;
}

/** «9:30», «9:30:15», «21:05:00.250», «9:30 PM». */
function readTime(text: string): TimeParts | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,3}))?)?(?:\s*([AaPp])\.?[Mm]\.?)?$/.exec(text);
  if (!m) return undefined;
  let h = Number(m[1]);
  const [mi, s] = [Number(m[2]), Number(m[3] ?? 0)];
  if (m[5]) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (m[5].toLowerCase() === "p" ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return { h, mi, s, ms: Number((m[4] ?? "0").padEnd(3, "0")) };
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** Dates, date-times and times, as Dates in the spreadsheet's zone, with the format the cell takes. */
function readDateTime(text: string, ctx: CellContext): Parsed | undefined {
  const time = readTime(text);
  if (time) {
    const wall = Date.UTC(1899, 11, 30, time.h, time.mi, time.s, time.ms);
    return { value: fromWallClock(wall, ctx.tz), format: LOCALE_FORMAT.time };
  }
  let day = readDay(text, ctx.locale);
  let t: TimeParts | undefined;
  if (!day) {
    const split = /^(.*\S)\s+(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,3})?)?(?:\s*[AaPp]\.?[Mm]\.?)?)$/.exec(text);
    if (!split) return undefined;
    day = readDay(split[1], ctx.locale);
    t = readTime(split[2]);
    if (!day || !t) return undefined;
  }
  const year = day.y ?? wallClock(ctx.now(), ctx.tz).getUTCFullYear();
  if (!validDay(year, day.m, day.d)) return undefined;
  const wall = Date.UTC(year, day.m - 1, day.d, t?.h ?? 0, t?.mi ?? 0, t?.s ?? 0, t?.ms ?? 0);
  const at = new Date(wall);
  if (year < 100) at.setUTCFullYear(year);
  return { value: fromWallClock(at.getTime(), ctx.tz), format: t ? LOCALE_FORMAT.dateTime : LOCALE_FORMAT.date };
}

function readBoolean(text: string, loc: LocaleSpec): boolean | undefined {
  const upper = text.toUpperCase();
  if (loc.trueWords.includes(upper)) return true;
  if (loc.falseWords.includes(upper)) return false;
  return undefined;
}

/** A typed value for text, or undefined when the text stays text. */
function readValue(text: string, ctx: CellContext): Parsed | undefined {
  const loc = ctx.locale;
  const bool = readBoolean(text, loc);
  if (bool !== undefined) return { value: bool };
  // Every other typed value has a digit, and only a date starts with a letter («Nov 21, 2026»): most
  // text is settled here, cheaply.
  if (!/\d/.test(text)) return undefined;
  const word = /^\p{L}+/u.exec(text);
  if (word) return monthIndex(word[0], loc) ? readDateTime(text, ctx) : undefined;
  // Dates first: in a day-month locale «1.10» and «7.1» are dates, not decimals.
  const when = readDateTime(text, ctx);
  if (when) return when;
  return readPlainNumber(text, loc) ?? readPercent(text, loc) ?? readCurrency(text, loc);
}

/**
 * A value written by setValue(s) or appendRow, or typed by a person: see the top of this module. A string
 * that starts with «+» or «-» and is not a number is read as a formula, as Sheets does with typed input
 * («+7 900 123-45-67» becomes a formula that fails): user text must be escaped by the add-on.
 */
export function parseInput(input: unknown, numberFormat: string | undefined, ctx: CellContext): Parsed {
  if (input === null || input === undefined || input === "") return {};
  if (isDate(input)) return Number.isNaN(input.getTime()) ? { value: "" } : { value: new Date(input.getTime()) };
  if (typeof input === "number") return Number.isFinite(input) ? { value: input } : { value: "#NUM!" };
  if (typeof input === "boolean") return { value: input };
  if (typeof input !== "string") return { value: String(input) };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("=") && input.length > 1) return { formula: input };
  if (input.startsWith("'")) return input.length > 1 ? { value: input.slice(1) } : {};
  const t = input.trim();
  const typed = t === "" ? undefined : readValue(t, ctx);
  if (typed) return typed;
  if (/^[+-]./s.test(t)) return { formula: `=${t}` };
  return { value: input };
}

// ---- showing ---------------------------------------------------------------------------------------------

/** Whether a number format shows a date or time (then a numeric cell reads back as a Date). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === "@") return false;
  if (format.startsWith("\u0001")) return true;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dy]/i.test(bare) || /h/i.test(bare) || (/m/i.test(bare) && /s/i.test(bare)) || /M{1,4}/.test(bare);
}

/** Formats that mean «automatic»: what getNumberFormat reports for a cell never formatted, and General. */
export function isAutomaticFormat(format: string | undefined): boolean {
  return format === undefined || format === "" || /^general$/i.test(format) || format === AUTOMATIC_NUMBER_FORMAT;
}

export const AUTOMATIC_NUMBER_FORMAT = "0.###############";

function groupThousands(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** A number under a pattern of 0 # , . % and "literal text", in the locale's symbols. */
function formatNumber(n: number, format: string, loc: LocaleSpec): string {
  const section = splitSections(format)[n < 0 ? 1 : 0] ?? format;
  const negativeSection = n < 0 && splitSections(format).length > 1;
  const percent = /%(?=(?:[^"]*"[^"]*")*[^"]*$)/.test(section);
  const numberPart = section.replace(/"[^"]*"/g, "");
  const decimals = /\.([0#]+)/.exec(numberPart)?.[1] ?? "";
  const fixed = (decimals.match(/0/g) ?? []).length;
  const optional = decimals.length - fixed;
  const scaled = Math.abs(percent ? n * 100 : n);
  let text = scaled.toFixed(fixed + optional);
  if (optional > 0) {
    const [i, f] = text.split(".");
    let frac = f;
    while (frac.length > fixed && frac.endsWith("0")) frac = frac.slice(0, -1);
    text = frac ? `${i}.${frac}` : i;
  }
  const [intPart, frac] = text.split(".");
  const grouped = /[0#],[0#]/.test(numberPart) ? groupThousands(intPart, loc.group) : intPart;
  const digits = `${grouped}${frac ? loc.decimal + frac : ""}`;
  const sign = n < 0 && !negativeSection && Number(text) !== 0 ? "-" : "";
  // Literal text keeps its place around the digits; the digits replace the first run of placeholders; the
  // minus sign comes first («-$5.00»).
  let out = "";
  let placed = false;
  const tokens = section.match(/"[^"]*"|[0#?,.]+|%|./g) ?? [];
  for (const tok of tokens) {
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (/^[0#?,.]+$/.test(tok)) {
      if (!placed) out += digits;
      placed = true;
    } else if (tok === "%") out += `${loc.percentGap}%`;
    else out += tok;
  }
  return sign + (placed ? out : digits + out);
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Sheets' date/time format tokens (d, M/m, y, H/h, m, s, am/pm) on the wall-clock fields of `date`. */
export function formatDateCell(date: Date, format: string, ctx: CellContext = DEFAULT_CONTEXT): string {
  const w = wallClock(date, ctx.tz);
  const loc = ctx.locale;
  const re = /yyyy|yy|dd|d|MMMM|MMM|MM|M|mm|m|HH|H|hh|h|ss|s|am\/pm|a\/p|"[^"]*"|\\.|./gi;
  const parts = format.match(re) ?? [];
  const twelveHour = parts.some((p) => /^(am\/pm|a\/p)$/i.test(p));
  const p2 = (n: number) => String(n).padStart(2, "0");
  let lastWasHour = false;
  return parts
    .map((tok, i) => {
      const lower = tok.toLowerCase();
      if (tok.startsWith('"')) return tok.slice(1, -1);
      if (tok.startsWith("\\")) return tok.slice(1);
      if (lower === "yyyy") return String(w.getUTCFullYear());
      if (lower === "yy") return p2(w.getUTCFullYear() % 100);
      if (lower === "dd") return p2(w.getUTCDate());
      if (lower === "d") return String(w.getUTCDate());
      if (lower === "hh" || lower === "h") {
        lastWasHour = true;
        const h = twelveHour ? w.getUTCHours() % 12 || 12 : w.getUTCHours();
        return lower === "hh" ? p2(h) : String(h);
      }
      if (lower === "ss") return p2(w.getUTCSeconds());
      if (lower === "s") return String(w.getUTCSeconds());
      if (lower === "am/pm") return loc.ampm[w.getUTCHours() < 12 ? 0 : 1];
      if (lower === "a/p") return loc.ampm[w.getUTCHours() < 12 ? 0 : 1][0];
      if (lower === "mmmm") return loc.monthsFull[w.getUTCMonth()];
      if (lower === "mmm") return loc.monthsShort[w.getUTCMonth()];
      if (lower === "mm" || lower === "m") {
        const nextIsSeconds = parts
          .slice(i + 1)
          .find((t) => /^[a-z]/i.test(t) && !t.startsWith('"'))
          ?.toLowerCase()
          .startsWith("s");
        const minutes = lastWasHour || nextIsSeconds;
        lastWasHour = false;
        if (minutes) return lower === "mm" ? p2(w.getUTCMinutes()) : String(w.getUTCMinutes());
        return lower === "mm" ? p2(w.getUTCMonth() + 1) : String(w.getUTCMonth() + 1);
      }
      return tok;
    })
    .join("");
}

/** The format Sheets reports for a cell never formatted: a date-time for a Date, else the automatic one. */
export function automaticFormatOf(value: unknown, ctx: CellContext): string {
  return value instanceof Date ? ctx.locale.formats.dateTime : AUTOMATIC_NUMBER_FORMAT;
}

/** A number as an automatic cell shows it: up to 15 significant digits, the locale's decimal separator. */
function automaticNumber(n: number, loc: LocaleSpec): string {
  const rounded = Number(n.toPrecision(15));
  const text =
    Math.abs(rounded) >= 1e15 || (rounded !== 0 && Math.abs(rounded) < 1e-9)
      ? rounded.toExponential()
      : String(rounded);
  return text.replace(".", loc.decimal).replace("e+", "E+").replace("e-", "E-");
}

/** The text Sheets shows for a value under a number format (getDisplayValue). */
export function displayValue(
  value: unknown,
  storedFormat: string | undefined,
  ctx: CellContext = DEFAULT_CONTEXT,
): string {
  if (value === "" || value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const loc = ctx.locale;
  const format = resolveFormat(storedFormat, loc);
  if (value instanceof Date) {
    if (format && isDateFormat(format)) return formatDateCell(value, format, ctx);
    const w = wallClock(value, ctx.tz);
    const midnight = w.getUTCHours() === 0 && w.getUTCMinutes() === 0 && w.getUTCSeconds() === 0;
    return formatDateCell(value, midnight ? loc.formats.date : loc.formats.dateTime, ctx);
  }
  if (typeof value === "number") {
    if (format === "@" || isAutomaticFormat(format)) return automaticNumber(value, loc);
    if (format && isDateFormat(format)) return formatDateCell(serialToDate(value, ctx.tz), format, ctx);
    if (format && /[0#]/.test(format)) return formatNumber(value, format, loc);
    return automaticNumber(value, loc);
  }
  return String(value);
}

export function serialOf(date: Date, tz: string): number {
  return dateToSerial(date, tz);
}
