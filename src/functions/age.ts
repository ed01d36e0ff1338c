/**
 * CMN_AGE(birth_date, [on_date]): age in full years, for the 10–18 and 15–18 bands of the indicators.
 *
 * Dates come as Sheets gives them: Date objects (a date cell's midnight in the spreadsheet's zone, read as
 * its day by dayOfDateCell), serial numbers (days since 30.12.1899), or text
 * «дд.мм.гггг» (also «гггг-мм-дд»). Someone born on 29 February grows a year older on 28 February in a
 * common year: a term in years ends on the matching day, or on the last day of the month when the month
 * has no such day (Гражданский кодекс РФ, ст. 192). Without on_date the age is for today; Sheets caches
 * custom functions, so pass TODAY() or the report date for a value that moves with time.
 * Elementwise: a column of birth dates gives a column of ages; blank birth dates give blank cells.
 */
import { dayOfDateCell, scriptZone } from "../domain/workbook/zone";
import { FN_MESSAGES_INDICATORS } from "./messages";
import { CustomFunctionError, elementwise } from "./runtime";
import type { CellValue, CustomFunctionSpec } from "./spec";

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number;
}

const DAY_MS = 86400000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function show(date: Ymd): string {
  return `${String(date.d).padStart(2, "0")}.${String(date.m).padStart(2, "0")}.${date.y}`;
}

/** A calendar date from a cell, or undefined when blank. */
export function readDate(value: CellValue, what: string): Ymd | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new CustomFunctionError(FN_MESSAGES_INDICATORS.notADate(what, String(value)));
    const [y, m, d] = dayOfDateCell(value).split("-").map(Number);
    return { y, m, d };
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1)
      throw new CustomFunctionError(FN_MESSAGES_INDICATORS.notADate(what, String(value)));
    const date = new Date(SERIAL_EPOCH + Math.floor(value) * DAY_MS);
    return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
  }
  const text = String(value).trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?$/.exec(text);
  let ymd: Ymd | undefined = m ? { y: Number(m[3]), m: Number(m[2]), d: Number(m[1]) } : undefined;
  if (!ymd) {
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (m) ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  }
  if (!ymd || !valid(ymd.y, ymd.m, ymd.d)) throw new CustomFunctionError(FN_MESSAGES_INDICATORS.notADate(what, text));
  return ymd;
}

function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Full years from birth to `on` (ГК РФ ст. 192 for 29 February). */
export function fullYears(birth: Ymd, on: Ymd): number {
  if (compare(birth, on) > 0) throw new CustomFunctionError(FN_MESSAGES_INDICATORS.futureBirth(show(birth), show(on)));
  const birthday: Ymd = { y: on.y, m: birth.m, d: Math.min(birth.d, daysInMonth(on.y, birth.m)) };
  return on.y - birth.y - (compare(on, birthday) < 0 ? 1 : 0);
}

function today(): Ymd {
  const [y, m, d] = scriptZone().today().split("-").map(Number);
  return { y, m, d };
}

export const CMN_AGE: CustomFunctionSpec = {
  name: "CMN_AGE",
  summary: "Полных лет на дату (по умолчанию — сегодня): для возрастных групп 10–18 и 15–18 лет.",
  params: [
    {
      name: "birth_date",
      type: "Date|string|number|Array<Array<Date|string|number>>",
      help: "Дата рождения: дата, «дд.мм.гггг» или диапазон",
    },
    {
      name: "on_date",
      type: "Date|string|number",
      help: "На какую дату считать возраст, по умолчанию сегодня (необязательно)",
      optional: true,
    },
  ],
  returns: "Возраст в полных годах",
  example: '=CMN_AGE("29.02.2012", "28.02.2025")',
  impl: (birth, on) => {
    const fixedOn = Array.isArray(on) ? undefined : (readDate(on, FN_MESSAGES_INDICATORS.onDate) ?? today());
    return elementwise([birth, on ?? null], (b, o) => {
      const born = readDate(b, FN_MESSAGES_INDICATORS.birthDate);
      if (!born) return null;
      const at = fixedOn ?? readDate(o, FN_MESSAGES_INDICATORS.onDate) ?? today();
      return fullYears(born, at);
    });
  },
};
