/**
 * The school's computed figures, as the snapshot takes them: the one seam between «how a school counts»
 * and «what leaves the school». Everything here is picked from results computed elsewhere, never
 * recomputed:
 * - the monitoring report's model (src/domain/report): participants and pairs by form, pairs and
 *   roadmap items by status, the overdue list, satisfaction with its base;
 * - the indicator computation: each indicator's numerator, denominator and target for the target year,
 *   however the school's workbook (or the CLI) computes them.
 * A new counting rule replaces the computation behind `IndicatorFigure`, not this module.
 */
import type { ReportModel } from "../report/model";

/** One indicator as the school computed it (the shape `cmn indicators` prints; extra fields ignored). */
export interface IndicatorFigure {
  code: string;
  name: string;
  numerator: number | null;
  denominator: number | null;
  /** A fraction (0.35 = 35 %), null when the target year has none. */
  target: number | null;
}

export interface SchoolFigures {
  school: { name: string; municipality: string };
  reportDate: string;
  academicYear: string;
  targetYear: number;
  indicators: IndicatorFigure[];
  byForm: Array<{ form: string; mentors: number; mentees: number; activePairs: number; pairs: number }>;
  pairsByStatus: Array<{ status: string; count: number }>;
  roadmapByStatus: Array<{ status: string; count: number }>;
  overdue: Array<{ number: string; title: string; end: string | null }>;
  satisfaction: Array<{ role: "mentor" | "mentee"; participants: number; answered: number; satisfied: number }>;
}

/** The figures of a school from its report model and its indicator computation. */
export function schoolFigures(
  report: ReportModel,
  indicators: readonly IndicatorFigure[],
  targetYear: number,
): SchoolFigures {
  return {
    school: { name: report.header.organisation, municipality: report.header.municipality },
    reportDate: report.header.today,
    academicYear: report.header.academicYear,
    targetYear,
    indicators: indicators.map((i) => ({
      code: i.code,
      name: i.name,
      numerator: i.numerator,
      denominator: i.denominator,
      target: i.target,
    })),
    byForm: report.byForm,
    pairsByStatus: report.pairsByStatus,
    roadmapByStatus: report.roadmapByStatus,
    overdue: report.overdue,
    satisfaction: report.satisfaction.map((s) => ({
      role: s.role,
      participants: s.participants,
      answered: s.answered,
      satisfied: s.satisfied,
    })),
  };
}
