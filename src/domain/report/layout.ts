/**
 * Lays the report model out as one block of cells with its formats, so the sheet is written with one
 * setValues and one call per kind of format, whatever its length. Tables wrap inside their cells; a
 * line of prose (a conclusion, a note) is one cell that does not wrap, so it runs across the empty cells
 * to its right as Sheets shows overflowing text. Shares are numbers formatted as percent, with their
 * counts in the next column; gaps are in percentage points; no internal code is ever written.
 */
import { formatDateRu, isIsoDate } from "../common/dates";
import { countsText, gapText, percentText } from "./format";
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
  /** Absent: every cell normal. */
  styles?: Array<Array<"italic" | "normal">>;
  /** Absent: every cell wraps. */
  wraps?: boolean[][];
  backgrounds: string[][];
  /** The KPI table's data rows (1-based) for the chart: name in column 2, target 3, fact 4. */
  chart: { firstRow: number; rows: number } | null;
}

const TITLE_BG = "#d2e3fc";
const HEADER_BG = "#e8f0fe";
const PCT = "0.0%";
export const REPORT_DATE_FORMAT = "dd.MM.yyyy";
const DATE = REPORT_DATE_FORMAT;

interface RowOptions {
  bold?: boolean;
  italic?: boolean;
  bg?: string;
  formats?: Array<string | undefined>;
  /** One cell of text running across the row (no wrap). */
  prose?: boolean;
}

export function layoutReport(model: ReportModel): ReportLayout {
  const out: Required<ReportLayout> = {
    values: [],
    formats: [],
    weights: [],
    styles: [],
    wraps: [],
    backgrounds: [],
    chart: null,
  };
  const push = (cells: LayoutCell[], opts: RowOptions = {}) => {
    const row = Array.from({ length: REPORT_WIDTH }, (_, i) => cells[i] ?? "");
    out.values.push(row);
    out.formats.push(row.map((_, i) => opts.formats?.[i] ?? (isIsoDate(row[i]) ? DATE : "")));
    out.weights.push(row.map((): "bold" | "normal" => (opts.bold ? "bold" : "normal")));
    out.styles.push(row.map((): "italic" | "normal" => (opts.italic ? "italic" : "normal")));
    out.wraps.push(row.map(() => !opts.prose));
    out.backgrounds.push(row.map(() => opts.bg ?? ""));
  };
  const blank = () => push([]);
  const section = (title: string) => {
    blank();
    push([title], { bold: true, bg: TITLE_BG, prose: true });
  };
  const header = (cells: readonly string[]) => push([...cells], { bold: true, bg: HEADER_BG });
  const prose = (text: string, opts: RowOptions = {}) => push([text], { ...opts, prose: true });
  const conclusion = (text: string) => prose(T.conclusion(text), { italic: true });

  const h = model.header;
  const frame = h.frame;
  const f = model.figures;
  push([T.title], { bold: true, bg: TITLE_BG, prose: true });
  push([T.organisation, h.organisation]);
  if (h.municipality) push([T.municipality, h.municipality]);
  push([T.period, h.programPeriod]);
  push([T.academicYear, T.yearSpan(frame.label, formatDateRu(frame.start), formatDateRu(frame.end))]);
  push([T.reportDate, frame.day, frame.dayIsToday ? T.dayIsToday : T.dayFromSettings]);
  push([T.targets, T.targetColumn(frame.targetYear), T.targetConvention[frame.targetConvention]]);
  push([T.check, model.conclusions.check]);

  section(T.kpi.title);
  if (model.kpi.length === 0) prose(T.kpi.noIndicators);
  else {
    conclusion(model.conclusions.kpi);
    header(T.kpi.header(frame.targetYear));
    out.chart = { firstRow: out.values.length + 1, rows: model.kpi.length };
    model.kpi.forEach((k, i) => {
      const counts =
        k.numerator !== null && k.denominator !== null
          ? countsText(k.numerator, k.denominator)
          : k.typed !== null
            ? T.kpi.typed
            : T.kpi.noCounts;
      push(
        [
          i + 1,
          k.name,
          k.target ?? "",
          k.fact ?? (k.typed !== null ? k.typed : ""),
          counts,
          T.statusLabels[k.status],
          k.gap === null ? "" : gapText(k.gap),
        ],
        { formats: [undefined, undefined, PCT, PCT] },
      );
    });
    for (const k of model.kpi)
      if (k.responseRate)
        prose(
          T.kpi.responseRate(
            k.name,
            k.responseRate.wave,
            k.responseRate.participants
              ? `${countsText(k.responseRate.respondents, k.responseRate.participants)} (${percentText(
                  k.responseRate.respondents / k.responseRate.participants,
                )})`
              : countsText(k.responseRate.respondents, 0),
            T.kpi.base[h.satisfactionBase],
          ),
        );
    for (const w of model.warnings) prose(w);
  }

  section(T.participants.title(frame.label));
  conclusion(model.conclusions.participants);
  header(T.participants.header);
  for (const r of f.byForm) push([r.form || "—", r.mentors, r.mentees, r.pairs, r.groups, r.live, r.proposals]);
  push([T.participants.total, f.year.mentors, f.year.mentees, f.year.pairs, f.year.groups, f.year.live, f.proposals], {
    bold: true,
  });
  if (f.byForm.reduce((n, r) => n + r.mentors, 0) > f.year.mentors) prose(T.participants.mentorInForms);
  blank();
  push([T.participants.persons, f.year.persons, f.year.bothRoles ? T.participants.bothRoles(f.year.bothRoles) : ""]);
  if (f.year.groups) push([T.participants.groupsLabel, T.participants.groups(f.year.groups, f.year.menteesInGroups)]);
  push([T.participants.registers, T.participants.registersValue(f.registers.mentors, f.registers.mentees)]);
  push([T.participants.open, T.participants.registersValue(f.registers.mentorsOpen, f.registers.menteesOpen)]);
  if (f.current) push([T.participants.waiting, f.waiting]);
  if (f.year.withoutConsent) push([T.participants.withoutConsent, f.year.withoutConsent]);
  if (model.needs.length) {
    blank();
    push([T.participants.needs], { bold: true, prose: true });
    header(T.participants.needsHeader);
    for (const n of model.needs) push([n.need, n.mentees]);
  }
  blank();
  push([T.participants.pairsByStatus], { bold: true, prose: true });
  header(T.participants.pairsHeader);
  for (const s of f.pairsByStatus)
    push([s.status + (s.status === "предложена" ? T.participants.proposalNote : ""), s.count]);
  if (model.plans.pairs) {
    blank();
    prose(T.participants.plans(model.plans.withPlan, model.plans.pairs));
    prose(T.participants.results(model.plans.withResult, model.plans.pairs));
  }

  section(T.pairList.title);
  if (model.pairList.length === 0) prose(T.pairList.none);
  else {
    header(T.pairList.header);
    for (const p of model.pairList)
      push([p.pairId, p.mentor, p.mentee, p.form, p.status, p.meetings, p.lastMeeting ?? ""]);
  }

  section(T.roadmap.title(formatDateRu(frame.day)));
  if (model.roadmap.total === 0) prose(T.roadmap.empty);
  else {
    conclusion(model.conclusions.roadmap);
    header(T.roadmap.header);
    for (const s of model.roadmap.byStatus) push([s.status, s.count]);
    push([T.roadmap.total, model.roadmap.total], { bold: true });
    if (model.roadmap.overdue.length) {
      blank();
      push([T.roadmap.overdue], { bold: true, prose: true });
      header(T.roadmap.overdueHeader);
      for (const o of model.roadmap.overdue) push([o.number, o.title, o.end ?? ""]);
    }
  }

  section(T.meetings.title);
  conclusion(model.conclusions.meetings);
  push([T.meetings.held(formatDateRu(frame.start), formatDateRu(frame.day)), model.meetings.held]);
  push([T.meetings.perPair, model.meetings.perPair ?? ""]);
  push([T.meetings.silent, model.meetings.silent.length], { bold: true });
  if (model.meetings.silent.length) {
    header(T.meetings.silentHeader);
    for (const s of model.meetings.silent) push([s.pairId, s.lastMeeting ?? T.meetings.never]);
  }

  section(T.satisfaction.title);
  conclusion(model.conclusions.satisfaction);
  header(T.satisfaction.header);
  for (const s of model.satisfaction)
    push(
      [
        T.satisfaction.roles[s.role],
        s.participants,
        s.answered,
        s.participants ? s.answered / s.participants : "",
        s.satisfied,
        s.share ?? "",
        s.mean ?? "",
      ],
      { formats: [undefined, undefined, undefined, PCT, undefined, PCT] },
    );
  const waves = [...new Set(model.satisfaction.map((s) => s.wave).filter((w): w is string => !!w))];
  if (waves.length) for (const w of waves) prose(T.satisfaction.wave(w));
  else prose(T.satisfaction.noWave(frame.label));
  prose(T.satisfaction.threshold(h.satisfactionThreshold));
  prose(T.satisfaction.base[h.satisfactionBase]);

  section(T.growth.title);
  conclusion(model.conclusions.growth);
  if (model.growth.some((g) => g.participants > 0)) {
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
    push([T.swot[key as SwotKey]], { bold: true, prose: true });
    const answers = model.swot[key];
    if (answers.length === 0) push(["", T.swot.none]);
    for (const a of answers) push(["", a]);
  }

  section(T.signatures.title);
  push([T.signatures.curator, T.signatures.line, h.curator]);
  push([h.headPost, T.signatures.line, h.head]);
  push([T.signatures.date, frame.day]);

  return out;
}
