/**
 * The snapshot of a school's figures: a straight copy of aggregates into the documented format, plus the
 * day it was taken and the add-on's version. Counts that are not whole non-negative numbers (a typed
 * «12,5», an error) become null rather than a wrong count; the snapshot schema then holds.
 */
import { asFraction } from "../indicators/status";
import type { SchoolFigures } from "./figures";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type Snapshot } from "./schema";
import { ADDON_VERSION } from "./version";

const count = (n: number | null): number | null => (n !== null && Number.isInteger(n) && n >= 0 ? n : null);
/** Targets as fractions; a target typed in percent points (35) is read as CMN_STATUS reads it. */
const fraction = (n: number | null): number | null =>
  n !== null && Number.isFinite(n) && n >= 0 ? Math.min(1, Math.round(asFraction(n) * 1e6) / 1e6) : null;
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1e4) / 1e4 : null);

export function buildSnapshot(figures: SchoolFigures, meta: { takenAt: string; addonVersion?: string }): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    addonVersion: meta.addonVersion ?? ADDON_VERSION,
    school: { name: figures.school.name.trim(), municipality: figures.school.municipality.trim() },
    reportDate: figures.reportDate,
    academicYear: figures.academicYear,
    targetYear: figures.targetYear,
    takenAt: meta.takenAt,
    indicators: figures.indicators
      .filter((i) => i.code.trim() !== "")
      .map((i) => {
        const numerator = count(i.numerator);
        const denominator = count(i.denominator);
        const consistent = numerator === null || denominator === null || numerator <= denominator;
        return {
          code: i.code.trim(),
          name: i.name,
          numerator: consistent ? numerator : null,
          denominator: consistent ? denominator : null,
          target: fraction(i.target),
        };
      }),
    participants: figures.byForm.map((f) => ({ form: f.form, mentors: f.mentors, mentees: f.mentees })),
    pairs: {
      byForm: figures.byForm.map((f) => ({ form: f.form, total: f.pairs, active: f.activePairs })),
      byStatus: figures.pairsByStatus.map((s) => ({ status: s.status, count: s.count })),
    },
    roadmap: {
      byStatus: figures.roadmapByStatus.map((s) => ({ status: s.status, count: s.count })),
      overdue: figures.overdue.map((o) => ({ number: o.number, title: o.title, end: o.end })),
    },
    satisfaction: figures.satisfaction.map((s) => ({
      role: s.role,
      satisfied: s.satisfied,
      answered: s.answered,
      participants: s.participants,
      responseRate: rate(s.answered, s.participants),
    })),
  };
}
