/**
 * The monitoring report as data: the workbook on the report day, every section for the report's
 * programme year. Pure; nothing here counts on its own what another module already counts:
 * - indicators: computeIndicators (the contract of docs/indicators.md), each with its counts and the
 *   target of the target year; a school's own indicator (no code) shows its «Факт» as typed;
 * - participants and pairs: programmeFigures (domain/figures), the one source of those figures;
 * - satisfaction: the satisfaction indicators' own computation (their wave and response rate);
 * - roadmap statuses: judged on the report day by the roadmap's scheduleRow, as the sheet judges today.
 * Meetings, entry/exit growth and open answers are those of the programme year up to the report day.
 * Names appear only in the pair list, and not at all in pseudonymous mode; internal codes never.
 */
import { daysBetween, type IsoDate } from "../common/dates";
import { labelKey } from "../common/normalise";
import { programmeFigures, pairLiveOn, type ProgrammeFigures } from "../figures/programme";
import { computeIndicators, shareOf, type IndicatorFigure } from "../indicators/compute";
import type { ReportFrame } from "../indicators/reportYear";
import { statusOf, asFraction, type IndicatorStatus } from "../indicators/status";
import { satisfactionRows } from "../indicators/waves";
import { planOf } from "../matching/plans";
import { idKey } from "../participants/ids";
import type { MenteeRecord, SurveyRecord } from "../participants/records";
import type { RoadmapStatus } from "../periods";
import { SURVEY_NAMES } from "../questionnaires/catalogue";
import { GROWTH_ITEMS, LOWER_IS_BETTER, STAGE_ENTRY, STAGE_EXIT } from "../questionnaires/definitions/evaluation";
import { scheduleRow } from "../roadmap";
import { ROADMAP_STATUSES } from "../workbook/defaults";
import { SHEETS } from "../workbook/sheets";
import type { Settings } from "../workbook/settings";
import { conclusionsOf, type SectionConclusions } from "./conclusions";
import type { CheckTotals, ReportInput } from "./input";

export type SwotKey = "strengths" | "weaknesses" | "opportunities" | "threats";
export const SWOT_KEYS: readonly SwotKey[] = ["strengths", "weaknesses", "opportunities", "threats"];

export interface KpiRow {
  /** Internal (the snapshot's key): never laid out. */
  code: string | null;
  name: string;
  target: number | null;
  fact: number | null;
  numerator: number | null;
  denominator: number | null;
  status: IndicatorStatus;
  /** fact − target, a fraction (× 100 = percentage points). */
  gap: number | null;
  /** A school's own indicator: «Факт» as the curator typed it (text when it is not a number). */
  typed: string | null;
  responseRate?: IndicatorFigure["responseRate"];
}

export interface SatisfactionRow {
  role: "mentor" | "mentee";
  /** Participants of the year in the role. */
  participants: number;
  /** Answered in the wave. */
  answered: number;
  satisfied: number;
  /** The share the indicator reports: of participants (default) or of respondents (the setting). */
  share: number | null;
  base: number;
  mean: number | null;
  wave: string | null;
}

export interface GrowthRow {
  key: string;
  label: string;
  lowerIsBetter: boolean;
  participants: number;
  entry: number | null;
  exit: number | null;
  change: number | null;
}

export interface ReportModel {
  header: {
    organisation: string;
    municipality: string;
    programPeriod: string;
    curator: string;
    head: string;
    headPost: string;
    pseudonymous: boolean;
    satisfactionThreshold: number;
    satisfactionBase: Settings["satisfactionBase"];
    frame: ReportFrame;
  };
  kpi: KpiRow[];
  /** Warnings of the computation (a contingent row missing, ages typed, settings typed badly). */
  warnings: string[];
  figures: ProgrammeFigures;
  /** The year's counted mentees with each special need: a count only, never who (sensitive data stays with staff). */
  needs: Array<{ need: string; mentees: number }>;
  /** The year's rows of «Пары» (each mentee of a group has one) and how many have a plan and a result in «Планы пар». */
  plans: { pairs: number; withPlan: number; withResult: number };
  pairList: Array<{
    pairId: string;
    mentor: string;
    mentee: string;
    form: string;
    status: string;
    meetings: number;
    lastMeeting: IsoDate | null;
  }>;
  roadmap: {
    total: number;
    byStatus: Array<{ status: RoadmapStatus; count: number }>;
    overdue: Array<{ number: string; title: string; end: IsoDate | null }>;
  };
  meetings: {
    /** Meetings of the year's pairs from 1 September to the report day. */
    held: number;
    perPair: number | null;
    silent: Array<{ pairId: string; lastMeeting: IsoDate | null }>;
  };
  satisfaction: SatisfactionRow[];
  growth: GrowthRow[];
  swot: Record<SwotKey, string[]>;
  check: CheckTotals | null;
  conclusions: SectionConclusions;
}

const SILENT_DAYS = 30;
const SWOT_LIMIT = 15;
const SATISFACTION_CODES = { mentee: "mentee_satisfaction", mentor: "mentor_satisfaction" } as const;

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const round = (x: number | null, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
const same = (a: string | undefined, b: string) => labelKey(a ?? "") === labelKey(b);

function kpiRows(input: ReportInput, computed: IndicatorFigure[]): KpiRow[] {
  return computed.map((f) => {
    const typedCell = f.code === null || f.numerator === null ? input.typedFacts.get(f.name) : undefined;
    if (f.fact === null && typedCell !== undefined) {
      const fact = typeof typedCell === "number" && Number.isFinite(typedCell) ? asFraction(typedCell) : null;
      return {
        code: f.code,
        name: f.name,
        target: f.target,
        fact,
        numerator: null,
        denominator: null,
        status: fact === null ? "noData" : statusOf(fact, f.target),
        gap: fact !== null && f.target !== null ? fact - f.target : null,
        typed: String(typedCell),
      };
    }
    return {
      code: f.code,
      name: f.name,
      target: f.target,
      fact: f.fact,
      numerator: f.numerator,
      denominator: f.denominator,
      status: f.status,
      gap: f.fact !== null && f.target !== null ? f.fact - f.target : null,
      typed: null,
      ...(f.responseRate ? { responseRate: f.responseRate } : {}),
    };
  });
}

/** Was the answer given in the report's programme year, by the report day? */
function inYear(s: SurveyRecord, frame: ReportFrame): boolean {
  if (s.date) return s.date >= frame.start && s.date <= frame.day;
  return s.academicYear === frame.label;
}

function satisfactionOf(input: ReportInput, figures: ProgrammeFigures): SatisfactionRow[] {
  const frame = figures.frame;
  const computed = computeIndicators({
    ...input.indicators,
    indicators: (["mentee", "mentor"] as const).map((role) => ({
      code: SATISFACTION_CODES[role],
      name: role,
      targets: {},
    })),
  }).indicators;
  return (["mentor", "mentee"] as const).map((role) => {
    const f = computed.find((c) => c.code === SATISFACTION_CODES[role])!;
    const rate = f.responseRate ?? { respondents: 0, participants: 0, wave: null };
    const people = new Set(
      (role === "mentor" ? figures.roster.mentors : figures.roster.mentees).map((p) => idKey(p.id)),
    );
    const rows = satisfactionRows(input.indicators.surveys, role, frame);
    // The computation's wave: one for both roles, as the sheet's formulas read it.
    const wave = rate.wave;
    const latest = new Map<string, SurveyRecord>();
    for (const r of rows)
      if ((r.wave ?? "") === (wave ?? "") && people.has(idKey(r.participantId))) latest.set(idKey(r.participantId), r);
    const totals = [...latest.values()].map((r) => r.total).filter((t): t is number => t !== undefined);
    return {
      role,
      participants: rate.participants,
      answered: rate.respondents,
      satisfied: f.numerator ?? 0,
      share: shareOf(f.numerator, f.denominator),
      base: f.denominator ?? 0,
      mean: round(mean(totals), 1),
      wave: rate.respondents ? rate.wave : null,
    };
  });
}

function growthOf(surveys: readonly SurveyRecord[], frame: ReportFrame): GrowthRow[] {
  const evaluations = surveys
    .filter((s) => same(s.questionnaire, SURVEY_NAMES.evaluation!) && inYear(s, frame))
    .sort((a, b) => ((a.date ?? "") < (b.date ?? "") ? -1 : 1));
  return GROWTH_ITEMS.map((item) => {
    const entries = new Map<string, number>();
    const exits = new Map<string, number>();
    for (const s of evaluations) {
      const v = s.scores[item.key];
      if (v === undefined) continue;
      const key = `${idKey(s.participantId)}|${labelKey(s.role ?? "")}`;
      if (same(s.stage, STAGE_ENTRY)) entries.set(key, v);
      else if (same(s.stage, STAGE_EXIT)) exits.set(key, v);
    }
    const both = [...entries.keys()].filter((k) => exits.has(k));
    const entry = mean(both.map((k) => entries.get(k)!));
    const exit = mean(both.map((k) => exits.get(k)!));
    return {
      key: item.key,
      label: SHEETS.surveys.columns.find((c) => c.key === item.key)?.header ?? item.key,
      lowerIsBetter: LOWER_IS_BETTER.includes(item.key),
      participants: both.length,
      entry: round(entry, 1),
      exit: round(exit, 1),
      change: entry === null || exit === null ? null : round(exit - entry, 2),
    };
  });
}

function swotOf(surveys: readonly SurveyRecord[], frame: ReportFrame): Record<SwotKey, string[]> {
  const ofYear = surveys.filter((s) => inYear(s, frame));
  return Object.fromEntries(
    SWOT_KEYS.map((k) => {
      const seen = new Set<string>();
      const answers: string[] = [];
      for (const s of ofYear) {
        const text = (s.texts[k] ?? "").trim();
        if (text && !seen.has(labelKey(text)) && answers.length < SWOT_LIMIT) {
          seen.add(labelKey(text));
          answers.push(text);
        }
      }
      return [k, answers];
    }),
  ) as Record<SwotKey, string[]>;
}

function needsOf(mentees: readonly MenteeRecord[]): ReportModel["needs"] {
  const needs = new Map<string, number>();
  for (const m of mentees) for (const need of new Set(m.needs)) needs.set(need, (needs.get(need) ?? 0) + 1);
  return [...needs].map(([need, count]) => ({ need, mentees: count }));
}

function roadmapOf(input: ReportInput, day: IsoDate): ReportModel["roadmap"] {
  const judged = input.roadmap.map((r) => {
    const doneDate = r.done === "mark" ? day : r.done !== null && r.done <= day ? r.done : null;
    const s = scheduleRow(
      { deadlineText: r.deadlineText, start: r.start, end: r.end, doneDate },
      input.roadmapContext,
      day,
      {
        textWins: false,
      },
    );
    return { number: r.number, title: r.title, status: s.status, end: s.end };
  });
  return {
    total: judged.length,
    byStatus: ROADMAP_STATUSES.map((status) => ({
      status,
      count: judged.filter((j) => j.status === status).length,
    })).filter((s) => s.count > 0),
    overdue: judged.filter((j) => j.status === "просрочено").map(({ number, title, end }) => ({ number, title, end })),
  };
}

function meetingsOf(input: ReportInput, figures: ProgrammeFigures) {
  const { frame } = figures;
  const pairIds = new Set(figures.roster.pairs.map((p) => idKey(p.pairId)));
  const byPair = new Map<string, IsoDate[]>();
  const lastByPair = new Map<string, IsoDate>();
  for (const m of input.meetings) {
    const id = idKey(m.pairId);
    if (!id || m.date > frame.day) continue;
    if ((lastByPair.get(id) ?? "") < m.date) lastByPair.set(id, m.date);
    if (m.date >= frame.start && pairIds.has(id)) byPair.set(id, [...(byPair.get(id) ?? []), m.date]);
  }
  const held = [...byPair.values()].reduce((n, l) => n + l.length, 0);
  const silent = figures.roster.pairs
    .filter((p) => pairLiveOn(p, frame.day))
    .map((p) => ({ pair: p, lastMeeting: lastByPair.get(idKey(p.pairId)) ?? null }))
    .filter(({ pair, lastMeeting }) => {
      const since = lastMeeting ?? pair.start;
      return since === undefined || daysBetween(since, frame.day) > SILENT_DAYS;
    })
    .map(({ pair, lastMeeting }) => ({ pairId: pair.pairId, lastMeeting }));
  return {
    held,
    perPair: figures.year.pairRows ? round(held / figures.year.pairRows, 1) : null,
    silent,
    byPair,
    lastByPair,
  };
}

export function buildReportModel(input: ReportInput): ReportModel {
  const settings = input.indicators.settings;
  const result = computeIndicators(input.indicators);
  const figures = programmeFigures(input.indicators, input.forms);
  const frame = figures.frame;
  const meetings = meetingsOf(input, figures);

  const names = {
    mentor: new Map(input.indicators.mentors.map((m) => [idKey(m.id), m.name])),
    mentee: new Map(input.indicators.mentees.map((m) => [idKey(m.id), m.name])),
  };
  const shown = (role: "mentor" | "mentee", id: string) =>
    settings.pseudonymous ? id : names[role].get(idKey(id)) || id;
  const pairList = [...figures.roster.pairs]
    .sort(
      (a, b) =>
        (a.form ?? "").localeCompare(b.form ?? "", "ru") ||
        idKey(a.mentorId).localeCompare(idKey(b.mentorId)) ||
        a.row - b.row,
    )
    .map((p) => ({
      pairId: p.pairId,
      mentor: shown("mentor", p.mentorId),
      mentee: shown("mentee", p.menteeId),
      form: p.form ?? "",
      status: p.status ?? "",
      meetings: meetings.byPair.get(idKey(p.pairId))?.length ?? 0,
      lastMeeting: meetings.lastByPair.get(idKey(p.pairId)) ?? null,
    }));

  const model: Omit<ReportModel, "conclusions"> = {
    header: {
      organisation: settings.organisation,
      municipality: settings.municipality,
      programPeriod: settings.programPeriod,
      curator: settings.curator,
      head: settings.head,
      headPost: settings.headPost,
      pseudonymous: settings.pseudonymous,
      satisfactionThreshold: settings.satisfactionThreshold,
      satisfactionBase: settings.satisfactionBase,
      frame,
    },
    kpi: kpiRows(input, result.indicators),
    warnings: [...input.warnings, ...result.warnings],
    figures,
    needs: needsOf(figures.roster.mentees),
    plans: {
      pairs: figures.roster.pairs.length,
      withPlan: figures.roster.pairs.filter((p) => planOf(input.plans, p.pairId).planned).length,
      withResult: figures.roster.pairs.filter((p) => planOf(input.plans, p.pairId).achieved).length,
    },
    pairList,
    roadmap: roadmapOf(input, frame.day),
    meetings: { held: meetings.held, perPair: meetings.perPair, silent: meetings.silent },
    satisfaction: satisfactionOf(input, figures),
    growth: growthOf(input.indicators.surveys, frame),
    swot: swotOf(input.indicators.surveys, frame),
    check: input.check,
  };
  return { ...model, conclusions: conclusionsOf(model) };
}
