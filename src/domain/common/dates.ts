/**
 * Calendar dates, the one way the add-on holds a day: an ISO "YYYY-MM-DD" string (IsoDate). A Date is an
 * instant, and which day it falls on depends on a time zone; a school's «21.11.2026» is a day in every
 * zone. So dates cross into the domain as IsoDate (the cell codec converts with the spreadsheet's zone,
 * workbook/zone.ts) and all arithmetic here goes through Date.UTC, never the host's local time.
 */

/** A calendar day, "YYYY-MM-DD". Compare with < and >, as strings. */
export type IsoDate = string;

const DAY_MS = 86400000;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = "0" + s;
  return s;
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function firstDay(year: number, month: number): string {
  return isoDate(year, month, 1);
}

export function lastDay(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = a.split("-").map(Number);
  const [yb, mb, db] = b.split("-").map(Number);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / DAY_MS);
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  return isValidDay(y, m, d);
}

export function ymd(iso: IsoDate): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split("-").map(Number);
  return { y, m, d };
}

/**
 * A date as people write it: «21.11.2026», «1.9.2026», «21.11.2026 г.», «2026-11-21» (a wall-clock time
 * after it is ignored). Anything else, or a day that does not exist (31.02), gives undefined: never a
 * guess. An instant («2026-11-20T21:00:00Z», with a zone) is not a day: its day depends on a zone.
 */
export function parseDateText(text: string): IsoDate | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  else {
    m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(t);
    if (!m) return undefined;
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  return y >= 1900 && y <= 2200 && isValidDay(y, mo, d) ? isoDate(y, mo, d) : undefined;
}

/** «21.11.2026». */
export function formatDateRu(iso: IsoDate): string {
  const { y, m, d } = ymd(iso);
  return `${pad(d, 2)}.${pad(m, 2)}.${pad(y, 4)}`;
}

const MONTHS_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];

/** «21 ноября 2026 г.», as official documents write a date. */
export function formatDateLongRu(iso: IsoDate): string {
  const { y, m, d } = ymd(iso);
  return `${d} ${MONTHS_GENITIVE[m - 1]} ${y} г.`;
}

/** Sheets' serial day number (days since 30.12.1899) of a date, and back. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
export function serialOf(iso: IsoDate): number {
  const { y, m, d } = ymd(iso);
  return Math.round((Date.UTC(y, m - 1, d) - SERIAL_EPOCH) / DAY_MS);
}
export function fromSerial(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 200000) return undefined;
  const t = new Date(SERIAL_EPOCH + Math.floor(serial) * DAY_MS);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * Full years from `birth` to `on`. Someone born on 29 February grows a year older on 28 February in a
 * common year (a term in years ends on the matching day, or the month's last day: ГК РФ, ст. 192).
 * Negative when `on` is before the birth.
 */
export function fullYears(birth: IsoDate, on: IsoDate): number {
  const b = ymd(birth);
  const o = ymd(on);
  const birthday = isoDate(o.y, b.m, Math.min(b.d, daysInMonth(o.y, b.m)));
  return o.y - b.y - (on < birthday ? 1 : 0);
}

/** The first year of the academic year (1 September – 31 August) holding the day: 2027-03-01 → 2026. */
export function academicYearOf(iso: IsoDate): number {
  const { y, m } = ymd(iso);
  return m >= 9 ? y : y - 1;
}

/** 1 September and 31 August of the academic year starting in `startYear`. */
export function academicYearSpan(startYear: number): { start: IsoDate; end: IsoDate } {
  return { start: isoDate(startYear, 9, 1), end: isoDate(startYear + 1, 8, 31) };
}

/** «2026-2027». */
export function academicYearLabel(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}
