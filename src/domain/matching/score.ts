/**
 * Soft score 0–100 of a compatible pair: five parts, each a fit 0–1, weighted by the settings and
 * normalised by the sum of the weights that apply (the gap part applies only to forms with a gap rule).
 * Scores are whole numbers so the optimiser's objective stays exact.
 */
import { hasLabel, sameLabel } from "./labelCache";
import { PRIORITY_NEEDS } from "../workbook/defaults";
import { SCORE_REASONS } from "./messages";
import { GAP_RULES, PREFERENCE_FIT, ROLE_MODEL_RULES, type GapRule, type RoleModelRule } from "./rules";
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

export interface RoleModelSuggestion {
  model: string;
  rule?: RoleModelRule;
  /** The need, request or experience that triggered the rule (for the reason text). */
  trigger?: { kind: "need" | "request" | "young"; value: string };
}

/** The role-model variant for a mentee in a form: the first rule their needs trigger, else the form's first variant. */
export function suggestRoleModel(
  mentee: Mentee,
  form: string,
  refs?: Pick<MatchRefs, "roleModels">,
): RoleModelSuggestion | undefined {
  const available = refs?.roleModels.filter((r) => same(r.form, form)).map((r) => r.model);
  for (const rule of ROLE_MODEL_RULES) {
    if (!same(rule.form, form)) continue;
    if (available && !has(available, rule.model)) continue;
    const need = rule.needs?.find((n) => has(mentee.needs, n));
    if (need) return { model: rule.model, rule, trigger: { kind: "need", value: need } };
    const request = rule.requests?.find((n) => has(mentee.requests, n));
    if (request) return { model: rule.model, rule, trigger: { kind: "request", value: request } };
    if (
      rule.maxExperience !== undefined &&
      mentee.experience !== undefined &&
      mentee.experience <= rule.maxExperience
    ) {
      return { model: rule.model, rule, trigger: { kind: "young", value: String(mentee.experience) } };
    }
  }
  const first = available?.[0] ?? ROLE_MODEL_RULES.find((r) => same(r.form, form))?.model;
  return first ? { model: first } : undefined;
}

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
  if (!gapRule) return { parts: { requests, subject, preference, roleModel }, byMentee, byMentor };
  const gapDiff = gapOf(gapRule, mentor, mentee);
  const gap = gapDiff === undefined ? 0 : (gapRule.bands.find((b) => gapDiff >= b.from && gapDiff <= b.to)?.fit ?? 0);
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
 * suggestRoleModel(mentee, form, refs), computed once per mentee by the caller.
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

/** Scores a pair the hard rules allow, with the reasons. `form` is the mentee's form. */
export function scorePair(
  mentor: Mentor,
  mentee: Mentee,
  form: string,
  settings: MatchSettings,
  preferences: PreferenceIndex = NO_PREFERENCES,
  refs?: Pick<MatchRefs, "roleModels">,
): ScoredPair & { parts: ScoreParts } {
  const suggestion = suggestRoleModel(mentee, form, refs);
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
    const privateNeed = t.kind === "need" && has(PRIORITY_NEEDS, t.value);
    reasons.push(
      privateNeed
        ? SCORE_REASONS.roleModelSpecialNeeds()
        : t.kind === "need"
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
