/**
 * Hard rules no proposed pair may break. checkPair lists every rule a mentor–mentee pair breaks, with a
 * Russian reason: the optimiser uses it to decide which pairs exist, the UI to explain who is left and to
 * warn when the curator swaps a mentor by hand.
 *
 * Decisions: a custom form with no category rule checks the form only. Seniority and experience are the
 * pair's role model's (roleModels.ts, «Справочники»): a grade missing on either side fails a role model that
 * asks for seniority, and experience that cannot be compared fails one that asks for more. «More
 * experience» is more years in all or more years in this organisation, so a newcomer with long experience
 * elsewhere can be mentored by a colleague who knows the school; the school's minimum («Настройки») applies
 * only there. A mentor not vetted (vetting.ts) is never paired with a minor. The same person is the same
 * ID, or the same name and category (and the same grade when both have one) in both bases.
 */
import { hasLabel, sameLabel } from "./labelCache";
import { RULE_LABELS, VIOLATION_MESSAGES } from "./messages";
import { pairRoleModel } from "./roleModels";
import { needsVettedMentor, vettingShortfalls, type Shortfall } from "./vetting";
import {
  ENDED_PAIR_STATUSES,
  FORM_CATEGORY_RULES,
  GRADE_LEVELS,
  INACTIVE_PARTICIPANT_STATUSES,
  KEPT_PAIR_STATUSES,
} from "./rules";
import type { HardRule, MatchRefs, MatchSettings, MatchingInput, Mentee, Mentor, RoleModel, Violation } from "./types";

export interface PairContext {
  settings: MatchSettings;
  /** «Справочники» role models with their rules; default: the built-in list. */
  refs?: Pick<MatchRefs, "roleModels">;
  /** Pairs the curator ended: pairKey → status («расторгнута», «завершена»). */
  ended?: ReadonlyMap<string, string>;
  /** Places already taken per mentor ID by kept pairs. When given, a full mentor breaks the capacity rule. */
  used?: ReadonlyMap<string, number>;
  /** The day of the run (ISO), for how old a certificate of no criminal record is. */
  today?: string;
  /** Vetting shortfalls by mentor ID, computed once per run; computed per pair when absent. */
  shortfalls?: ReadonlyMap<string, readonly Shortfall[]>;
}

export function pairKey(mentorId: string, menteeId: string): string {
  return `${mentorId}\u0001${menteeId}`;
}

const same = sameLabel;
const isIn = (value: string | undefined, list: readonly string[]): boolean =>
  value !== undefined && hasLabel(list, value);

export function isInactive(status: string | undefined): boolean {
  return isIn(status, INACTIVE_PARTICIPANT_STATUSES);
}

/** A pair from «Пары» that stays: locked, or approved/active. */
export function isKeptPair(pair: { status?: string; locked: boolean }): boolean {
  return pair.locked || isIn(pair.status, KEPT_PAIR_STATUSES);
}

export function isEndedPair(pair: { status?: string }): boolean {
  return isIn(pair.status, ENDED_PAIR_STATUSES);
}

export function gradeLevel(grade: number): { level: number; label: string } | undefined {
  return GRADE_LEVELS.find((l) => grade >= l.from && grade <= l.to);
}

export function samePerson(mentor: Mentor, mentee: Mentee): boolean {
  if (mentor.id === mentee.id) return true;
  return (
    same(mentor.name, mentee.name) &&
    same(mentor.category, mentee.category) &&
    (mentor.grade === undefined || mentee.grade === undefined || mentor.grade === mentee.grade)
  );
}

const categoryRules = new Map<string, (typeof FORM_CATEGORY_RULES)[number] | null>();

function categoryRule(form: string) {
  let rule = categoryRules.get(form);
  if (rule === undefined) {
    rule = FORM_CATEGORY_RULES.find((r) => same(r.form, form)) ?? null;
    categoryRules.set(form, rule);
  }
  return rule ?? undefined;
}

/** The form's category rule passes for these two people (true for a custom form with no rule). */
export function categoriesFit(form: string, mentor: Mentor, mentee: Mentee): boolean {
  const rule = categoryRule(form);
  return !rule || (isIn(mentor.category, rule.mentor) && isIn(mentee.category, rule.mentee));
}

/**
 * Receives each broken rule in turn; the message is built only when asked for (the optimiser checks
 * hundreds of thousands of pairs and needs none). Returning true stops the check.
 */
type Report = (rule: HardRule, message: () => string) => boolean | void;

function checkSeniority(mentor: Mentor, mentee: Mentee, roleModel: RoleModel, report: Report): boolean | void {
  const rule = roleModel.seniority;
  if (rule === "none") return;
  const model = roleModel.model;
  if (mentor.grade === undefined || mentee.grade === undefined) {
    if (mentor.grade === undefined && report("grade", () => VIOLATION_MESSAGES.gradeMissing("mentorGen", model)))
      return true;
    if (mentee.grade === undefined) return report("grade", () => VIOLATION_MESSAGES.gradeMissing("menteeGen", model));
    return;
  }
  const a = mentor.grade;
  const b = mentee.grade;
  if (rule === "higherLevel") {
    const la = gradeLevel(a);
    const lb = gradeLevel(b);
    if (!la || !lb) return report("grade", () => VIOLATION_MESSAGES.gradeNotHigher(a, b, model));
    if (la.level === lb.level) return report("grade", () => VIOLATION_MESSAGES.levelNotHigher(a, b, la.label, model));
    if (la.level < lb.level) return report("grade", () => VIOLATION_MESSAGES.levelLower(a, b, model));
    return;
  }
  if (rule === "higher" && a <= b) return report("grade", () => VIOLATION_MESSAGES.gradeNotHigher(a, b, model));
  if (rule === "sameOrHigher" && a < b) return report("grade", () => VIOLATION_MESSAGES.gradeLower(a, b, model));
}

function checkExperience(
  mentor: Mentor,
  mentee: Mentee,
  roleModel: RoleModel,
  settings: MatchSettings,
  report: Report,
): boolean | void {
  if (roleModel.experience === "any") return;
  const model = roleModel.model;
  const mentorKnown = mentor.experience !== undefined || mentor.tenure !== undefined;
  const menteeKnown = mentee.experience !== undefined || mentee.tenure !== undefined;
  if (!mentorKnown || !menteeKnown) {
    if (!mentorKnown && report("experience", () => VIOLATION_MESSAGES.experienceMissing("mentorGen", model)))
      return true;
    if (!menteeKnown) return report("experience", () => VIOLATION_MESSAGES.experienceMissing("menteeGen", model));
    return;
  }
  const total = mentor.experience !== undefined && mentee.experience !== undefined;
  const tenure = mentor.tenure !== undefined && mentee.tenure !== undefined;
  if (!total && !tenure) return report("experience", () => VIOLATION_MESSAGES.experienceIncomparable(model));
  // Tenure is never more than experience in all, so either proves the minimum.
  const min = settings.minMentorExperience;
  const years = (mentor.experience ?? mentor.tenure) as number;
  if (min > 0 && years < min && report("experience", () => VIOLATION_MESSAGES.experienceBelowMin(years, min)))
    return true;
  const moreInAll = total && (mentor.experience as number) > (mentee.experience as number);
  const moreHere = tenure && (mentor.tenure as number) > (mentee.tenure as number);
  if (!moreInAll && !moreHere)
    return report("experience", () =>
      VIOLATION_MESSAGES.experienceNotMore(
        total ? [mentor.experience as number, mentee.experience as number] : undefined,
        tenure ? [mentor.tenure as number, mentee.tenure as number] : undefined,
        model,
      ),
    );
}

/**
 * The one place the hard rules are written: each broken rule goes to `report`, in the order shown.
 * `roleModel`: the pair's, when the caller knows it (null: none); undefined: the one suggested for the mentee.
 */
function evaluate(
  mentor: Mentor,
  mentee: Mentee,
  context: PairContext,
  roleModel: RoleModel | null | undefined,
  report: Report,
): void {
  if (
    isInactive(mentor.status) &&
    report("inactive", () => VIOLATION_MESSAGES.inactive("mentor", mentor.status as string))
  )
    return;
  if (
    isInactive(mentee.status) &&
    report("inactive", () => VIOLATION_MESSAGES.inactive("mentee", mentee.status as string))
  )
    return;
  if (!mentor.consent && report("consent", VIOLATION_MESSAGES.consentMentor)) return;
  if (!mentee.consent && report("consent", VIOLATION_MESSAGES.consentMentee)) return;
  if (samePerson(mentor, mentee) && report("samePerson", VIOLATION_MESSAGES.samePerson)) return;

  const form = mentee.form;
  if (form === undefined) {
    if (report("form", VIOLATION_MESSAGES.noForm)) return;
  } else {
    if (!isIn(form, mentor.forms) && report("form", () => VIOLATION_MESSAGES.formNotTaken(form, mentor.forms))) return;
    const rule = categoryRule(form);
    if (
      rule &&
      !isIn(mentor.category, rule.mentor) &&
      report("category", () => VIOLATION_MESSAGES.categoryMentor(form, rule.mentor, mentor.category))
    )
      return;
    if (
      rule &&
      !isIn(mentee.category, rule.mentee) &&
      report("category", () => VIOLATION_MESSAGES.categoryMentee(form, rule.mentee, mentee.category))
    )
      return;
    if (needsVettedMentor(mentee)) {
      const lacks = context.shortfalls?.get(mentor.id) ?? vettingShortfalls(mentor, context.settings, context.today);
      if (lacks.length && report("vetting", () => VIOLATION_MESSAGES.notAdmitted(lacks.map((l) => l.reason)))) return;
    }
    const model = roleModel === undefined ? pairRoleModel(mentee, form, context.refs)?.roleModel : roleModel;
    if (model && checkSeniority(mentor, mentee, model, report)) return;
    if (model && checkExperience(mentor, mentee, model, context.settings, report)) return;
  }

  const ended = context.ended?.size ? context.ended.get(pairKey(mentor.id, mentee.id)) : undefined;
  if (ended !== undefined && report("ended", () => VIOLATION_MESSAGES.ended(ended))) return;

  const used = context.used ? (context.used.get(mentor.id) ?? 0) : undefined;
  if (used !== undefined && used >= mentor.capacity)
    report("capacity", () => VIOLATION_MESSAGES.capacity(used, mentor.capacity));
}

/**
 * Every hard rule the pair breaks, with the curator's message; empty when the pair may be proposed.
 * `roleModel`: the pair's role model when known (null: none); by default the one suggested for the mentee.
 */
export function checkPair(
  mentor: Mentor,
  mentee: Mentee,
  context: PairContext,
  roleModel?: RoleModel | null,
): Violation[] {
  const out: Violation[] = [];
  evaluate(mentor, mentee, context, roleModel, (rule, message) => {
    out.push({ rule, message: message() });
  });
  return out;
}

/** checkPair without the messages: the rules broken, each once. */
export function brokenRules(
  mentor: Mentor,
  mentee: Mentee,
  context: PairContext,
  roleModel?: RoleModel | null,
): Set<HardRule> {
  const out = new Set<HardRule>();
  evaluate(mentor, mentee, context, roleModel, (rule) => {
    out.add(rule);
  });
  return out;
}

/** Whether the pair may be proposed: stops at the first broken rule. */
export function pairAllowed(
  mentor: Mentor,
  mentee: Mentee,
  context: PairContext,
  roleModel?: RoleModel | null,
): boolean {
  let allowed = true;
  evaluate(mentor, mentee, context, roleModel, () => {
    allowed = false;
    return true;
  });
  return allowed;
}

export function ruleLabel(rule: HardRule): string {
  return RULE_LABELS[rule];
}

export interface ContextOptions {
  /** Leave this pair out of the capacity count (the curator is replacing it by hand). */
  excludePair?: { mentorId: string; menteeId: string };
}

/** Builds the context from «Пары»: ended pairs, and places taken by kept pairs. */
export function pairContext(
  input: Pick<MatchingInput, "pairs">,
  settings: MatchSettings,
  options: ContextOptions = {},
): PairContext {
  const ended = new Map<string, string>();
  const used = new Map<string, number>();
  const skip = options.excludePair ? pairKey(options.excludePair.mentorId, options.excludePair.menteeId) : undefined;
  for (const pair of input.pairs) {
    const key = pairKey(pair.mentorId, pair.menteeId);
    if (isKeptPair(pair)) {
      if (key !== skip) used.set(pair.mentorId, (used.get(pair.mentorId) ?? 0) + 1);
    } else if (isEndedPair(pair)) {
      ended.set(key, pair.status as string);
    }
  }
  return { settings, ended, used };
}
