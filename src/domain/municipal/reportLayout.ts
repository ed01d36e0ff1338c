/**
 * The municipality's «Отчёт» as one block (values, formats, weights, backgrounds), like the school's
 * report (domain/report/layout.ts): the district's indicators against the municipal targets, the
 * schools' ranking and state, who is missing from the totals, participants and pairs, satisfaction,
 * the schools' roadmaps and the municipality's own.
 *
 * Ranking: schools in the totals first; then more indicators at or above the school's own target, fewer
 * overdue roadmap items, the name. A count of targets met, not a mean of shares, so a school's size
 * neither helps nor hurts it.
 */
import { isIsoDate } from "../common/dates";
import { REPORT_DATE_FORMAT, type LayoutCell, type ReportLayout } from "../report/layout";
import { MUNICIPAL_REPORT_TEXT as T, MUNICIPAL_TEXT, STATE_LABELS, SUMMARY_TEXT } from "./messages";
import { indicatorLabel, shareOf, type Rollup, type SchoolLine } from "./rollup";

export const MUNICIPAL_REPORT_WIDTH = 7;

export interface MunicipalReportInput {
  municipality: string;
  coordinator: string;
  reportDate: string;
  periodStart: string;
  rollup: Rollup;
  ownRoadmap: {
    items: number;
    byStatus: Array<{ status: string; count: number }>;
    overdue: Array<{ number: string; title: string; end: string | null }>;
  };
}

const TITLE_BG = "#d2e3fc";
const HEADER_BG = "#e8f0fe";
const PCT = "0.0%";
const DATE = REPORT_DATE_FORMAT;

/** A day: an IsoDate in a cell with a date format (the writer makes it a date cell). */
const toDate = (iso: string | null): LayoutCell => iso ?? "";
const orBlank = (n: number | null): LayoutCell => (n === null ? "" : n);

export function rankSchools(schools: readonly SchoolLine[]): SchoolLine[] {
  return schools
    .slice()
    .sort(
      (a, b) =>
        Number(b.counted) - Number(a.counted) ||
        b.achieved - a.achieved ||
        a.roadmap.overdue - b.roadmap.overdue ||
        a.name.localeCompare(b.name, "ru"),
    );
}

export function layoutMunicipalReport(input: MunicipalReportInput): ReportLayout {
  const values: LayoutCell[][] = [];
  const formats: string[][] = [];
  const weights: Array<Array<"bold" | "normal">> = [];
  const backgrounds: string[][] = [];
  let chart: ReportLayout["chart"] = null;
  const push = (
    cells: LayoutCell[],
    opts: { bold?: boolean; bg?: string; formats?: Array<string | undefined> } = {},
  ) => {
    const row = Array.from({ length: MUNICIPAL_REPORT_WIDTH }, (_, i) => cells[i] ?? "");
    values.push(row);
    formats.push(row.map((_, i) => opts.formats?.[i] ?? (isIsoDate(row[i]) ? DATE : "")));
    weights.push(row.map((): "bold" | "normal" => (opts.bold ? "bold" : "normal")));
    backgrounds.push(row.map(() => opts.bg ?? ""));
  };
  const section = (title: string) => {
    push([]);
    push([title], { bold: true, bg: TITLE_BG });
  };
  const header = (cells: readonly string[]) => push([...cells], { bold: true, bg: HEADER_BG });

  const r = input.rollup;
  const counted = r.schools.filter((s) => s.counted).length;
  push([T.title], { bold: true, bg: TITLE_BG });
  push([T.municipality, input.municipality]);
  if (input.coordinator) push([T.coordinator, input.coordinator]);
  push([T.reportDate, toDate(input.reportDate)]);
  push([T.period, toDate(input.periodStart)]);
  push([T.schools, T.schoolsOf(counted, r.schools.length)]);

  section(T.indicators.title);
  header(T.indicators.header);
  if (r.indicators.length === 0) push([T.indicators.none]);
  const first = values.length + 1;
  for (const i of r.indicators) {
    const gap = i.fact !== null && i.target !== null ? Math.round((i.fact - i.target) * 1000) / 10 : null;
    push(
      [
        indicatorLabel(i.code, i.name),
        orBlank(i.target),
        orBlank(i.fact),
        MUNICIPAL_TEXT.count(i.numerator, i.denominator),
        i.status,
        orBlank(gap),
        i.schools,
      ],
      { formats: ["", "0%", PCT, "", "", "0.0", "0"] },
    );
  }
  if (r.indicators.length) chart = { firstRow: first, rows: r.indicators.length };

  section(T.ranking.title);
  push([T.ranking.rule]);
  header(T.ranking.header);
  rankSchools(r.schools).forEach((s, n) =>
    push([
      n + 1,
      s.name,
      s.counted ? T.ranking.achieved(s.achieved, s.withTarget) : "",
      s.reportDate ? s.roadmap.overdue : "",
      s.reportDate ? s.pairs.active : "",
      toDate(s.reportDate),
      STATE_LABELS[s.state],
    ]),
  );

  section(T.missing.title);
  if (r.missing.length === 0) push([T.missing.none]);
  else {
    header(T.missing.header);
    for (const m of r.missing) push([m.school, m.reason]);
  }

  section(T.participants.title);
  header(T.participants.header);
  const forms = [...new Set([...r.totals.participants.map((p) => p.form), ...r.totals.pairsByForm.map((p) => p.form)])];
  const sum = { mentors: 0, mentees: 0, total: 0, active: 0 };
  for (const form of forms) {
    const p = r.totals.participants.find((x) => x.form === form) ?? { mentors: 0, mentees: 0 };
    const q = r.totals.pairsByForm.find((x) => x.form === form) ?? { total: 0, active: 0 };
    push([form, p.mentors, p.mentees, q.total, q.active]);
    sum.mentors += p.mentors;
    sum.mentees += p.mentees;
    sum.total += q.total;
    sum.active += q.active;
  }
  push([T.participants.total, sum.mentors, sum.mentees, sum.total, sum.active], { bold: true });

  section(T.satisfaction.title);
  header(T.satisfaction.header);
  for (const role of ["mentee", "mentor"] as const) {
    const s = r.totals.satisfaction.find((x) => x.role === role) ?? { satisfied: 0, answered: 0, participants: 0 };
    push(
      [
        SUMMARY_TEXT.roles[role],
        s.participants,
        s.answered,
        s.satisfied,
        orBlank(shareOf(s.satisfied, s.answered)),
        orBlank(shareOf(s.answered, s.participants)),
      ],
      { formats: ["", "0", "0", "0", PCT, PCT] },
    );
  }

  section(T.schoolsRoadmap.title);
  header(T.schoolsRoadmap.header);
  for (const s of r.totals.roadmapByStatus) push([s.status, s.count]);

  section(T.ownRoadmap.title);
  const own = input.ownRoadmap;
  if (own.items === 0) push([T.ownRoadmap.none]);
  else {
    header(T.ownRoadmap.header);
    for (const s of own.byStatus) push([s.status, s.count]);
    push([]);
    push([T.ownRoadmap.overdue], { bold: true });
    if (own.overdue.length === 0) push([T.ownRoadmap.noOverdue]);
    else {
      header(T.ownRoadmap.overdueHeader);
      for (const o of own.overdue) push([o.number, o.title, toDate(o.end)]);
    }
  }
  return { values, formats, weights, backgrounds, chart };
}
