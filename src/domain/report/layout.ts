/**
 * Lays the report model out as one block of cells with its formats, so the sheet is written with one
 * setValues, one setNumberFormats, one setFontWeights and one setBackgrounds, whatever its length.
 */
import { isIsoDate } from "../common/dates";
import { REPORT_TEXT as T } from "./messages";
import type { ReportModel, SwotKey } from "./model";
import { SWOT_KEYS } from "./model";

export const REPORT_WIDTH = 7;
/** Dates are IsoDate strings in cells whose format is a date pattern; the writer turns them into date cells. */
export type LayoutCell = string | number;

export interface ReportLayout {
  values: LayoutCell[][];
  formats: string[][];
  weights: Array<Array<"bold" | "normal">>;
  backgrounds: string[][];
  /** The KPI table's data rows (1-based) for the chart: name in column 2, target 3, fact 4. */
  chart: { firstRow: number; rows: number } | null;
}

const TITLE_BG = "#d2e3fc";
const HEADER_BG = "#e8f0fe";
const PCT = "0.0%";
export const REPORT_DATE_FORMAT = "dd.MM.yyyy";
const DATE = REPORT_DATE_FORMAT;

const toDate = (iso: string | null): LayoutCell => iso ?? "";

export function layoutReport(model: ReportModel): ReportLayout {
  const values: LayoutCell[][] = [];
  const formats: string[][] = [];
  const weights: Array<Array<"bold" | "normal">> = [];
  const backgrounds: string[][] = [];
  let chart: ReportLayout["chart"] = null;

  const push = (
    cells: LayoutCell[],
    opts: { bold?: boolean; bg?: string; formats?: Array<string | undefined> } = {},
  ) => {
    const row = Array.from({ length: REPORT_WIDTH }, (_, i) => cells[i] ?? "");
    values.push(row);
    formats.push(row.map((_, i) => opts.formats?.[i] ?? (isIsoDate(row[i]) ? DATE : "")));
    weights.push(row.map((): "bold" | "normal" => (opts.bold ? "bold" : "normal")));
    backgrounds.push(row.map(() => opts.bg ?? ""));
  };
  const blank = () => push([]);
  const section = (title: string) => {
    blank();
    push([title], { bold: true, bg: TITLE_BG });
  };
  const header = (cells: readonly string[]) => push([...cells], { bold: true, bg: HEADER_BG });

  const h = model.header;
  push([T.title], { bold: true, bg: TITLE_BG });
  push([T.organisation, h.organisation]);
  if (h.municipality) push([T.municipality, h.municipality]);
  push([T.period, h.programPeriod]);
  push([T.academicYear, h.academicYear]);
  push([T.reportDate, toDate(h.today)]);

  section(T.kpi.title);
  if (model.kpi.length === 0) push([T.kpi.noIndicators]);
  else {
    header(T.kpi.header);
    chart = { firstRow: values.length + 1, rows: model.kpi.length };
    for (const k of model.kpi)
      push([k.code, k.name, k.target ?? "", k.fact ?? "", k.status, k.gap ?? ""], {
        formats: [undefined, undefined, PCT, PCT, undefined, PCT],
      });
  }

  section(T.participants.title);
  header(T.participants.header);
  for (const f of model.byForm) push([f.form, f.mentors, f.mentees, f.activePairs, f.pairs]);
  const sum = (k: "mentors" | "mentees" | "activePairs" | "pairs") => model.byForm.reduce((n, f) => n + f[k], 0);
  push([T.participants.total, sum("mentors"), sum("mentees"), sum("activePairs"), sum("pairs")], { bold: true });
  if (model.withoutConsent) push([T.participants.withoutConsent(model.withoutConsent)]);
  if (model.needs.length) {
    blank();
    push([T.participants.needs], { bold: true });
    header(T.participants.needsHeader);
    for (const n of model.needs) push([n.need, n.mentees]);
  }
  blank();
  push([T.participants.pairsByStatus], { bold: true });
  header(T.participants.pairsHeader);
  for (const s of model.pairsByStatus) push([s.status, s.count]);
  if (model.plans.pairs) {
    blank();
    push([T.participants.plans(model.plans.withPlan, model.plans.pairs)]);
    push([T.participants.results(model.plans.withResult, model.plans.pairs)]);
  }

  section(T.pairList.title);
  if (model.pairList.length === 0) push([T.pairList.none]);
  else {
    header(T.pairList.header);
    for (const p of model.pairList)
      push([p.pairId, p.mentor, p.mentee, p.form, p.status, p.meetings, toDate(p.lastMeeting)]);
  }

  section(T.roadmap.title);
  header(T.roadmap.header);
  for (const s of model.roadmapByStatus) push([s.status, s.count]);
  blank();
  push([T.roadmap.overdue], { bold: true });
  if (model.overdue.length === 0) push([T.roadmap.noOverdue]);
  else {
    header(T.roadmap.overdueHeader);
    for (const o of model.overdue) push([o.number, o.title, toDate(o.end)]);
  }

  section(T.meetings.title);
  push([T.meetings.held, model.meetings.held]);
  push([T.meetings.perPair, model.meetings.perActivePair ?? ""]);
  push([T.meetings.silent, model.meetings.silent.length], { bold: true });
  if (model.meetings.silent.length) {
    header(T.meetings.silentHeader);
    for (const s of model.meetings.silent) push([s.pairId, s.lastMeeting ? toDate(s.lastMeeting) : T.meetings.never]);
  }

  section(T.satisfaction.title);
  header(T.satisfaction.header);
  for (const s of model.satisfaction)
    push([T.satisfaction.roles[s.role], s.answered, s.satisfied, s.share ?? "", s.mean ?? ""], {
      formats: [undefined, undefined, undefined, PCT],
    });
  push([T.satisfaction.threshold(model.header.satisfactionThreshold)]);

  section(T.growth.title);
  if (model.growth.every((g) => g.participants === 0)) push([T.growth.none]);
  else {
    header(T.growth.header);
    for (const g of model.growth)
      push([
        g.lowerIsBetter ? `${g.label} ${T.growth.lowerIsBetter}` : g.label,
        g.participants,
        g.entry ?? "",
        g.exit ?? "",
        g.change ?? "",
      ]);
  }

  section(T.swot.title);
  for (const key of SWOT_KEYS) {
    push([T.swot[key as SwotKey]], { bold: true });
    const answers = model.swot[key];
    if (answers.length === 0) push(["", T.swot.none]);
    for (const a of answers) push(["", a]);
  }

  section(T.problems.title);
  if (model.problems.length === 0) push([T.problems.none]);
  else {
    header(T.problems.header);
    const shown = model.problems.slice(0, 50);
    for (const p of shown) push([p.sheet, p.row ?? "", p.message]);
    if (model.problems.length > shown.length) push([T.problems.more(model.problems.length - shown.length)]);
  }

  return { values, formats, weights, backgrounds, chart };
}
