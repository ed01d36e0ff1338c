/**
 * The district roll-up: schools' snapshots → per-school lines and district totals. Pure.
 *
 * - A district share is Σ numerators / Σ denominators over the counted schools, never a mean of the
 *   schools' shares (a school of 900 pupils weighs more than one of 90).
 * - Counted schools: those with a valid snapshot whose report date is in the period. Others are listed
 *   in `missing` with the reason. A school's indicator without counts (null) is left out of that
 *   indicator's total only; `schools` says how many schools each total covers.
 * - Two snapshots of the same school (by name, ignoring case, quotes and spacing) keep the later report
 *   date (then the later day taken); the other is listed as a repeat.
 * - The district target is the municipality's own (from «Цели района» or a targets file); status is
 *   CMN_STATUS's rule (domain/indicators/status.ts) on the district fact.
 * - Indicators are listed in catalogue order, then the schools' own codes in order of appearance.
 */
import { labelKey } from "../common/normalise";
import { DEFAULT_INDICATORS } from "../indicators/catalogue";
import { STATUS_LABELS } from "../indicators/messages";
import { statusOf } from "../indicators/status";
import type { Snapshot } from "../snapshot/schema";
import { MUNICIPAL_TEXT, SHORT_INDICATOR_LABELS } from "./messages";
import { ruDate } from "./period";
import type { SchoolState } from "./states";

export interface RollupEntry {
  /** The school as the coordinator lists it (or the snapshot's own name for a file). */
  name: string;
  /** Where the snapshot came from: a workbook link or a file name. */
  source: string;
  snapshot: Snapshot | null;
  /** The last attempt's failure, if it failed. */
  failure?: { state: SchoolState; reason: string } | null;
}

export interface RollupOptions {
  /** Snapshots dated before this day do not count (null: every date counts). */
  periodStart: string | null;
  /** The municipality's target per indicator code, as a fraction; absent or null: no target. */
  targets?: Readonly<Record<string, number | null>>;
  /** The municipality's wording per indicator code («Цели района»), for an indicator no snapshot names. */
  names?: Readonly<Record<string, string>>;
}

export interface IndicatorTotal {
  code: string;
  name: string;
  /** Σ over the schools with counts; null when no school had them. */
  numerator: number | null;
  denominator: number | null;
  /** Σ numerators / Σ denominators; null when no school had a denominator. */
  fact: number | null;
  target: number | null;
  status: string;
  /** Schools whose counts are in the total. */
  schools: number;
}

export interface SchoolIndicator {
  code: string;
  numerator: number | null;
  denominator: number | null;
  fact: number | null;
  target: number | null;
  below: boolean;
  achieved: boolean;
}

export interface SchoolLine {
  name: string;
  source: string;
  state: SchoolState;
  reason: string;
  counted: boolean;
  reportDate: string | null;
  takenAt: string | null;
  indicators: SchoolIndicator[];
  roadmap: { done: number; overdue: number; total: number };
  pairs: { total: number; active: number };
  satisfaction: Record<"mentor" | "mentee", { satisfied: number; answered: number; participants: number }>;
  /** Indicators at or above the school's own target, of those with a target and counts. */
  achieved: number;
  withTarget: number;
}

export interface Rollup {
  schools: SchoolLine[];
  indicators: IndicatorTotal[];
  missing: Array<{ school: string; source: string; reason: string }>;
  totals: {
    participants: Array<{ form: string; mentors: number; mentees: number }>;
    pairsByForm: Array<{ form: string; total: number; active: number }>;
    pairsByStatus: Array<{ status: string; count: number }>;
    roadmapByStatus: Array<{ status: string; count: number }>;
    satisfaction: Array<{ role: "mentor" | "mentee"; satisfied: number; answered: number; participants: number }>;
  };
}

const DONE = "выполнено";
const OVERDUE = "просрочено";

export const shareOf = (numerator: number | null, denominator: number | null): number | null =>
  numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;

export function statusLabel(fact: number | null, target: number | null): string {
  if (fact === null) return MUNICIPAL_TEXT.noData;
  return STATUS_LABELS[statusOf(fact, target)];
}

export function indicatorLabel(code: string, name: string): string {
  return (
    SHORT_INDICATOR_LABELS[code] ??
    (name.length > 60 ? `${name.slice(0, 57)}…` : name || MUNICIPAL_TEXT.unnamedIndicator)
  );
}

/** A school's identity across «Школы», the store and files: its name, ignoring case, quotes and spacing. */
export const schoolKey = (name: string): string => labelKey(name).replace(/№\s+/g, "№");

function later(a: Snapshot, b: Snapshot): boolean {
  return a.reportDate !== b.reportDate ? a.reportDate > b.reportDate : a.takenAt > b.takenAt;
}

/** Add `count` to the entry of `key` in an ordered tally. */
function tally<T extends Record<string, unknown>>(
  list: T[],
  match: (t: T) => boolean,
  make: () => T,
  add: (t: T) => void,
) {
  let found = list.find(match);
  if (!found) {
    found = make();
    list.push(found);
  }
  add(found);
}

/** One school's line: its state (failure, stale, received, not reported) and figures. */
export function schoolLine(entry: RollupEntry, periodStart: string | null): SchoolLine {
  const s = entry.snapshot;
  const stale = s !== null && periodStart !== null && s.reportDate < periodStart;
  const state: SchoolState = entry.failure
    ? entry.failure.state
    : s === null
      ? "notReported"
      : stale
        ? "stale"
        : "received";
  const reason = entry.failure
    ? entry.failure.reason
    : s === null
      ? MUNICIPAL_TEXT.notReportedReason
      : stale
        ? MUNICIPAL_TEXT.staleReason(ruDate(s.reportDate))
        : "";
  const indicators: SchoolIndicator[] = (s?.indicators ?? []).map((i) => {
    const fact = shareOf(i.numerator, i.denominator);
    const status = fact === null ? null : statusOf(fact, i.target);
    return {
      code: i.code,
      numerator: i.numerator,
      denominator: i.denominator,
      fact,
      target: i.target,
      below: status === "close" || status === "notAchieved",
      achieved: status === "achieved",
    };
  });
  const byStatus = (status: string) => s?.roadmap.byStatus.find((r) => r.status === status)?.count ?? 0;
  const sat = (role: "mentor" | "mentee") => {
    const x = s?.satisfaction.find((r) => r.role === role);
    return { satisfied: x?.satisfied ?? 0, answered: x?.answered ?? 0, participants: x?.participants ?? 0 };
  };
  return {
    name: entry.name,
    source: entry.source,
    state,
    reason,
    counted: s !== null && !stale,
    reportDate: s?.reportDate ?? null,
    takenAt: s?.takenAt ?? null,
    indicators,
    roadmap: {
      done: byStatus(DONE),
      overdue: byStatus(OVERDUE),
      total: (s?.roadmap.byStatus ?? []).reduce((n, r) => n + r.count, 0),
    },
    pairs: {
      total: (s?.pairs.byForm ?? []).reduce((n, p) => n + p.total, 0),
      active: (s?.pairs.byForm ?? []).reduce((n, p) => n + p.active, 0),
    },
    satisfaction: { mentor: sat("mentor"), mentee: sat("mentee") },
    achieved: indicators.filter((i) => i.achieved).length,
    withTarget: indicators.filter((i) => i.target !== null && i.fact !== null).length,
  };
}

export function rollup(entries: readonly RollupEntry[], options: RollupOptions): Rollup {
  // One snapshot per school: the latest wins, the others are repeats.
  const kept = new Map<string, RollupEntry>();
  const repeats: Array<{ entry: RollupEntry; kept: RollupEntry }> = [];
  const ordered: RollupEntry[] = [];
  for (const entry of entries) {
    const key = schoolKey(entry.name);
    const other = kept.get(key);
    if (!other) {
      kept.set(key, entry);
      ordered.push(entry);
      continue;
    }
    const newer = entry.snapshot && (!other.snapshot || later(entry.snapshot, other.snapshot));
    if (newer) {
      ordered[ordered.indexOf(other)] = entry;
      kept.set(key, entry);
      repeats.push({ entry: other, kept: entry });
    } else repeats.push({ entry, kept: other });
  }

  const schools = ordered.map((e) => schoolLine(e, options.periodStart));
  const snapshots = ordered.filter((_, i) => schools[i].counted).map((e) => e.snapshot as Snapshot);

  const catalogueOrder = DEFAULT_INDICATORS.map((d) => d.code);
  const codes: string[] = [];
  const names = new Map<string, string>();
  for (const s of snapshots)
    for (const i of s.indicators) {
      if (!codes.includes(i.code)) codes.push(i.code);
      if (!names.has(i.code) && i.name) names.set(i.code, i.name);
    }
  for (const code of Object.keys(options.targets ?? {})) if (!codes.includes(code)) codes.push(code);
  codes.sort((a, b) => {
    const ia = catalogueOrder.indexOf(a);
    const ib = catalogueOrder.indexOf(b);
    return (ia < 0 ? 1e6 : ia) - (ib < 0 ? 1e6 : ib);
  });

  const indicators: IndicatorTotal[] = codes.map((code) => {
    let numerator = 0;
    let denominator = 0;
    let contributing = 0;
    for (const s of snapshots) {
      const i = s.indicators.find((x) => x.code === code);
      if (!i || i.numerator === null || i.denominator === null) continue;
      numerator += i.numerator;
      denominator += i.denominator;
      contributing++;
    }
    const fact = contributing ? shareOf(numerator, denominator) : null;
    const target = options.targets?.[code] ?? null;
    // Codes are internal: a name always stands in for one.
    const name =
      names.get(code) ??
      options.names?.[code] ??
      DEFAULT_INDICATORS.find((d) => d.code === code)?.name ??
      MUNICIPAL_TEXT.unnamedIndicator;
    return {
      code,
      name,
      numerator: contributing ? numerator : null,
      denominator: contributing ? denominator : null,
      fact,
      target,
      status: statusLabel(fact, target),
      schools: contributing,
    };
  });

  const totals: Rollup["totals"] = {
    participants: [],
    pairsByForm: [],
    pairsByStatus: [],
    roadmapByStatus: [],
    satisfaction: [],
  };
  for (const s of snapshots) {
    for (const p of s.participants)
      tally(
        totals.participants,
        (t) => t.form === p.form,
        () => ({ form: p.form, mentors: 0, mentees: 0 }),
        (t) => {
          t.mentors += p.mentors;
          t.mentees += p.mentees;
        },
      );
    for (const p of s.pairs.byForm)
      tally(
        totals.pairsByForm,
        (t) => t.form === p.form,
        () => ({ form: p.form, total: 0, active: 0 }),
        (t) => {
          t.total += p.total;
          t.active += p.active;
        },
      );
    for (const p of s.pairs.byStatus)
      tally(
        totals.pairsByStatus,
        (t) => t.status === p.status,
        () => ({ status: p.status, count: 0 }),
        (t) => (t.count += p.count),
      );
    for (const r of s.roadmap.byStatus)
      tally(
        totals.roadmapByStatus,
        (t) => t.status === r.status,
        () => ({ status: r.status, count: 0 }),
        (t) => (t.count += r.count),
      );
    for (const x of s.satisfaction)
      tally(
        totals.satisfaction,
        (t) => t.role === x.role,
        () => ({ role: x.role, satisfied: 0, answered: 0, participants: 0 }),
        (t) => {
          t.satisfied += x.satisfied;
          t.answered += x.answered;
          t.participants += x.participants;
        },
      );
  }

  const missing = [
    ...schools.filter((s) => !s.counted).map((s) => ({ school: s.name, source: s.source, reason: s.reason })),
    ...repeats.map((r) => ({
      school: r.entry.name,
      source: r.entry.source,
      reason: MUNICIPAL_TEXT.duplicateReason(r.kept.source),
    })),
  ];
  return { schools, indicators, missing, totals };
}
