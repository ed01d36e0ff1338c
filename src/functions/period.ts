/**
 * CMN_PERIOD: every occurrence of a Russian deadline text as rows [начало, окончание]. Also the pieces
 * CMN_DEADLINE shares with it: reading the optional year argument, a deadline cell, and today's date —
 * taken here, at the custom-function boundary, so the domain functions stay pure.
 */
import { dayOfDateCell, scriptZone } from "../domain/workbook/zone";
import { parsePeriod, type Period, type PeriodContext } from "../domain/periods";
import { FN_MESSAGES } from "./messages";
import { CustomFunctionError, isRange, type Scalar } from "./runtime";
import type { CellInput, CellValue, CustomFunctionSpec } from "./spec";

const YEAR_SPAN = /^\s*(\d{4})\s*[-\u2010-\u2015\u2212/]\s*(\d{4}|\d{2})\s*(?:уч[а-яё.]*\s*)?(?:г[а-яё.]*)?\s*$/i;
const ONE_YEAR = /^\s*(\d{4})\s*(?:г[а-яё.]*)?\s*$/i;

/** A date cell's day (see dayOfDateCell: no zone needed for a date-only cell). */
export function isoOf(date: Date): string {
  return dayOfDateCell(date);
}

/** A day as the Date a custom function returns: midnight in the script's zone. */
export function dateOf(iso: string): Date {
  return scriptZone().midnight(iso);
}

export function todayIso(): string {
  return scriptZone().today();
}

/** The optional year: 2022 → that year; «2022-2023» → that school year; blank → none. */
export function contextFromYear(value: CellValue): PeriodContext {
  if (value === null || value === undefined || value === "") return {};
  if (value instanceof Date) return { year: Number(isoOf(value).slice(0, 4)) };
  if (typeof value === "number" && Number.isInteger(value) && value >= 1990 && value <= 2100) return { year: value };
  const text = String(value);
  const one = ONE_YEAR.exec(text);
  if (one) return { year: Number(one[1]) };
  const span = YEAR_SPAN.exec(text);
  if (span) {
    const first = Number(span[1]);
    const second = span[2].length === 2 ? Math.floor(first / 100) * 100 + Number(span[2]) : Number(span[2]);
    if (second === first + 1) return { academicYear: [first, second] };
  }
  throw new CustomFunctionError(FN_MESSAGES.badPeriodYear(text));
}

/**
 * A deadline cell read as a period. A date typed as a date is that day; blank is null (the caller shows
 * nothing); text the parser cannot read, or cannot date without a year, is an error.
 */
export function periodOfCell(value: CellValue, context: PeriodContext): Period | null {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) return null;
  if (value instanceof Date) {
    const day = isoOf(value);
    return { kind: "interval", occurrences: [{ start: day, end: day }], repeat: "none", needsReview: false };
  }
  const text = String(value);
  const period = parsePeriod(text, context);
  if (period.kind === "unknown") throw new CustomFunctionError(FN_MESSAGES.deadlineUnknown(text.trim()));
  if (period.kind !== "by-schedule" && !period.occurrences.some((o) => o.end !== null || o.start !== null)) {
    throw new CustomFunctionError(FN_MESSAGES.deadlineNeedsYear(text.trim()));
  }
  return period;
}

function single(value: CellInput, what: (shape: string) => string): CellValue {
  if (!isRange(value)) return value;
  if (value.length === 1 && value[0].length === 1) return value[0][0];
  throw new CustomFunctionError(what(`${value.length}×${value[0]?.length ?? 0}`));
}

export const CMN_PERIOD: CustomFunctionSpec = {
  name: "CMN_PERIOD",
  summary: "Начало и окончание каждого срока из текста («Январь, апрель 2023», «ежеквартально»): по строке на срок.",
  params: [
    { name: "text", type: "string", help: "Срок, как он записан в дорожной карте: одна ячейка" },
    {
      name: "year",
      type: "number|string",
      help: "Год документа (2022) или учебный год («2022-2023»), если в сроке года нет (необязательно)",
      optional: true,
    },
  ],
  returns: "Строки [начало, окончание]; у срока «до …» начало пустое",
  example: '=CMN_PERIOD("Январь, апрель 2023")',
  impl: (text, year) => {
    const context = contextFromYear(single(year ?? null, FN_MESSAGES.periodOneCell));
    const period = periodOfCell(single(text, FN_MESSAGES.periodOneCell), context);
    if (period === null) return "";
    if (period.kind === "by-schedule") return FN_MESSAGES.bySchedule;
    return period.occurrences.map((o): Scalar[] => [
      o.start === null ? "" : dateOf(o.start),
      o.end === null ? "" : dateOf(o.end),
    ]);
  },
};
