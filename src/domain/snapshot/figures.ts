/**
 * The school's computed figures, as the snapshot takes them: the one seam between «how a school counts»
 * and «what leaves the school». Everything here is picked from the monitoring report's model, never
 * recomputed: its indicators are computeIndicators' (each numerator, denominator and the target of the
 * target year, by the counting contract of docs/indicators.md), its participants and pairs are the
 * programme's figures (domain/figures) for the report's programme year, its roadmap is judged on the
 * report day, its satisfaction has its base and response rate. A new counting rule changes those
 * modules, not this one.
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
  /** Per form: counted mentors and mentees; pairs and groups of the year, and those live on the report day. */
  byForm: Array<{ form: string; mentors: number; mentees: number; activePairs: number; pairs: number }>;
  pairsByStatus: Array<{ status: string; count: number }>;
  roadmapByStatus: Array<{ status: string; count: number }>;
  overdue: Array<{ number: string; title: string; end: string | null }>;
  satisfaction: Array<{ role: "mentor" | "mentee"; participants: number; answered: number; satisfied: number }>;
}

/** The figures of a school from its report model. */
export function schoolFigures(report: ReportModel): SchoolFigures {
  const frame = report.header.frame;
  return {
    school: { name: report.header.organisation, municipality: report.header.municipality },
    reportDate: frame.day,
    academicYear: frame.label,
    targetYear: frame.targetYear,
    indicators: report.kpi
      .filter((k) => k.code !== null)
      .map((k) => ({
        code: k.code!,
        name: k.name,
        numerator: k.numerator,
        denominator: k.denominator,
        target: k.target,
      })),
    byForm: report.figures.byForm.map((f) => ({
      form: f.form,
      mentors: f.mentors,
      mentees: f.mentees,
      activePairs: f.live,
      pairs: f.pairs + f.groups,
    })),
    pairsByStatus: report.figures.pairsByStatus,
    roadmapByStatus: report.roadmap.byStatus,
    overdue: report.roadmap.overdue,
    satisfaction: report.satisfaction.map((s) => ({
      role: s.role,
      participants: s.participants,
      answered: s.answered,
      satisfied: s.satisfied,
    })),
  };
}
