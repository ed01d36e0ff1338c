/**
 * The curator's review of «Пары», pure: re-scoring pairs after a hand swap or a paste (with the hard
 * rules checked against every other live pair, proposals included), and grouping the mentees left over
 * for the sidebar.
 *
 * Decisions: a live pair is a proposal, a kept pair (approved, active, locked); ended pairs are history and
 * never re-scored. A mentor's capacity counts every other live pair, proposals too, so swapping a second
 * proposal onto a mentor with one place left is a warning. The score of a pair that breaks a rule is still
 * shown (it is the soft fit); the reasons start with the warning.
 */
import { levelOf, unmatchedFix } from "./advice";
import { checkPair, isEndedPair, isKeptPair, pairKey, type PairContext } from "./compatibility";
import { sameLabel } from "./labelCache";
import { isPriority } from "./match";
import { REVIEW_MESSAGES, SCORE_REASONS, UNMATCHED_GROUPS } from "./messages";
import { pairRoleModel } from "./roleModels";
import { indexPreferences, scorePair } from "./score";
import type { MatchRefs, MatchSettings, MatchStats, MatchingInput, UnmatchedKind, UnmatchedMentee } from "./types";

export const PROPOSED_STATUS = "предложена";
export const APPROVED_STATUS = "утверждена";

export function isProposal(pair: { status?: string }): boolean {
  return pair.status !== undefined && sameLabel(pair.status, PROPOSED_STATUS);
}

/** In play: proposed, approved, active or locked (not ended, not a blank draft). */
export function isLivePair(pair: { status?: string; locked: boolean }): boolean {
  return isKeptPair(pair) || isProposal(pair);
}

export interface RescoredPair {
  row: number;
  mentorId: string;
  menteeId: string;
  /** Both people found among the valid rows of the bases. */
  known: boolean;
  mentorName?: string;
  menteeName?: string;
  score?: number;
  roleModel?: string;
  /** Shown in «Обоснование»: the warning first when a rule breaks. */
  reasons: string[];
  /** Hard rules the pair breaks (and an unknown ID), for the curator. */
  violations: string[];
  priority: boolean;
}

export interface RescoreOptions {
  refs?: Pick<MatchRefs, "roleModels">;
  /** The day (ISO), for how old a certificate of no criminal record is. */
  today?: string;
  /** Only these sheet rows (a hand swap); default every live pair. */
  rows?: ReadonlySet<number>;
}

/** Re-scores live pairs of «Пары» (input.pairs) against the bases as they are now. */
export function rescorePairs(
  input: MatchingInput,
  settings: MatchSettings,
  options: RescoreOptions = {},
): RescoredPair[] {
  const mentors = new Map(input.mentors.map((m) => [m.id, m]));
  const mentees = new Map(input.mentees.map((m) => [m.id, m]));
  const prefs = indexPreferences(input.preferences);

  const ended = new Map<string, string>();
  const liveByMentor = new Map<string, number>();
  const liveRowsByMentee = new Map<string, number[]>();
  for (const pair of input.pairs) {
    if (isEndedPair(pair)) ended.set(pairKey(pair.mentorId, pair.menteeId), pair.status as string);
    if (!isLivePair(pair)) continue;
    liveByMentor.set(pair.mentorId, (liveByMentor.get(pair.mentorId) ?? 0) + 1);
    liveRowsByMentee.set(pair.menteeId, [...(liveRowsByMentee.get(pair.menteeId) ?? []), pair.row ?? 0]);
  }

  const out: RescoredPair[] = [];
  for (const pair of input.pairs) {
    const row = pair.row ?? 0;
    if (!isLivePair(pair) || (options.rows && !options.rows.has(row))) continue;
    const mentor = mentors.get(pair.mentorId);
    const mentee = mentees.get(pair.menteeId);
    const base = { row, mentorId: pair.mentorId, menteeId: pair.menteeId };
    if (!mentor || !mentee) {
      const reasons = [
        ...(mentor ? [] : [REVIEW_MESSAGES.unknownPerson("mentorGen", pair.mentorId)]),
        ...(mentee ? [] : [REVIEW_MESSAGES.unknownPerson("menteeGen", pair.menteeId)]),
      ];
      out.push({
        ...base,
        known: false,
        ...(mentor ? { mentorName: mentor.name } : {}),
        ...(mentee ? { menteeName: mentee.name } : {}),
        reasons,
        violations: reasons,
        priority: false,
      });
      continue;
    }
    const form = pair.form ?? mentee.form ?? mentor.forms[0] ?? "";
    // Capacity: every other live pair of this mentor takes a place.
    const used = new Map([[mentor.id, (liveByMentor.get(mentor.id) ?? 0) - 1]]);
    const context: PairContext = {
      settings,
      ended,
      used,
      ...(options.refs ? { refs: options.refs } : {}),
      ...(options.today ? { today: options.today } : {}),
    };
    const roleModel = pairRoleModel(mentee, form, options.refs, pair.roleModel)?.roleModel ?? null;
    const violations = checkPair(mentor, { ...mentee, form }, context, roleModel).map((v) => v.message);
    const others = (liveRowsByMentee.get(mentee.id) ?? []).filter((r) => r !== row);
    if (others.length) violations.push(REVIEW_MESSAGES.menteeInTwoPairs(mentee.id, others));

    const scored = scorePair(mentor, mentee, form, settings, prefs, options.refs, pair.roleModel);
    const head = pair.locked
      ? [SCORE_REASONS.locked()]
      : isKeptPair(pair)
        ? [SCORE_REASONS.kept(pair.status ?? "")]
        : [];
    out.push({
      ...base,
      known: true,
      mentorName: mentor.name,
      menteeName: mentee.name,
      score: scored.score,
      ...(scored.roleModel ? { roleModel: scored.roleModel } : {}),
      reasons: [...(violations.length ? [REVIEW_MESSAGES.brokenRules(violations)] : []), ...head, ...scored.reasons],
      violations,
      priority: isPriority(mentee),
    });
  }
  return out;
}

export interface UnmatchedGroup {
  kind: UnmatchedKind;
  /** Russian heading. */
  label: string;
  /** What the curator can do about it (advice.ts). */
  fix: string;
  mentees: UnmatchedMentee[];
}

const GROUP_ORDER: readonly UnmatchedKind[] = [
  "noMentorOfForm",
  "noCapacity",
  "noCompatible",
  "noForm",
  "noConsent",
  "invalidRow",
];

/**
 * Mentees left over, grouped by why — and by form and level of school where that is the point — each group
 * with its fix; the largest groups first within a kind. `byForm` (the run's stats) sizes a shortage in mentors.
 */
export function groupUnmatched(unmatched: readonly UnmatchedMentee[], byForm?: MatchStats["byForm"]): UnmatchedGroup[] {
  const groups = new Map<string, Omit<UnmatchedGroup, "fix">>();
  for (const u of unmatched) {
    const byFormKind = u.kind === "noMentorOfForm" || u.kind === "noCapacity" || u.kind === "noCompatible";
    const form = u.form ?? "";
    const key = byFormKind ? [u.kind, form, levelOf(u.grade), u.rule ?? ""].join("\u0001") : u.kind;
    let group = groups.get(key);
    if (!group) {
      const label = byFormKind
        ? UNMATCHED_GROUPS[u.kind as "noMentorOfForm"](form)
        : UNMATCHED_GROUPS[u.kind as "noForm"]();
      group = { kind: u.kind, label, mentees: [] };
      groups.set(key, group);
    }
    group.mentees.push(u);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, fix: unmatchedFix(g.kind, g.mentees, byForm) }))
    .sort((a, b) => GROUP_ORDER.indexOf(a.kind) - GROUP_ORDER.indexOf(b.kind) || b.mentees.length - a.mentees.length);
}
