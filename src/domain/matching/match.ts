/**
 * Stage 5, pairing a cohort: kept pairs stay, the rest is matched by the exact optimiser, and every
 * mentee left over gets a Russian reason. Rows that failed validation are reported, never paired.
 */
import { PRIORITY_NEEDS } from "../workbook/defaults";
import { SHEETS } from "../workbook/sheets";
import { checkPair, isInactive, isKeptPair, pairContext, ruleLabel } from "./compatibility";
import { hasLabel, sameLabel } from "./labelCache";
import { INPUT_MESSAGES, SCORE_REASONS, UNMATCHED_REASONS } from "./messages";
import { greedyDownTheSheet, optimiseAssignment, type AssignmentEdge, type AssignmentProblem } from "./optimise";
import { indexPreferences, scorePair, type PreferenceIndex } from "./score";
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
  Problem,
  ProposedPair,
  UnmatchedMentee,
} from "./types";

export interface MatchOptions {
  onProgress?(done: number, total: number): void;
  /** «Справочники» role models, to suggest only variants the school keeps. */
  refs?: Pick<MatchRefs, "roleModels">;
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
  /** Score details per edge, same order as problem.edges. */
  scored: Array<ReturnType<typeof scorePair>>;
}

function keptPairs(
  input: MatchingInput,
  settings: MatchSettings,
  prefs: PreferenceIndex,
  refs: MatchOptions["refs"],
  problems: Problem[],
): { pairs: ProposedPair[]; taken: Set<string>; locked: number } {
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  const mentees = new Map(input.mentees.map((m) => [m.id, m]));
  const sheet = SHEETS.pairs.name;
  const pairs: ProposedPair[] = [];
  const takenAt = new Map<string, number>();
  const context = { settings, ended: new Map<string, string>() };
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
    const violations = checkPair(mentor, { ...mentee, form }, context);
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
    const scored = scorePair(mentor, mentee, form, settings, prefs, refs);
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

/** The allowed, scored pairs between the mentees still to match and the mentors with places left. */
function buildPool(
  mentors: Mentor[],
  mentees: Mentee[],
  remaining: Map<string, number>,
  settings: MatchSettings,
  ended: ReadonlyMap<string, string>,
  prefs: PreferenceIndex,
  refs: MatchOptions["refs"],
  progress: (done: number) => void,
): Pool {
  const context = { settings, ended };
  const edges: AssignmentEdge[] = [];
  const scored: Pool["scored"] = [];
  mentees.forEach((mentee, i) => {
    const form = mentee.form;
    if (form !== undefined && mentee.consent) {
      mentors.forEach((mentor, j) => {
        // Cheap test first: most mentors do not take the mentee's form at all.
        if (!hasLabel(mentor.forms, form)) return;
        if (checkPair(mentor, mentee, context).length > 0) return;
        const s = scorePair(mentor, mentee, form, settings, prefs, refs);
        edges.push({ mentee: i, mentor: j, score: s.score });
        scored.push(s);
      });
    }
    progress(i + 1);
  });
  return {
    mentors,
    mentees,
    scored,
    problem: {
      menteeCount: mentees.length,
      capacities: mentors.map((m) => Math.max(0, remaining.get(m.id) ?? 0)),
      priority: mentees.map(isPriority),
      edges,
    },
  };
}

/** Why a mentee the optimiser left is unmatched, in the curator's words. */
function explain(
  mentee: Mentee,
  mentors: Mentor[],
  hasEdge: boolean,
  settings: MatchSettings,
  ended: ReadonlyMap<string, string>,
): { kind: UnmatchedKind; reason: string } {
  if (!mentee.consent) return { kind: "noConsent", reason: UNMATCHED_REASONS.noConsent() };
  const form = mentee.form;
  if (form === undefined) return { kind: "noForm", reason: UNMATCHED_REASONS.noForm() };
  const ofForm = mentors.filter((m) => hasLabel(m.forms, form));
  if (ofForm.length === 0) return { kind: "noMentorOfForm", reason: UNMATCHED_REASONS.noMentorOfForm(form) };
  const context = { settings, ended };
  const counts = new Map<HardRule, number>();
  let compatible = 0;
  for (const mentor of ofForm) {
    const rules = new Set(checkPair(mentor, mentee, context).map((v) => v.rule));
    if (rules.size === 0) compatible++;
    rules.forEach((r) => counts.set(r, (counts.get(r) ?? 0) + 1));
  }
  if (compatible > 0 || hasEdge) return { kind: "noCapacity", reason: UNMATCHED_REASONS.noCapacity(compatible) };
  let worst: HardRule = "form";
  let most = -1;
  counts.forEach((n, rule) => {
    if (n > most) {
      most = n;
      worst = rule;
    }
  });
  return { kind: "noCompatible", reason: UNMATCHED_REASONS.noCompatible(form, ruleLabel(worst), most, ofForm.length) };
}

function formOf(form: string | undefined, byForm: MatchStats["byForm"]): MatchStats["byForm"][string] | undefined {
  if (form === undefined) return undefined;
  const key = Object.keys(byForm).find((k) => sameLabel(k, form)) ?? form;
  byForm[key] = byForm[key] ?? { mentees: 0, matched: 0 };
  return byForm[key];
}

export function matchCohort(input: MatchingInput, settings: MatchSettings, options: MatchOptions = {}): MatchResult {
  const problems: Problem[] = [...input.problems];
  const prefs = indexPreferences(input.preferences);
  const { pairs: kept, taken, locked } = keptPairs(input, settings, prefs, options.refs, problems);

  const { ended, used } = pairContext(input, settings);
  const mentors = input.mentors.filter((m) => !isInactive(m.status));
  const remaining = new Map<string, number>();
  for (const m of mentors) {
    const u = used?.get(m.id) ?? 0;
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

  const total = toMatch.length * 2;
  const report = options.onProgress;
  const pool = buildPool(mentors, toMatch, remaining, settings, ended ?? new Map(), prefs, options.refs, (done) =>
    report?.(done, total),
  );
  const assignment =
    options.strategy === "greedy"
      ? greedyDownTheSheet(pool.problem)
      : optimiseAssignment(pool.problem, report ? (done) => report(toMatch.length + done, total) : undefined);
  report?.(total, total);

  const edgeAt = new Map<number, number>();
  pool.problem.edges.forEach((e, k) => edgeAt.set(e.mentee * mentors.length + e.mentor, k));
  const hasEdge = new Set(pool.problem.edges.map((e) => e.mentee));

  const proposed: ProposedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  toMatch.forEach((mentee, i) => {
    const j = assignment[i];
    if (j < 0) {
      const why = explain(mentee, mentors, hasEdge.has(i), settings, ended ?? new Map());
      unmatched.push({
        menteeId: mentee.id,
        ...why,
        ...(mentee.form !== undefined ? { form: mentee.form } : {}),
        ...(mentee.row !== undefined ? { row: mentee.row } : {}),
      });
      return;
    }
    const s = pool.scored[edgeAt.get(i * mentors.length + j) as number];
    proposed.push({
      mentorId: mentors[j].id,
      menteeId: mentee.id,
      form: mentee.form as string,
      score: s.score,
      reasons: s.reasons,
      ...(s.roleModel ? { roleModel: s.roleModel } : {}),
      kept: false,
      priority: pool.problem.priority[i],
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
  const activeIds = new Set(active.map((m) => m.id));
  for (const m of active) {
    const f = formOf(m.form ?? pairs.find((p) => p.menteeId === m.id)?.form, byForm);
    if (!f) continue;
    f.mentees++;
    if (pairedIds.has(m.id)) f.matched++;
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
  return { pairs, unmatched, stats, problems };
}
