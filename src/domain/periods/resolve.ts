/**
 * Filling in the years a text leaves out. A year written once applies to every item before it
 * («Январь, апрель 2023»); the two ends of a range complete each other («Февраль-май 2022», «с 1 по 15
 * сентября»); what is still missing comes from the context (document year or school year).
 */
import type { Piece, Unit } from "./grammar";
import type { PeriodContext } from "./types";
import { startMonth, startOrder, withYear, yearOf } from "./units";

type Dated = Extract<Piece, { type: "single" | "range" }>;

function firstYear(p: Dated): number | undefined {
  return p.type === "single" ? yearOf(p.unit) : (yearOf(p.from) ?? yearOf(p.to));
}

function firstMonth(p: Dated): number | undefined {
  const u = p.type === "single" ? p.unit : p.from;
  return u.unit === "day" ? u.month : u.unit === "month" ? u.month : undefined;
}

export function lacksYear(p: Dated): boolean {
  return p.type === "single"
    ? yearOf(p.unit) === undefined
    : yearOf(p.from) === undefined || yearOf(p.to) === undefined;
}

function withMonth(u: Unit, month: number): Unit {
  return u.unit === "day" && u.month === undefined ? { ...u, month } : u;
}

/** The ends of a range borrow from each other; a range running backwards crosses New Year. */
export function completeRange(p: Dated): Dated {
  if (p.type !== "range") return p;
  let { from, to } = p;
  if (to.unit === "day" && to.month !== undefined) from = withMonth(from, to.month);
  const fy = yearOf(from);
  const ty = yearOf(to);
  if (fy === undefined && ty !== undefined) from = withYear(from, startOrder(from) > startOrder(to) ? ty - 1 : ty);
  if (ty === undefined && fy !== undefined) to = withYear(to, startOrder(to) < startOrder(from) ? fy + 1 : fy);
  return { ...p, from, to };
}

/** Give a piece with no year the calendar year `year` (the latest end gets it, a backward start the one before). */
export function setCalendarYear(p: Dated, year: number): Dated {
  if (p.type === "single") return { ...p, unit: withYear(p.unit, year) };
  if (yearOf(p.to) === undefined) return completeRange({ ...p, to: withYear(p.to, year) });
  return completeRange(p);
}

/** A unit placed in a school year: September–December in the first year, January–August in the second. */
function inSchoolYear(u: Unit, [first, second]: [number, number]): Unit {
  if (u.unit === "school-year") return u.year === undefined ? { ...u, year: first } : u;
  if (u.unit === "half" && u.year === undefined) return { ...u, school: true, year: u.half === 1 ? first : second };
  return withYear(u, startMonth(u) >= 9 ? first : second);
}

export function setSchoolYear(p: Dated, academicYear: [number, number]): Dated {
  if (p.type === "single") return { ...p, unit: inSchoolYear(p.unit, academicYear) };
  return completeRange({ ...p, from: inSchoolYear(p.from, academicYear), to: inSchoolYear(p.to, academicYear) });
}

/** Years and bare days flow backwards through a list, then forwards to whatever trails the last year. */
export function propagate(pieces: Dated[]): Dated[] {
  const out = pieces.map(completeRange);
  let year: number | undefined;
  let month: number | undefined;
  for (let k = out.length - 1; k >= 0; k--) {
    let p = out[k];
    if (month !== undefined && p.type === "single") p = { ...p, unit: withMonth(p.unit, month) };
    if (year !== undefined && lacksYear(p)) p = setCalendarYear(p, year);
    out[k] = p;
    year = firstYear(p) ?? year;
    month = firstMonth(p) ?? month;
  }
  year = undefined;
  for (let k = 0; k < out.length; k++) {
    if (year !== undefined && lacksYear(out[k])) out[k] = setCalendarYear(out[k], year);
    year = firstYear(out[k]) ?? year;
  }
  return out;
}

/**
 * What is still missing comes from the document: its school year, else its year. `doubtful` when a
 * calendar year had to be split («сентябрь-май» in a 2022 document: which winter is meant?).
 */
export function fromContext(p: Dated, context: PeriodContext): { piece: Dated; doubtful: boolean } | null {
  if (!lacksYear(p)) return { piece: p, doubtful: false };
  if (context.academicYear) return { piece: setSchoolYear(p, context.academicYear), doubtful: false };
  const u = p.type === "single" ? p.unit : p.from;
  if (context.year === undefined || u.unit === "school-year") return null;
  const piece = setCalendarYear(p, context.year);
  const doubtful =
    piece.type === "range" &&
    yearOf(piece.from) !== yearOf(piece.to) &&
    p.type === "range" &&
    yearOf(p.from) === undefined;
  return { piece, doubtful };
}
