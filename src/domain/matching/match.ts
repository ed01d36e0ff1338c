/**
 * Stage 5, pairing a cohort: kept pairs stay, the rest is matched by the exact optimiser, and every
 * mentee left over gets a Russian reason. Rows that failed validation are reported, never paired.
 */
import { PRIORITY_NEEDS } from "../workbook/defaults";
import { SHEETS } from "../workbook/sheets";
import {
  brokenRules,
  checkPair,
  isInactive,
  isKeptPair,
  pairAllowed,
  pairContext,
  ruleLabel,
  type PairContext,
} from "./compatibility";
import { hasLabel, sameLabel } from "./labelCache";
import { INPUT_MESSAGES, SCORE_REASONS, UNMATCHED_REASONS } from "./messages";
import { greedyDownTheSheet, optimiseAssignment, type AssignmentEdge, type AssignmentProblem } from "./optimise";
import { pairRoleModel } from "./roleModels";
import { indexPreferences, quickScore, scorePair, type PreferenceIndex } from "./score";
import { vettingShortfalls } from "./vetting";
import type {
  HardRule,
  MatchRefs,
  UnmatchedKind,
  MatchResult,
  MatchSettings,
  MatchStats,
  MatchingInput,
  Mentee,
  Mentor,
  NotAdmittedMentor,
  Problem,
  ProposedPair,
  UnmatchedMentee,
} from "./types";

export interface MatchOptions {
  onProgress?(done: number, total: number): void;
  /** «Справочники» role models, to suggest only variants the school keeps. */
  refs?: Pick<MatchRefs, "roleModels">;
  /** The day of the run (ISO), for how old a certificate of no criminal record is. */
  today?: string;
  /** Use the greedy baseline instead of the optimiser (for comparison only). */
  strategy?: "optimal" | "greedy";
}

export function isPriority(mentee: Mentee): boolean {
  return mentee.needs.some((n) => hasLabel(PRIORITY_NEEDS, n));
}

interface Pool {
  mentors: Mentor[];
  mentees: Mentee[];
  problem: AssignmentProblem;
  /** Per mentee: mentors the hard rules allow, places left or not. */
  compatible: number[];
}

/** The rules every pair of the run is checked with, before the pairs of «Пары» are counted. */
type RunContext = PairContext & Required<Pick<PairContext, "shortfalls">>;

function keptPairs(
  input: MatchingInput,
  base: RunContext,
  prefs: PreferenceIndex,
  problems: Problem[],
): { pairs: ProposedPair[]; taken: Set<string>; locked: number } {
  const { settings, refs } = base;
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  const mentees = new Map(input.mentees.map((m) => [m.id, m]));
  const sheet = SHEETS.pairs.name;
  const pairs: ProposedPair[] = [];
  const takenAt = new Map<string, number>();
  const context = { ...base, ended: new Map<string, string>() };
  let locked = 0;
  for (const pair of input.pairs) {
    if (!isKeptPair(pair)) continue;
    const row = pair.row ?? 0;
    const earlier = takenAt.get(pair.menteeId);
    if (earlier !== undefined) {
      problems.push({
        severity: "warning",
        sheet,
        row,
        message: INPUT_MESSAGES.menteeInTwoPairs(sheet, row, pair.menteeId, earlier),
      });
      continue;
    }
    takenAt.set(pair.menteeId, row);
    const mentor = mentors.get(pair.mentorId);
    const mentee = mentees.get(pair.menteeId);
    if (!mentor)
      problems.push({
        severity: "warning",
        sheet,
        row,
        message: INPUT_MESSAGES.pairUnknown(sheet, row, "mentorGen", pair.mentorId),
      });
    if (!mentee)
      problems.push({
        severity: "warning",
        sheet,
        row,
        message: INPUT_MESSAGES.pairUnknown(sheet, row, "menteeGen", pair.menteeId),
      });
    if (!mentor || !mentee) continue;
    const form = pair.form ?? mentee.form ?? mentor.forms[0] ?? "";
    const roleModel = pairRoleModel(mentee, form, refs, pair.roleModel)?.roleModel ?? null;
    const violations = checkPair(mentor, { ...mentee, form }, context, roleModel);
    if (violations.length) {
      problems.push({
        severity: "warning",
        sheet,
        row,
        message: INPUT_MESSAGES.keptPairBreaksRule(
          sheet,
          row,
          mentor.id,
          mentee.id,
          violations.map((v) => v.message),
        ),
      });
    }
    const scored = scorePair(mentor, mentee, form, settings, prefs, refs, pair.roleModel);
    if (pair.locked) locked++;
    const head = pair.locked ? SCORE_REASONS.locked() : SCORE_REASONS.kept(pair.status ?? "");
    pairs.push({
      mentorId: mentor.id,
      menteeId: mentee.id,
      form,
      score: scored.score,
      reasons: [head, ...scored.reasons],
      ...(scored.roleModel ? { roleModel: scored.roleModel } : {}),
      kept: true,
      priority: isPriority(mentee),
    });
  }
  return { pairs, taken: new Set(takenAt.keys()), locked };
}

/**
 * The allowed, scored pairs between the mentees still to match and the mentors with places left. Only
 * scores are computed here (the reasons are written for the pairs chosen), and the role model is
 * suggested once per mentee.
 */
function buildPool(
  mentors: Mentor[],
  mentees: Mentee[],
  remaining: Map<string, number>,
  context: RunContext,
  prefs: PreferenceIndex,
  progress: (done: number) => void,
): Pool {
  const { settings, refs } = context;
  const edges: AssignmentEdge[] = [];
  const capacities = mentors.map((m) => Math.max(0, remaining.get(m.id) ?? 0));
  const compatible = mentees.map(() => 0);
  mentees.forEach((mentee, i) => {
    const form = mentee.form;
    if (form !== undefined && mentee.consent) {
      const suggestion = pairRoleModel(mentee, form, refs);
      const roleModel = suggestion?.roleModel ?? null;
      mentors.forEach((mentor, j) => {
        // Cheap test first: most mentors do not take the mentee's form at all.
        if (!hasLabel(mentor.forms, form) || !pairAllowed(mentor, mentee, context, roleModel)) return;
        compatible[i]++;
        if (capacities[j] > 0)
          edges.push({ mentee: i, mentor: j, score: quickScore(mentor, mentee, form, settings, prefs, suggestion) });
      });
    }
    progress(i + 1);
  });
  return {
    mentors,
    mentees,
    compatible,
    problem: { menteeCount: mentees.length, capacities, priority: mentees.map(isPriority), edges },
  };
}

/** Why a mentee the optimiser left is unmatched, in the curator's words. `compatible`: mentors the rules allow. */
function explain(
  mentee: Mentee,
  mentors: Mentor[],
  compatible: number,
  context: RunContext,
): { kind: UnmatchedKind; reason: string; rule?: HardRule } {
  if (!mentee.consent) return { kind: "noConsent", reason: UNMATCHED_REASONS.noConsent() };
  const form = mentee.form;
  if (form === undefined) return { kind: "noForm", reason: UNMATCHED_REASONS.noForm() };
  if (compatible > 0) return { kind: "noCapacity", reason: UNMATCHED_REASONS.noCapacity(compatible) };
  const ofForm = mentors.filter((m) => hasLabel(m.forms, form));
  if (ofForm.length === 0) return { kind: "noMentorOfForm", reason: UNMATCHED_REASONS.noMentorOfForm(form) };
  const roleModel = pairRoleModel(mentee, form, context.refs)?.roleModel ?? null;
  const counts = new Map<HardRule, number>();
  for (const mentor of ofForm)
    brokenRules(mentor, mentee, context, roleModel).forEach((r) => counts.set(r, (counts.get(r) ?? 0) + 1));
  let worst: HardRule = "form";
  let most = -1;
  counts.forEach((n, rule) => {
    if (n > most) {
      most = n;
      worst = rule;
    }
  });
  return {
    kind: "noCompatible",
    rule: worst,
    reason: UNMATCHED_REASONS.noCompatible(form, ruleLabel(worst), most, ofForm.length),
  };
}

function formOf(form: string | undefined, byForm: MatchStats["byForm"]): MatchStats["byForm"][string] | undefined {
  if (form === undefined) return undefined;
  const key = Object.keys(byForm).find((k) => sameLabel(k, form)) ?? form;
  byForm[key] = byForm[key] ?? { mentees: 0, matched: 0, mentors: 0, places: 0 };
  return byForm[key];
}

/** A cohort once kept pairs are set aside: the assignment problem the optimiser solves, and what it came from. */
export interface CohortProblem extends Pool {
  kept: ProposedPair[];
  locked: number;
  /** Active mentees (kept pairs included). */
  active: Mentee[];
  context: RunContext;
  prefs: PreferenceIndex;
  problems: Problem[];
  notAdmitted: NotAdmittedMentor[];
}

/** Sets the kept pairs aside and builds the pool of allowed, scored pairs for the other mentees. */
export function cohortProblem(
  input: MatchingInput,
  settings: MatchSettings,
  options: Pick<MatchOptions, "refs" | "today"> & { onPool?: (done: number, total: number) => void } = {},
): CohortProblem {
  const problems: Problem[] = [...input.problems];
  const prefs = indexPreferences(input.preferences);
  const mentors = input.mentors.filter((m) => !isInactive(m.status));
  const shortfalls = new Map(input.mentors.map((m) => [m.id, vettingShortfalls(m, settings, options.today)]));
  const notAdmitted: NotAdmittedMentor[] = mentors
    .filter((m) => shortfalls.get(m.id)?.length)
    .map((m) => ({
      mentorId: m.id,
      reasons: (shortfalls.get(m.id) ?? []).map((l) => l.reason),
      ...(m.row !== undefined ? { row: m.row } : {}),
    }));
  const base: RunContext = {
    settings,
    shortfalls,
    ...(options.refs ? { refs: options.refs } : {}),
    ...(options.today ? { today: options.today } : {}),
  };
  const { pairs: kept, taken, locked } = keptPairs(input, base, prefs, problems);

  const context = pairContext(input, settings);
  const ended = context.ended ?? new Map<string, string>();
  const remaining = new Map<string, number>();
  for (const m of mentors) {
    const u = context.used?.get(m.id) ?? 0;
    if (u > m.capacity)
      problems.push({
        severity: "warning",
        sheet: SHEETS.mentors.name,
        row: m.row,
        message: INPUT_MESSAGES.mentorOverCapacity(m.id, u, m.capacity),
      });
    remaining.set(m.id, m.capacity - u);
  }
  const active = input.mentees.filter((m) => !isInactive(m.status));
  const toMatch = active.filter((m) => !taken.has(m.id));
  const run: RunContext = { ...base, ended };
  const pool = buildPool(mentors, toMatch, remaining, run, prefs, (done) => options.onPool?.(done, toMatch.length));
  return { ...pool, kept, locked, active, context: run, prefs, problems, notAdmitted };
}

export function matchCohort(input: MatchingInput, settings: MatchSettings, options: MatchOptions = {}): MatchResult {
  const report = options.onProgress;
  const cohort = cohortProblem(input, settings, {
    refs: options.refs,
    today: options.today,
    onPool: report ? (done, n) => report(done, 2 * n) : undefined,
  });
  const { kept, locked, active, context, prefs, problems, mentors, mentees: toMatch, notAdmitted } = cohort;
  const total = toMatch.length * 2;
  const assignment =
    options.strategy === "greedy"
      ? greedyDownTheSheet(cohort.problem)
      : optimiseAssignment(cohort.problem, report ? (done) => report(toMatch.length + done, total) : undefined);
  report?.(total, total);

  const proposed: ProposedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  toMatch.forEach((mentee, i) => {
    const j = assignment[i];
    if (j < 0) {
      const why = explain(mentee, mentors, cohort.compatible[i], context);
      unmatched.push({
        menteeId: mentee.id,
        ...why,
        ...(mentee.form !== undefined ? { form: mentee.form } : {}),
        ...(mentee.grade !== undefined ? { grade: mentee.grade } : {}),
        ...(mentee.row !== undefined ? { row: mentee.row } : {}),
      });
      return;
    }
    const s = scorePair(mentors[j], mentee, mentee.form as string, settings, prefs, options.refs);
    proposed.push({
      mentorId: mentors[j].id,
      menteeId: mentee.id,
      form: mentee.form as string,
      score: s.score,
      reasons: s.reasons,
      ...(s.roleModel ? { roleModel: s.roleModel } : {}),
      kept: false,
      priority: cohort.problem.priority[i],
    });
  });
  for (const row of input.invalidRows) {
    if (row.sheet === "mentees")
      unmatched.push({
        menteeId: row.id ?? `строка ${row.row}`,
        reason: UNMATCHED_REASONS.invalidRow(row.row),
        kind: "invalidRow",
        row: row.row,
      });
  }

  const pairs = [...kept, ...proposed];
  const byForm: MatchStats["byForm"] = {};
  const pairedIds = new Set(pairs.map((p) => p.menteeId));
  const pairFormOf = new Map(pairs.map((p) => [p.menteeId, p.form]));
  const activeIds = new Set(active.map((m) => m.id));
  for (const m of active) {
    const f = formOf(m.form ?? pairFormOf.get(m.id), byForm);
    if (!f) continue;
    f.mentees++;
    if (pairedIds.has(m.id)) f.matched++;
  }
  for (const m of mentors) {
    for (const form of m.forms) {
      const f = formOf(form, byForm) as MatchStats["byForm"][string];
      f.mentors++;
      f.places += m.capacity;
    }
  }
  const scores = pairs.map((p) => p.score);
  const invalidMentees = input.invalidRows.filter((r) => r.sheet === "mentees").length;
  const stats: MatchStats = {
    mentees: active.length + invalidMentees,
    matched: pairs.filter((p) => activeIds.has(p.menteeId)).length,
    priorityMentees: active.filter(isPriority).length,
    priorityMatched: pairs.filter((p) => p.priority).length,
    averageScore: scores.length ? Math.round((10 * scores.reduce((a, b) => a + b, 0)) / scores.length) / 10 : null,
    minScore: scores.length ? Math.min(...scores) : null,
    lockedKept: locked,
    existingKept: kept.length - locked,
    proposed: proposed.length,
    byForm,
    problems: problems.length,
  };
  return { pairs, unmatched, notAdmitted, stats, problems };
}
