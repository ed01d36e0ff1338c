/**
 * Repetition: «ежегодно», «ежеквартально», «ежемесячно», or months listed with a span of years
 * («Декабрь, июнь в период с 2021 по 2024 г.г.»), expanded into one piece per period of the span.
 */
import type { Piece, Unit } from "./grammar";
import { lacksYear, setCalendarYear, setSchoolYear } from "./resolve";
import type { PeriodContext, PeriodRepeat } from "./types";
import { daysInMonth } from "./calendar";

type Dated = Extract<Piece, { type: "single" | "range" }>;

/** The years a repetition runs over, or one school year. */
export type Span = { years: number[] } | { school: [number, number] };

function yearsFrom(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) out.push(y);
  return out;
}

/** A span in the text wins over the programme; without either, the document's school year or year. */
export function chooseSpan(textSpan: [number, number] | undefined, context: PeriodContext): Span | undefined {
  if (textSpan) return { years: yearsFrom(textSpan[0], textSpan[1]) };
  if (context.program) return { years: yearsFrom(context.program[0], context.program[1]) };
  if (context.academicYear) return { school: context.academicYear };
  if (context.year !== undefined) return { years: [context.year] };
  return undefined;
}

/** Every (year, month) of a span: whole calendar years, or September to August of a school year. */
function monthsOf(span: Span): [number, number][] {
  const out: [number, number][] = [];
  if ("school" in span) {
    for (let m = 9; m <= 12; m++) out.push([span.school[0], m]);
    for (let m = 1; m <= 8; m++) out.push([span.school[1], m]);
  } else {
    for (const y of span.years) for (let m = 1; m <= 12; m++) out.push([y, m]);
  }
  return out;
}

function single(unit: Unit): Dated {
  return { type: "single", unit, mode: "none" };
}

/** The whole periods of a span, for a repetition word with nothing else («ежеквартально»). */
function wholePeriods(repeat: PeriodRepeat, span: Span): Dated[] {
  if (repeat === "yearly")
    return "school" in span
      ? [single({ unit: "school-year", year: span.school[0] })]
      : span.years.map((year) => single({ unit: "year", year }));
  const months = monthsOf(span);
  if (repeat === "monthly") return months.map(([year, month]) => single({ unit: "month", month, year }));
  return months
    .filter(([, m]) => m % 3 === 1)
    .map(([year, m]) => single({ unit: "quarter", quarter: (m + 2) / 3, year }));
}

export interface Expansion {
  pieces: Dated[];
  doubts: string[];
}

/**
 * Templates (pieces with no year) instantiated over the span; pieces that name their year stay as they
 * are. A day of the month («до 5 числа») repeats monthly.
 */
export function expand(pieces: Dated[], repeat: PeriodRepeat, span: Span): Expansion {
  const fixed = pieces.filter((p) => !lacksYear(p));
  const templates = pieces.filter(lacksYear);
  const doubts: string[] = [];
  if (templates.length === 0) {
    if (fixed.length > 0) doubts.push("повтор при указанном годе");
    return { pieces: fixed.length > 0 ? fixed : wholePeriods(repeat, span), doubts };
  }
  const out: Dated[] = [...fixed];
  if (repeat === "yearly") {
    if ("school" in span) for (const t of templates) out.push(setSchoolYear(t, span.school));
    else for (const year of span.years) for (const t of templates) out.push(setCalendarYear(t, year));
    return { pieces: out, doubts };
  }
  const dayTemplates = templates.filter(
    (t): t is Extract<Dated, { type: "single" }> =>
      t.type === "single" && t.unit.unit === "day" && t.unit.month === undefined,
  );
  if (repeat === "monthly" && dayTemplates.length === templates.length) {
    for (const [year, month] of monthsOf(span)) {
      for (const t of dayTemplates) {
        const day = Math.min((t.unit as { day: number }).day, daysInMonth(year, month)); // «до 30 числа» in February
        out.push({ ...t, unit: { unit: "day", day, month, year } });
      }
    }
    return { pieces: out, doubts };
  }
  doubts.push("повтор с уточнением, которое не разобрано");
  return { pieces: [...out, ...wholePeriods(repeat, span)], doubts };
}
