/** One unit of time as written («сентябрь 2021», «III квартал 2022») → its first and last day. */
import { addDays, firstDay, isValidDay, isoDate, lastDay } from "./calendar";
import type { DeadlineMode, Unit } from "./grammar";
import type { Occurrence } from "./types";

/** The month a unit starts in: orders the ends of a range and places a month in a school year. */
export function startMonth(u: Unit): number {
  switch (u.unit) {
    case "day":
      return u.month ?? 1;
    case "month":
      return u.month;
    case "quarter":
      return u.quarter * 3 - 2;
    case "half":
      return u.school ? (u.half === 1 ? 9 : 1) : u.half * 6 - 5;
    case "school-year":
      return 9;
    default:
      return 1;
  }
}

/** Month and day as one comparable number (the year set aside). */
export function startOrder(u: Unit): number {
  return startMonth(u) * 100 + (u.unit === "day" ? u.day : 1);
}

export function yearOf(u: Unit): number | undefined {
  return u.unit === "years" ? u.from : u.year;
}

/** The unit with its year set, when it has none. Year units always have one. */
export function withYear(u: Unit, year: number): Unit {
  if (u.unit === "year" || u.unit === "years" || u.year !== undefined) return u;
  return { ...u, year };
}

/** First and last day, or null when the unit is incomplete or not a real date («31 ноября»). */
export function bounds(u: Unit): [string, string] | null {
  switch (u.unit) {
    case "day":
      if (u.year === undefined || u.month === undefined || !isValidDay(u.year, u.month, u.day)) return null;
      return [isoDate(u.year, u.month, u.day), isoDate(u.year, u.month, u.day)];
    case "month":
      return u.year === undefined ? null : [firstDay(u.year, u.month), lastDay(u.year, u.month)];
    case "quarter":
      return u.year === undefined ? null : [firstDay(u.year, u.quarter * 3 - 2), lastDay(u.year, u.quarter * 3)];
    case "half":
      if (u.year === undefined) return null;
      // A school half-year: I = September–December of the first year, II = January–August of the second.
      if (u.school)
        return u.half === 1 ? [firstDay(u.year, 9), lastDay(u.year, 12)] : [firstDay(u.year, 1), lastDay(u.year, 8)];
      return [firstDay(u.year, u.half * 6 - 5), lastDay(u.year, u.half * 6)];
    case "year":
      return [firstDay(u.year, 1), lastDay(u.year, 12)];
    case "years":
      return [firstDay(u.from, 1), lastDay(u.to, 12)];
    case "school-year":
      return u.year === undefined ? null : [firstDay(u.year, 9), lastDay(u.year + 1, 8)];
  }
}

/**
 * A period and a deadline word → one occurrence. «до» a date is that date; «до» a month or longer ends the
 * day before it starts («до декабря 2021» → 2021-11-30); «не позднее» and «до конца» end with the period.
 */
export function toOccurrence(start: string, end: string, isDay: boolean, mode: DeadlineMode): Occurrence {
  if (mode === "none") return { start, end };
  if (mode === "before" && !isDay) return { start: null, end: addDays(start, -1) };
  return { start: null, end };
}
