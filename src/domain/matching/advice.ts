/**
 * What helps the curator decide: each score's band («хорошо / средне / слабо»), one average with what it
 * means, and for every group of mentees left without a pair, the fix.
 *
 * Decisions: the bands are cut at 60 and 40 of 100. With the default weights 60 is a mentor whose
 * competencies cover all the mentee's requests, in the right role model and grade or experience gap — a
 * pair a curator would pick by hand; below 40 the mentee's requests are mostly not covered and nothing else
 * makes up for it. The average is that of every pair in play (kept and proposed), the figure the summary
 * shows once. A shortage of places is turned into mentors at the average capacity of the form's mentors,
 * rounded up, and named with the grades of the mentees who wait (grouped by level of school, so «для 7–9
 * классов» is not lost among grades 2 to 11).
 */
import { ADVICE } from "./messages";
import { GRADE_LEVELS } from "./rules";
import type { HardRule, MatchStats, MatchWeights, UnmatchedKind, UnmatchedMentee } from "./types";

export type ScoreBand = "good" | "fair" | "weak";

/** From the highest: the first band whose lower bound the score reaches. */
export const SCORE_BANDS: ReadonlyArray<{ band: ScoreBand; from: number }> = [
  { band: "good", from: 60 },
  { band: "fair", from: 40 },
  { band: "weak", from: 0 },
];

export function scoreBand(score: number): ScoreBand {
  return (SCORE_BANDS.find((b) => score >= b.from) ?? SCORE_BANDS[SCORE_BANDS.length - 1]).band;
}

/** «хорошо», «средне», «слабо»; "" when there is no score. */
export function bandLabel(score: number | null | undefined): string {
  return score === null || score === undefined ? "" : ADVICE.bands[scoreBand(score)];
}

export function bandCounts(scores: readonly number[]): Record<ScoreBand, number> {
  const out: Record<ScoreBand, number> = { good: 0, fair: 0, weak: 0 };
  for (const s of scores) out[scoreBand(s)]++;
  return out;
}

/** The average, its band, and what 100 is made of with these weights. */
export function averageMeaning(average: number | null, weights: MatchWeights): string {
  const total = weights.requests + weights.subject + weights.preference + weights.roleModel + weights.gap;
  const share = (w: number) => (total > 0 ? Math.round((100 * w) / total) : 0);
  const parts = {
    requests: share(weights.requests),
    subject: share(weights.subject),
    preference: share(weights.preference),
    roleModel: share(weights.roleModel),
    gap: share(weights.gap),
  };
  const bands = SCORE_BANDS.map((b) => b.from);
  return average === null
    ? ADVICE.scale(parts, bands)
    : `${ADVICE.average(average, bandLabel(average))} ${ADVICE.scale(parts, bands)}`;
}

/** Level of school of a grade (0 for none), to group the mentees who wait. */
export function levelOf(grade: number | undefined): number {
  if (grade === undefined) return 0;
  return GRADE_LEVELS.find((l) => grade >= l.from && grade <= l.to)?.level ?? 0;
}

function gradeSpan(mentees: readonly UnmatchedMentee[]): string {
  const grades = mentees.map((m) => m.grade).filter((g): g is number => g !== undefined);
  if (!grades.length) return "";
  return ADVICE.grades(Math.min(...grades), Math.max(...grades));
}

function formStats(byForm: MatchStats["byForm"] | undefined, form: string) {
  return byForm?.[form];
}

const RULE_FIX: Partial<Record<HardRule, (form: string, grades: string) => string>> = {
  vetting: (form) => ADVICE.fixVetting(form),
  grade: (_form, grades) => ADVICE.fixGrade(grades),
  experience: () => ADVICE.fixExperience(),
  category: (form) => ADVICE.fixCategory(form),
  consent: () => ADVICE.fixMentorConsent(),
  ended: (form) => ADVICE.fixEnded(form),
};

/** The fix for a group of mentees left for one reason (and one form and level where those matter). */
export function unmatchedFix(
  kind: UnmatchedKind,
  mentees: readonly UnmatchedMentee[],
  byForm?: MatchStats["byForm"],
): string {
  const form = mentees[0]?.form ?? "";
  const grades = gradeSpan(mentees);
  switch (kind) {
    case "noCapacity": {
      const stats = formStats(byForm, form);
      const perMentor = stats && stats.mentors > 0 ? Math.max(1, stats.places / stats.mentors) : 1;
      return ADVICE.fixCapacity(Math.ceil(mentees.length / perMentor), mentees.length, form, grades);
    }
    case "noMentorOfForm":
      return ADVICE.fixNoMentor(form, grades, mentees.length);
    case "noCompatible": {
      const rule = mentees[0]?.rule;
      return (rule && RULE_FIX[rule]?.(form, grades)) || ADVICE.fixNoMentor(form, grades, mentees.length);
    }
    case "noConsent":
      return ADVICE.fixConsent();
    case "noForm":
      return ADVICE.fixForm();
    case "invalidRow":
      return ADVICE.fixRows();
  }
}
