/**
 * «Сводка» as one block: a title row, the header, one row per school, a blank row and the district
 * totals, with number formats and notes («36 из 186» behind every share), and the columns the sheet's
 * conditional formats and filter need. Pure: the sheets layer writes it with one call per layer.
 */
import { MUNICIPAL_TEXT, STATE_LABELS, SUMMARY_TEXT as T } from "./messages";
import { ruDate } from "./period";
import { indicatorLabel, shareOf, type Rollup } from "./rollup";

/** Days are IsoDate strings in the date column (`columns.dataDate`); the writer makes them date cells. */
export type SummaryCell = string | number;

export interface SummaryLayout {
  title: string;
  header: string[];
  rows: SummaryCell[][];
  notes: string[][];
  totals: SummaryCell[];
  totalsNotes: string[];
  /** Number format per column (data and totals rows). */
  formats: string[];
  columns: { state: number; dataDate: number; facts: Array<{ fact: number; target: number }> };
}

const PCT = "0.0%";
const TARGET = "0%";
const COUNT = "0";
export const SUMMARY_DATE_FORMAT = "dd.MM.yyyy";
const DATE = SUMMARY_DATE_FORMAT;

const toDate = (iso: string | null): SummaryCell => iso ?? "";
const orBlank = (n: number | null): SummaryCell => (n === null ? "" : n);

export function layoutSummary(rollup: Rollup, reportDate: string, periodStart: string): SummaryLayout {
  const codes = rollup.indicators.map((i) => i.code);
  const header: string[] = [T.school, T.dataDate, T.state];
  const formats = ["", DATE, ""];
  const facts: SummaryLayout["columns"]["facts"] = [];
  for (const i of rollup.indicators) {
    const label = indicatorLabel(i.code, i.name);
    facts.push({ fact: header.length, target: header.length + 1 });
    header.push(T.fact(label), T.target(label));
    formats.push(PCT, TARGET);
  }
  header.push(
    T.roadmapDone,
    T.roadmapOverdue,
    T.pairs,
    T.activePairs,
    T.satisfied(T.roles.mentee),
    T.answered(T.roles.mentee),
    T.satisfied(T.roles.mentor),
    T.answered(T.roles.mentor),
  );
  formats.push(COUNT, COUNT, COUNT, COUNT, PCT, PCT, PCT, PCT);

  const rows: SummaryCell[][] = [];
  const notes: string[][] = [];
  for (const s of rollup.schools) {
    const row: SummaryCell[] = [s.name, toDate(s.reportDate), STATE_LABELS[s.state]];
    const note: string[] = ["", "", s.reason];
    for (const code of codes) {
      const i = s.indicators.find((x) => x.code === code);
      row.push(orBlank(i?.fact ?? null), orBlank(i?.target ?? null));
      note.push(i ? T.note(i.numerator, i.denominator) : MUNICIPAL_TEXT.noData, "");
    }
    const sat = s.satisfaction;
    const has = s.reportDate !== null;
    row.push(
      has ? s.roadmap.done : "",
      has ? s.roadmap.overdue : "",
      has ? s.pairs.total : "",
      has ? s.pairs.active : "",
      orBlank(shareOf(sat.mentee.satisfied, sat.mentee.answered)),
      orBlank(shareOf(sat.mentee.answered, sat.mentee.participants)),
      orBlank(shareOf(sat.mentor.satisfied, sat.mentor.answered)),
      orBlank(shareOf(sat.mentor.answered, sat.mentor.participants)),
    );
    note.push(
      "",
      "",
      "",
      "",
      T.note(sat.mentee.satisfied, sat.mentee.answered),
      T.note(sat.mentee.answered, sat.mentee.participants),
      T.note(sat.mentor.satisfied, sat.mentor.answered),
      T.note(sat.mentor.answered, sat.mentor.participants),
    );
    rows.push(row);
    notes.push(note);
  }

  const counted = rollup.schools.filter((s) => s.counted).length;
  const totals: SummaryCell[] = [T.total, "", T.counted(counted, rollup.schools.length)];
  const totalsNotes: string[] = ["", "", ""];
  for (const i of rollup.indicators) {
    totals.push(orBlank(i.fact), orBlank(i.target));
    totalsNotes.push(T.totalNote(i.numerator, i.denominator, i.schools), "");
  }
  const roadmap = (status: string) => rollup.totals.roadmapByStatus.find((r) => r.status === status)?.count ?? 0;
  const pairs = rollup.totals.pairsByForm.reduce(
    (t, p) => ({ total: t.total + p.total, active: t.active + p.active }),
    { total: 0, active: 0 },
  );
  const sat = (role: "mentor" | "mentee") =>
    rollup.totals.satisfaction.find((s) => s.role === role) ?? { satisfied: 0, answered: 0, participants: 0 };
  const mentee = sat("mentee");
  const mentor = sat("mentor");
  totals.push(
    roadmap("выполнено"),
    roadmap("просрочено"),
    pairs.total,
    pairs.active,
    orBlank(shareOf(mentee.satisfied, mentee.answered)),
    orBlank(shareOf(mentee.answered, mentee.participants)),
    orBlank(shareOf(mentor.satisfied, mentor.answered)),
    orBlank(shareOf(mentor.answered, mentor.participants)),
  );
  totalsNotes.push(
    "",
    "",
    "",
    "",
    T.note(mentee.satisfied, mentee.answered),
    T.note(mentee.answered, mentee.participants),
    T.note(mentor.satisfied, mentor.answered),
    T.note(mentor.answered, mentor.participants),
  );

  return {
    title: T.title(ruDate(reportDate), ruDate(periodStart), counted, rollup.schools.length),
    header,
    rows,
    notes,
    totals,
    totalsNotes,
    formats,
    columns: { state: 2, dataDate: 1, facts },
  };
}
