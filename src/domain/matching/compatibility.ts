/**
 * Hard rules no proposed pair may break. checkPair lists every rule a mentor–mentee pair breaks, with a
 * Russian reason: the optimiser uses it to decide which pairs exist, the UI to explain who is left and to
 * warn when the curator swaps a mentor by hand.
 *
 * Decisions: a custom form with no category rule checks the form only; «ученик – ученик» with a grade
 * missing on either side fails (seniority cannot be checked), as does «учитель – учитель» with experience
 * missing; the same person is the same ID, or the same name and category (and the same grade when both
 * have one) in both bases.
 */
import { hasLabel, sameLabel } from "./labelCache";
import { RULE_LABELS, VIOLATION_MESSAGES } from "./messages";
import {
  ENDED_PAIR_STATUSES,
  FORM_CATEGORY_RULES,
  GRADE_LEVELS,
  INACTIVE_PARTICIPANT_STATUSES,
  KEPT_PAIR_STATUSES,
  PUPIL_FORM,
  TEACHER_FORM,
} from "./rules";
import type { HardRule, MatchSettings, MatchingInput, Mentee, Mentor, Violation } from "./types";

export interface PairContext {
  settings: MatchSettings;
  /** Pairs the curator ended: pairKey → status («расторгнута», «завершена»). */
  ended?: ReadonlyMap<string, string>;
  /** Places already taken per mentor ID by kept pairs. When given, a full mentor breaks the capacity rule. */
  used?: ReadonlyMap<string, number>;
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

function categoryRule(form: string) {
  return FORM_CATEGORY_RULES.find((r) => same(r.form, form));
}

/** The form's category rule passes for these two people (true for a custom form with no rule). */
export function categoriesFit(form: string, mentor: Mentor, mentee: Mentee): boolean {
  const rule = categoryRule(form);
  return !rule || (isIn(mentor.category, rule.mentor) && isIn(mentee.category, rule.mentee));
}

function gradeViolations(mentor: Mentor, mentee: Mentee, settings: MatchSettings): string[] {
  if (mentor.grade === undefined || mentee.grade === undefined) {
    const out: string[] = [];
    if (mentor.grade === undefined) out.push(VIOLATION_MESSAGES.gradeMissing("mentorGen"));
    if (mentee.grade === undefined) out.push(VIOLATION_MESSAGES.gradeMissing("menteeGen"));
    return out;
  }
  if (settings.gradeRule === "ступень") {
    const a = gradeLevel(mentor.grade);
    const b = gradeLevel(mentee.grade);
    if (!a || !b) return [VIOLATION_MESSAGES.gradeNotHigher(mentor.grade, mentee.grade)];
    if (a.level === b.level) return [VIOLATION_MESSAGES.levelNotHigher(mentor.grade, mentee.grade, a.label)];
    if (a.level < b.level) return [VIOLATION_MESSAGES.levelLower(mentor.grade, mentee.grade)];
    return [];
  }
  return mentor.grade > mentee.grade ? [] : [VIOLATION_MESSAGES.gradeNotHigher(mentor.grade, mentee.grade)];
}

function experienceViolations(mentor: Mentor, mentee: Mentee, settings: MatchSettings): string[] {
  const out: string[] = [];
  if (mentor.experience === undefined) out.push(VIOLATION_MESSAGES.experienceMissing("mentorGen"));
  if (mentee.experience === undefined) out.push(VIOLATION_MESSAGES.experienceMissing("menteeGen"));
  if (out.length) return out;
  const a = mentor.experience as number;
  const b = mentee.experience as number;
  if (a < settings.minMentorExperience)
    out.push(VIOLATION_MESSAGES.experienceBelowMin(a, settings.minMentorExperience));
  if (a <= b) out.push(VIOLATION_MESSAGES.experienceNotMore(a, b));
  return out;
}

/** Every hard rule the pair breaks; empty when the pair may be proposed. */
export function checkPair(mentor: Mentor, mentee: Mentee, context: PairContext): Violation[] {
  const out: Violation[] = [];
  const add = (rule: HardRule, messages: readonly string[]) =>
    messages.forEach((message) => out.push({ rule, message }));

  if (isInactive(mentor.status)) add("inactive", [VIOLATION_MESSAGES.inactive("mentor", mentor.status as string)]);
  if (isInactive(mentee.status)) add("inactive", [VIOLATION_MESSAGES.inactive("mentee", mentee.status as string)]);
  if (!mentor.consent) add("consent", [VIOLATION_MESSAGES.consentMentor()]);
  if (!mentee.consent) add("consent", [VIOLATION_MESSAGES.consentMentee()]);
  if (samePerson(mentor, mentee)) add("samePerson", [VIOLATION_MESSAGES.samePerson()]);

  const form = mentee.form;
  if (form === undefined) {
    add("form", [VIOLATION_MESSAGES.noForm()]);
  } else {
    if (!isIn(form, mentor.forms)) add("form", [VIOLATION_MESSAGES.formNotTaken(form, mentor.forms)]);
    const rule = categoryRule(form);
    if (rule && !isIn(mentor.category, rule.mentor))
      add("category", [VIOLATION_MESSAGES.categoryMentor(form, rule.mentor, mentor.category)]);
    if (rule && !isIn(mentee.category, rule.mentee))
      add("category", [VIOLATION_MESSAGES.categoryMentee(form, rule.mentee, mentee.category)]);
    if (same(form, PUPIL_FORM)) add("grade", gradeViolations(mentor, mentee, context.settings));
    if (same(form, TEACHER_FORM)) add("experience", experienceViolations(mentor, mentee, context.settings));
  }

  const ended = context.ended?.get(pairKey(mentor.id, mentee.id));
  if (ended !== undefined) add("ended", [VIOLATION_MESSAGES.ended(ended)]);

  const used = context.used ? (context.used.get(mentor.id) ?? 0) : undefined;
  if (used !== undefined && used >= mentor.capacity)
    add("capacity", [VIOLATION_MESSAGES.capacity(used, mentor.capacity)]);
  return out;
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
