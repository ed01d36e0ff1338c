/**
 * «Подобрать пары» and the review of «Пары»: run matching (read every sheet once, validate, optimise,
 * write proposals once under the document lock), list proposals, approve, lock, re-score.
 *
 * A 2,000 × 500 cohort runs in one call well inside Apps Script's 6 minutes (see bench «matchingSheet»),
 * so the run is not cut into calls; instead it reports its phase and progress (at most every tenth) to
 * the user cache, and the sidebar polls `matchingProgress` while it waits. The run holds the document
 * lock from its first read to its write (see runMatching).
 */
import * as z from "zod";
import { averageMeaning, bandCounts, bandLabel } from "../../domain/matching/advice";
import { matchCohort } from "../../domain/matching/match";
import { REVIEW_MESSAGES } from "../../domain/matching/messages";
import { APPROVED_STATUS, groupUnmatched, isProposal, PROPOSED_STATUS } from "../../domain/matching/review";
import type { MatchResult, Problem, ProposedPair } from "../../domain/matching/types";
import { displayName } from "../../domain/participants/displayName";
import { NEEDS } from "../../domain/workbook/needs";
import { SHEETS } from "../../domain/workbook/sheets";
import type { ProblemDto } from "../check/problem";
import {
  pairRows,
  pairsUnchanged,
  patchPairRows,
  problemDto,
  readMatchingWorkbook,
  REASON_SEPARATOR,
  writeProposals,
  type MatchingWorkbook,
  type PairRowView,
} from "../../sheets/pairsSheet";
import { addPlanRows } from "../../sheets/pairPlansSheet";
import { recomputePairs } from "../../sheets/pairsReview";
import { followPairRows } from "../../sheets/lifecycleSheet";
import { LIFECYCLE_TEXT } from "../../domain/pairs/messages";
import { readSettings } from "../../sheets/settings";
import { requireNeeds } from "../../sheets/structureGuard";
import { readTable, zoneOf } from "../../sheets/table";
import { endpoint, NoInput } from "../endpoint";
import { UserFacingError } from "../../domain/common/errors";
import { withDocumentLock } from "../../sheets/lock";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

/** Document property: the highest pair number ever given, so IDs are never reused. */
const LAST_PAIR_NUMBER = "cmn.pairs.lastNumber";
const PROGRESS_KEY = (runId: string) => `cmn.match.progress.${runId}`;
const PROGRESS_SECONDS = 600;
/** Lists the sidebar gets are capped: «Пары» holds them all. */
const MAX_LISTED = 500;
const MAX_PER_GROUP = 200;
const MAX_PROBLEMS = 300;

export type MatchPhase = "read" | "match" | "write" | "done";

export interface ProposalDto {
  pairId: string;
  row: number;
  mentorId: string;
  menteeId: string;
  /** Name, or the code in pseudonymous mode. */
  mentor: string;
  mentee: string;
  form: string;
  roleModel: string;
  score: number | null;
  /** «хорошо», «средне», «слабо»; "" without a score. */
  band: string;
  reasons: string;
  status: string;
  locked: boolean;
}

export interface UnmatchedGroupDto {
  kind: string;
  label: string;
  /** What the curator can do about it. */
  fix: string;
  count: number;
  mentees: Array<{ id: string; name: string; row?: number; reason: string }>;
}

export interface MatchingSummaryDto {
  /** False when settings errors stopped the run (nothing written). */
  ran: boolean;
  written: boolean;
  message: string;
  pseudonymous: boolean;
  strategy: "optimal" | "greedy";
  stats: {
    mentees: number;
    matched: number;
    proposed: number;
    lockedKept: number;
    existingKept: number;
    averageScore: number | null;
    minScore: number | null;
    proposedAverage: number | null;
    proposedMin: number | null;
    priorityMentees: number;
    priorityMatched: number;
    byForm: Array<{ form: string; mentees: number; matched: number }>;
    /** Pairs in play by band of score. */
    bands: { good: number; fair: number; weak: number };
    /** The one average, its band and what 100 is made of. */
    averageMeaning: string;
  };
  proposals: ProposalDto[];
  proposalsTotal: number;
  unmatched: UnmatchedGroupDto[];
  unmatchedTotal: number;
  /** Mentors «не допущен» to work with minors, and why. */
  notAdmitted: Array<{ id: string; name: string; row?: number; reasons: string[] }>;
  notAdmittedTotal: number;
  problems: ProblemDto[];
  problemsTotal: number;
  ms: { read: number; match: number; write: number };
}

export interface PairsListDto {
  pseudonymous: boolean;
  proposals: ProposalDto[];
  proposalsTotal: number;
  byStatus: Record<string, number>;
}

function progressReporter(runId: string | undefined) {
  const cache = runId ? CacheService.getUserCache() : null;
  let lastTenth = -1;
  const put = (phase: MatchPhase, done: number, total: number) =>
    cache?.put(PROGRESS_KEY(runId as string), JSON.stringify({ phase, done, total }), PROGRESS_SECONDS);
  return {
    phase(phase: MatchPhase) {
      lastTenth = -1;
      put(phase, 0, 0);
    },
    step(done: number, total: number) {
      const tenth = total > 0 ? Math.floor((10 * done) / total) : 10;
      if (tenth <= lastTenth) return;
      lastTenth = tenth;
      put("match", done, total);
    },
  };
}

function mean(xs: readonly number[]): number | null {
  return xs.length ? Math.round((10 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10 : null;
}

function namer(wb: MatchingWorkbook) {
  const names = {
    mentor: new Map(wb.input.mentors.map((m) => [m.id, m.name])),
    mentee: new Map(wb.input.mentees.map((m) => [m.id, m.name])),
  };
  return (id: string, role: "mentor" | "mentee") =>
    displayName({ id, name: names[role].get(id) ?? id }, wb.pseudonymous);
}

function proposalDto(v: PairRowView, pseudonymous: boolean): ProposalDto {
  const show = (id: string, name: string) => (pseudonymous || !name ? id : name);
  return {
    pairId: v.pairId,
    row: v.row,
    mentorId: v.mentorId,
    menteeId: v.menteeId,
    mentor: show(v.mentorId, v.mentorName),
    mentee: show(v.menteeId, v.menteeName),
    form: v.form,
    roleModel: v.roleModel,
    score: v.score,
    band: bandLabel(v.score),
    reasons: v.reasons,
    status: v.status,
    locked: v.locked,
  };
}

function summarise(
  wb: MatchingWorkbook,
  result: MatchResult,
  strategy: "optimal" | "greedy",
  proposals: ProposalDto[],
  problems: Problem[],
  written: boolean,
  ms: MatchingSummaryDto["ms"],
): MatchingSummaryDto {
  const name = namer(wb);
  const invalidNames = new Map(
    wb.input.invalidRows.filter((r) => r.sheet === "mentees").map((r) => [r.row, r.name ?? r.id ?? ""]),
  );
  const groups = groupUnmatched(result.unmatched, result.stats.byForm).map((g) => ({
    kind: g.kind,
    label: g.label,
    fix: g.fix,
    count: g.mentees.length,
    mentees: g.mentees.slice(0, MAX_PER_GROUP).map((u) => ({
      id: u.menteeId,
      name:
        u.kind === "invalidRow"
          ? wb.pseudonymous
            ? u.menteeId
            : invalidNames.get(u.row ?? 0) || u.menteeId
          : name(u.menteeId, "mentee"),
      ...(u.row !== undefined ? { row: u.row } : {}),
      reason: u.reason,
    })),
  }));
  const fresh = result.pairs.filter((p) => !p.kept).map((p) => p.score);
  const s = result.stats;
  return {
    ran: true,
    written,
    message:
      s.mentees === 0 ? REVIEW_MESSAGES.nothingToMatch : REVIEW_MESSAGES.matched(s.matched, s.mentees, s.proposed),
    pseudonymous: wb.pseudonymous,
    strategy,
    stats: {
      mentees: s.mentees,
      matched: s.matched,
      proposed: s.proposed,
      lockedKept: s.lockedKept,
      existingKept: s.existingKept,
      averageScore: s.averageScore,
      minScore: s.minScore,
      proposedAverage: mean(fresh),
      proposedMin: fresh.length ? Math.min(...fresh) : null,
      priorityMentees: s.priorityMentees,
      priorityMatched: s.priorityMatched,
      byForm: Object.entries(s.byForm).map(([form, v]) => ({ form, mentees: v.mentees, matched: v.matched })),
      bands: bandCounts(result.pairs.map((p) => p.score)),
      averageMeaning: averageMeaning(s.averageScore, wb.settings.weights),
    },
    proposals: proposals.slice(0, MAX_LISTED),
    proposalsTotal: proposals.length,
    unmatched: groups,
    unmatchedTotal: result.unmatched.length,
    notAdmitted: result.notAdmitted.slice(0, MAX_LISTED).map((m) => ({
      id: m.mentorId,
      name: name(m.mentorId, "mentor"),
      ...(m.row !== undefined ? { row: m.row } : {}),
      reasons: m.reasons,
    })),
    notAdmittedTotal: result.notAdmitted.length,
    problems: problems.slice(0, MAX_PROBLEMS).map((p) => problemDto(p, wb)),
    problemsTotal: problems.length,
    ms,
  };
}

/** How many times a run reads and optimises again when a person edited «Пары» meanwhile. */
const RUN_ATTEMPTS = 2;

/**
 * The whole run, under the document lock from the first read to the write, so no other script (a form
 * answer, another curator's command, the edit trigger) changes the sheets in between: read once,
 * validate, match, write «Пары» once. The lock holds scripts back, not people: «Пары» is read again just
 * before the write, and if a person edited it meanwhile the run starts over (once); if it changed again,
 * nothing is written and the curator is asked to run it again. Exported for the bench.
 */
export function runMatching(input: {
  runId?: string;
  strategy?: "optimal" | "greedy";
  write?: boolean;
}): MatchingSummaryDto {
  const progress = progressReporter(input.runId);
  return withDocumentLock(() => {
    for (let attempt = 1; attempt <= RUN_ATTEMPTS; attempt++) {
      const summary = runOnce(input, progress);
      if (summary) return summary;
    }
    progress.phase("done");
    throw new UserFacingError(REVIEW_MESSAGES.pairsChangedDuringRun);
  });
}

/** One read–match–write; null when «Пары» changed since it was read (nothing written then). */
function runOnce(
  input: { strategy?: "optimal" | "greedy"; write?: boolean },
  progress: ReturnType<typeof progressReporter>,
): MatchingSummaryDto | null {
  const strategy = input.strategy ?? "optimal";
  const t0 = Date.now();
  progress.phase("read");
  const ss = active();
  const wb = readMatchingWorkbook(ss);
  if (wb.missingSheets.length) throw new UserFacingError(REVIEW_MESSAGES.sheetMissing(wb.missingSheets[0]));
  const t1 = Date.now();
  if (wb.settingsProblems.length) {
    progress.phase("done");
    const empty: MatchResult = {
      pairs: [],
      unmatched: [],
      notAdmitted: [],
      problems: [],
      stats: {
        mentees: 0,
        matched: 0,
        priorityMentees: 0,
        priorityMatched: 0,
        averageScore: null,
        minScore: null,
        lockedKept: 0,
        existingKept: 0,
        proposed: 0,
        byForm: {},
        problems: 0,
      },
    };
    return {
      ...summarise(wb, empty, strategy, [], [...wb.settingsProblems, ...wb.input.problems], false, {
        read: t1 - t0,
        match: 0,
        write: 0,
      }),
      ran: false,
      message: REVIEW_MESSAGES.settingsBlocked,
    };
  }
  progress.phase("match");
  const result = matchCohort(wb.input, wb.settings, {
    refs: wb.refs,
    today: wb.today,
    strategy,
    onProgress: (done, total) => progress.step(done, total),
  });
  const t2 = Date.now();

  const fresh: ProposedPair[] = result.pairs.filter((p) => !p.kept);
  let proposals: ProposalDto[];
  const write = input.write !== false;
  const name = namer(wb);
  if (write) {
    progress.phase("write");
    const table = wb.pairs as NonNullable<MatchingWorkbook["pairs"]>;
    if (!pairsUnchanged(table)) return null;
    const props = PropertiesService.getDocumentProperties();
    const last = Number(props.getProperty(LAST_PAIR_NUMBER) ?? 0) || 0;
    const out = writeProposals(table, fresh, name, last);
    if (out.lastNumber > last) props.setProperty(LAST_PAIR_NUMBER, String(out.lastNumber));
    proposals = out.proposals.map((w) => proposalOf(w.pair, name, w.pairId, w.row));
  } else {
    proposals = fresh.map((p) => proposalOf(p, name, "", 0));
  }
  const t3 = Date.now();
  progress.phase("done");
  return summarise(wb, result, strategy, proposals, result.problems, write, {
    read: t1 - t0,
    match: t2 - t1,
    write: t3 - t2,
  });
}

function proposalOf(p: ProposedPair, name: ReturnType<typeof namer>, pairId: string, row: number): ProposalDto {
  return {
    pairId,
    row,
    mentorId: p.mentorId,
    menteeId: p.menteeId,
    mentor: name(p.mentorId, "mentor"),
    mentee: name(p.menteeId, "mentee"),
    form: p.form,
    roleModel: p.roleModel ?? "",
    score: p.score,
    band: bandLabel(p.score),
    reasons: p.reasons.join(REASON_SEPARATOR),
    status: PROPOSED_STATUS,
    locked: false,
  };
}

function pairsTable() {
  const sheet = active().getSheetByName(SHEETS.pairs.name);
  if (!sheet) throw new UserFacingError(REVIEW_MESSAGES.sheetMissing(SHEETS.pairs.name));
  const table = readTable(sheet, SHEETS.pairs, { zone: zoneOf(active()), withFormulas: true });
  requireNeeds(table, NEEDS.pairs);
  return table;
}

function listOf(views: readonly PairRowView[], pseudonymous: boolean): PairsListDto {
  const byStatus: Record<string, number> = {};
  for (const v of views) byStatus[v.status || "—"] = (byStatus[v.status || "—"] ?? 0) + 1;
  const proposals = views.filter((v) => isProposal(v)).map((v) => proposalDto(v, pseudonymous));
  return { pseudonymous, proposals: proposals.slice(0, MAX_LISTED), proposalsTotal: proposals.length, byStatus };
}

const PairIds = z.array(z.string().min(1).max(40)).max(20000);
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const MATCHING_ENDPOINTS = {
  runMatching: endpoint(
    "runMatching",
    z
      .object({
        runId: z
          .string()
          .regex(/^[\w-]{1,40}$/)
          .optional(),
        strategy: z.enum(["optimal", "greedy"]).optional(),
        write: z.boolean().optional(),
      })
      .strict(),
    (input): MatchingSummaryDto => runMatching(input),
  ),

  /** Where a run with this ID is: polled by the sidebar while runMatching works. */
  matchingProgress: endpoint(
    "matchingProgress",
    z.object({ runId: z.string().regex(/^[\w-]{1,40}$/) }).strict(),
    ({ runId }) => {
      const value = CacheService.getUserCache()?.get(PROGRESS_KEY(runId));
      if (!value) return null;
      const parsed = z
        .object({ phase: z.enum(["read", "match", "write", "done"]), done: z.number(), total: z.number() })
        .safeParse(JSON.parse(value));
      return parsed.success ? parsed.data : null;
    },
  ),

  listPairs: endpoint("listPairs", NoInput, (): PairsListDto => {
    const ss = active();
    const pseudonymous = readSettings(ss).pseudonymous;
    return listOf(pairRows(pairsTable()), pseudonymous);
  }),

  /** Proposals → «утверждена» with a start date: all of them, or those named. */
  approvePairs: endpoint(
    "approvePairs",
    z.object({ pairIds: PairIds.optional(), startDate: IsoDay.optional() }).strict(),
    ({ pairIds, startDate }) =>
      withDocumentLock(() => {
        const table = pairsTable();
        const views = pairRows(table);
        const wanted = pairIds ? new Set(pairIds) : null;
        const targets = views.filter((v) => isProposal(v) && (!wanted || wanted.has(v.pairId)));
        if (wanted) {
          const found = new Set(targets.map((v) => v.pairId));
          const missing = [...wanted].filter((id) => !found.has(id));
          if (missing.length) throw new UserFacingError(REVIEW_MESSAGES.unknownPairIds(missing.slice(0, 10)));
        }
        // The day as typed, or today in the spreadsheet's zone (the codec writes it as that day).
        const start = startDate ?? table.zone.today();
        const patches = new Map(
          targets.map((v) => [v.row, { status: APPROVED_STATUS, start } as Record<string, unknown>]),
        );
        const approved = patchPairRows(table, patches);
        // Both people of each approved pair become «активен» (domain/pairs/lifecycle.ts).
        const people = followPairRows(active(), table, new Set(patches.keys()), start).length;
        const plans = addPlanRows(
          active(),
          targets.map((v) => v.pairId),
          table.zone,
        );
        return {
          approved,
          plans,
          people,
          message: REVIEW_MESSAGES.approved(approved, plans) + LIFECYCLE_TEXT.approvedPeople(people),
        };
      }),
  ),

  /** Ticks (or clears) «Закреплено» of the pairs named: locked pairs stay when matching is run again. */
  lockPairs: endpoint(
    "lockPairs",
    z.object({ pairIds: PairIds.min(1), locked: z.boolean() }).strict(),
    ({ pairIds, locked }) =>
      withDocumentLock(() => {
        const table = pairsTable();
        const wanted = new Set(pairIds);
        const targets = pairRows(table).filter((v) => wanted.has(v.pairId));
        const found = new Set(targets.map((v) => v.pairId));
        const missing = [...wanted].filter((id) => !found.has(id));
        if (missing.length) throw new UserFacingError(REVIEW_MESSAGES.unknownPairIds(missing.slice(0, 10)));
        const changed = patchPairRows(
          table,
          new Map(targets.map((v) => [v.row, { locked } as Record<string, unknown>])),
        );
        return { changed, message: REVIEW_MESSAGES.locked(changed, locked) };
      }),
  ),

  /** «Пересчитать пары»: names, scores, reasons and rule warnings of every live pair (after edits by paste). */
  recomputePairs: endpoint("recomputePairs", NoInput, () =>
    withDocumentLock(() => {
      const result = recomputePairs(active());
      if (result.missingSheets.length) throw new UserFacingError(REVIEW_MESSAGES.sheetMissing(result.missingSheets[0]));
      return {
        recomputed: result.written,
        problems: result.problems.slice(0, MAX_PROBLEMS),
        problemsTotal: result.problems.length,
        message: REVIEW_MESSAGES.recomputed(result.written, result.problems.length),
      };
    }),
  ),
};
