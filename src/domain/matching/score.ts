/**
 * Soft score 0–100 of a compatible pair: five parts, each a fit 0–1, weighted by the settings and
 * normalised by the sum of the weights that apply (the gap part applies only to forms with a gap rule).
 * Scores are whole numbers so the optimiser's objective stays exact.
 *
 * Decisions: the gap follows the role model — where it takes a mentor from the same grade, the same grade
 * fits fully; where it asks nothing of experience (a younger innovator), the experience gap is left out.
 */
import { hasLabel, sameLabel } from "./labelCache";
import { SCORE_REASONS } from "./messages";
import { pairRoleModel, type RoleModelSuggestion } from "./roleModels";
import { GAP_RULES, PREFERENCE_FIT, type GapRule } from "./rules";
import type { MatchRefs, MatchSettings, Mentee, Mentor, Preference, ScoredPair } from "./types";

const same = sameLabel;
const has = hasLabel;

/** Who chose whom in the preference questionnaire: role → participant ID → chosen IDs. */
export interface PreferenceIndex {
  mentor: ReadonlyMap<string, ReadonlySet<string>>;
  mentee: ReadonlyMap<string, ReadonlySet<string>>;
}

export function indexPreferences(preferences: readonly Preference[]): PreferenceIndex {
  const mentor = new Map<string, Set<string>>();
  const mentee = new Map<string, Set<string>>();
  for (const p of preferences) {
    const target = p.role === "mentor" ? mentor : mentee;
    const set = target.get(p.participantId) ?? new Set<string>();
    p.choices.forEach((c) => set.add(c));
    target.set(p.participantId, set);
  }
  return { mentor, mentee };
}

export const NO_PREFERENCES: PreferenceIndex = { mentor: new Map(), mentee: new Map() };

function gapOf(rule: GapRule, mentor: Mentor, mentee: Mentee): number | undefined {
  const a = mentor[rule.measure];
  const b = mentee[rule.measure];
  return a === undefined || b === undefined ? undefined : a - b;
}

export interface ScoreParts {
  requests: number;
  subject: number;
  preference: number;
  roleModel: number;
  /** undefined: the form has no gap rule, the part is left out of the score. */
  gap?: number;
}

/** What the parts were measured from, for the reasons. */
interface Measured {
  parts: ScoreParts;
  byMentee: boolean;
  byMentor: boolean;
  gapRule?: GapRule;
  gapDiff?: number;
}

function measure(
  mentor: Mentor,
  mentee: Mentee,
  form: string,
  preferences: PreferenceIndex,
  suggestion: RoleModelSuggestion | undefined,
): Measured {
  let covered = 0;
  for (const r of mentee.requests) if (has(mentor.competencies, r)) covered++;
  const requests = mentee.requests.length ? covered / mentee.requests.length : 0;
  const subject = mentor.subject && mentee.subject && same(mentor.subject, mentee.subject) ? 1 : 0;
  const byMentee = preferences.mentee.get(mentee.id)?.has(mentor.id) ?? false;
  const byMentor = preferences.mentor.get(mentor.id)?.has(mentee.id) ?? false;
  const preference = byMentee && byMentor ? PREFERENCE_FIT.mutual : byMentee || byMentor ? PREFERENCE_FIT.oneSided : 0;
  const rule = suggestion?.rule;
  const roleModel =
    rule !== undefined && (!rule.mentorTags || rule.mentorTags.some((t) => has(mentor.competencies, t))) ? 1 : 0;
  const gapRule = GAP_RULES.find((r) => same(r.form, form));
  const model = suggestion?.roleModel;
  if (!gapRule || (gapRule.measure === "experience" && model?.experience === "any"))
    return { parts: { requests, subject, preference, roleModel }, byMentee, byMentor };
  const gapDiff = gapOf(gapRule, mentor, mentee);
  const gap =
    gapDiff === undefined
      ? 0
      : gapDiff === 0 && gapRule.measure === "grade" && model?.seniority === "sameOrHigher"
        ? 1
        : (gapRule.bands.find((b) => gapDiff >= b.from && gapDiff <= b.to)?.fit ?? 0);
  return { parts: { requests, subject, preference, roleModel, gap }, byMentee, byMentor, gapRule, gapDiff };
}

/** The weighted mean of the parts that apply, as a whole number 0–100. */
function weigh(parts: ScoreParts, w: MatchSettings["weights"]): number {
  const gap = parts.gap;
  const total = w.requests + w.subject + w.preference + w.roleModel + (gap === undefined ? 0 : w.gap);
  const sum =
    w.requests * parts.requests +
    w.subject * parts.subject +
    w.preference * parts.preference +
    w.roleModel * parts.roleModel +
    (gap === undefined ? 0 : w.gap * gap);
  return total > 0 ? Math.round((100 * sum) / total) : 0;
}

/**
 * The score alone, for the optimiser's many candidate pairs: no reasons are written. `suggestion` is
 * pairRoleModel(mentee, form, refs), computed once per mentee by the caller.
 */
export function quickScore(
  mentor: Mentor,
  mentee: Mentee,
  form: string,
  settings: MatchSettings,
  preferences: PreferenceIndex,
  suggestion: RoleModelSuggestion | undefined,
): number {
  return weigh(measure(mentor, mentee, form, preferences, suggestion).parts, settings.weights);
}

/**
 * Scores a pair the hard rules allow, with the reasons. `form` is the pair's form; `stated` the role model
 * written in «Пары», if any.
 */
export function scorePair(
  mentor: Mentor,
  mentee: Mentee,
  form: string,
  settings: MatchSettings,
  preferences: PreferenceIndex = NO_PREFERENCES,
  refs?: Pick<MatchRefs, "roleModels">,
  stated?: string,
): ScoredPair & { parts: ScoreParts } {
  const suggestion = pairRoleModel(mentee, form, refs, stated);
  const m = measure(mentor, mentee, form, preferences, suggestion);
  const reasons: string[] = [];

  const covered = mentee.requests.filter((r) => has(mentor.competencies, r));
  if (covered.length) reasons.push(SCORE_REASONS.requests(covered));
  if (m.parts.subject) reasons.push(SCORE_REASONS.subject(mentee.subject as string));
  if (m.byMentee && m.byMentor) reasons.push(SCORE_REASONS.mutual());
  else if (m.byMentee) reasons.push(SCORE_REASONS.chosenByMentee());
  else if (m.byMentor) reasons.push(SCORE_REASONS.chosenByMentor());

  if (m.parts.roleModel && suggestion?.trigger) {
    const t = suggestion.trigger;
    reasons.push(
      t.kind === "need"
        ? SCORE_REASONS.roleModelNeed(t.value)
        : t.kind === "request"
          ? SCORE_REASONS.roleModelRequest(t.value)
          : SCORE_REASONS.roleModelYoung(Number(t.value)),
    );
  }

  const d = m.gapDiff;
  if (m.gapRule && d !== undefined && d > 0) {
    reasons.push(
      m.gapRule.measure === "grade"
        ? SCORE_REASONS.gradeGap(d)
        : m.gapRule.measure === "experience"
          ? SCORE_REASONS.experienceGap(d)
          : SCORE_REASONS.ageGap(d),
    );
  }

  return {
    score: weigh(m.parts, settings.weights),
    reasons,
    parts: m.parts,
    ...(suggestion ? { roleModel: suggestion.model } : {}),
  };
}
