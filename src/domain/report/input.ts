/**
 * What the monitoring report is made from, read from the sheets' rows by the one reader of each sheet:
 * the indicators' input (indicators/input.ts: settings, «Справочники», the bases, «Контингент»,
 * «Показатели»), «Встречи» through validateBase, «Планы пар», the roadmap's rows, and the workbook check's counts.
 * Pure: the same function serves the live workbook (sheets/reportSheet.ts) and a folder of CSV exports.
 */
import { isIsoDate, type IsoDate } from "../common/dates";
import { isBlank, squashSpaces } from "../common/normalise";
import type { IndicatorInput } from "../indicators/compute";
import { indicatorInputOf, type WorkbookRows } from "../indicators/input";
import { planStates, type PlanState } from "../matching/plans";
import type { PeriodContext } from "../periods";
import type { MeetingRecord } from "../participants/records";
import { validateBase } from "../participants/validateBase";
import { settingsContext } from "../roadmap";
import { refsFromRows } from "../workbook/refs";

export interface RoadmapRow {
  row: number;
  number: string;
  title: string;
  deadlineText: string;
  start: IsoDate | null;
  end: IsoDate | null;
  /** The day the curator marked it done; a mark without a date is «done», dated by the caller's day. */
  done: IsoDate | "mark" | null;
}

/** The workbook check's totals: the report gives them one line and sends the curator to the list. */
export interface CheckTotals {
  errors: number;
  warnings: number;
}

export interface ReportInput {
  indicators: IndicatorInput;
  /** Warnings of reading the indicators' input (settings typed badly, a qualifier not modelled). */
  warnings: string[];
  /** «Факт» as typed in «Показатели», by indicator name: the school's own indicators show it as is. */
  typedFacts: ReadonlyMap<string, number | string>;
  /** Forms of mentoring in the order of «Справочники». */
  forms: string[];
  meetings: MeetingRecord[];
  /** «Планы пар»: each pair's plan state, by pair ID. */
  plans: ReadonlyMap<string, PlanState>;
  roadmap: RoadmapRow[];
  /** The context the roadmap's deadlines are dated in (the last import's, else «Настройки»). */
  roadmapContext: PeriodContext;
  check: CheckTotals | null;
}

const text = (v: unknown) => (v === undefined || v === null ? "" : squashSpaces(String(v)));

function typedFactsOf(data: WorkbookRows): Map<string, number | string> {
  const out = new Map<string, number | string>();
  for (const r of data.indicators?.rows ?? []) {
    const name = text(r.cells.name);
    const fact = r.cells.fact;
    if (name && !isBlank(fact) && !out.has(name)) out.set(name, typeof fact === "number" ? fact : text(fact));
  }
  return out;
}

function roadmapOf(data: WorkbookRows): RoadmapRow[] {
  return (data.roadmap?.rows ?? [])
    .map((r) => ({
      row: r.rowNumber,
      number: text(r.cells.number),
      title: text(r.cells.title),
      deadlineText: String(r.cells.deadlineText ?? "").trim(),
      start: isIsoDate(r.cells.start) ? r.cells.start : null,
      end: isIsoDate(r.cells.end) ? r.cells.end : null,
      done: isIsoDate(r.cells.doneDate) ? r.cells.doneDate : isBlank(r.cells.doneDate) ? null : ("mark" as const),
    }))
    .filter((r) => r.title || r.number || r.deadlineText);
}

export function reportInputOf(
  data: WorkbookRows,
  today: IsoDate,
  options: { check?: CheckTotals | null; roadmapContext?: PeriodContext; contingent?: Map<string, number | null> } = {},
): ReportInput {
  const { input, warnings } = indicatorInputOf(
    data,
    today,
    options.contingent ? { contingent: options.contingent } : {},
  );
  const refs = refsFromRows(data.refs);
  const meetings = data.meetings
    ? validateBase(
        "meetings",
        data.meetings.rows.map((r) => r.cells),
        refs,
        { rowNumbers: data.meetings.rows.map((r) => r.rowNumber) },
      ).records
    : [];
  return {
    indicators: input,
    warnings,
    typedFacts: typedFactsOf(data),
    forms: [...refs.forms],
    meetings,
    plans: planStates((data.pairPlans?.rows ?? []).map((r) => r.cells)),
    roadmap: roadmapOf(data),
    roadmapContext:
      options.roadmapContext ?? settingsContext(input.settings.academicYear, input.settings.programPeriod),
    check: options.check ?? null,
  };
}
