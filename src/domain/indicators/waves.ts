/**
 * Survey waves (docs/indicators.md, «Survey waves»): a named round within a programme year, listed in
 * «Настройки» («декабрь 2026; май 2027»). An answer belongs to the listed wave whose month holds its date,
 * else to the nearest listed wave of the same programme year before it; with no list (or none fits), to
 * its month («ноябрь 2026»). Satisfaction for a report uses the latest wave of the report year that has
 * answers, and the report says which.
 */
import { academicYearOf, ymd, type IsoDate } from "../common/dates";
import { labelKey } from "../common/normalise";
import { parsePeriod } from "../periods";
import type { SurveyRecord } from "../participants/records";
import type { ReportFrame } from "./reportYear";

const MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];

/** «ноябрь 2026». */
export function monthWave(day: IsoDate): string {
  const { y, m } = ymd(day);
  return `${MONTHS[m - 1]} ${y}`;
}

interface ListedWave {
  name: string;
  start: IsoDate;
  end: IsoDate;
}

function listed(waves: readonly string[], near: IsoDate): ListedWave[] {
  const out: ListedWave[] = [];
  for (const name of waves) {
    const first = academicYearOf(near);
    const parsed = parsePeriod(name, { academicYear: [first, first + 1] });
    const o = parsed.occurrences[0];
    if (o && o.end)
      out.push({ name, start: o.start ?? o.end, end: parsed.occurrences[parsed.occurrences.length - 1].end ?? o.end });
  }
  return out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

/** The wave an answer given on `day` belongs to. */
export function waveOf(day: IsoDate, waves: readonly string[]): string {
  const year = academicYearOf(day);
  const candidates = listed(waves, day).filter((w) => academicYearOf(w.start) === year);
  const holding = candidates.find((w) => w.start <= day && day <= w.end);
  if (holding) return holding.name;
  const before = candidates.filter((w) => w.start <= day);
  if (before.length) return before[before.length - 1].name;
  return monthWave(day);
}

const SATISFACTION = labelKey("удовлетвор");
const ROLE_WORD = { mentor: "наставник", mentee: "наставляемый" } as const;

/** Satisfaction answers of a role in the report's programme year, given by the report day. */
export function satisfactionRows(
  surveys: readonly SurveyRecord[],
  role: "mentor" | "mentee",
  frame: Pick<ReportFrame, "start" | "end" | "day" | "label">,
): SurveyRecord[] {
  return surveys.filter((s) => {
    if (!labelKey(s.questionnaire ?? "").includes(SATISFACTION)) return false;
    if (labelKey(s.role ?? "") !== ROLE_WORD[role]) return false;
    if (s.date) return s.date >= frame.start && s.date <= frame.end && s.date <= frame.day;
    return s.academicYear === frame.label;
  });
}

/** The latest wave with answers: the wave of the most recent answer (rows without a wave form one). */
export function chooseWave(rows: readonly SurveyRecord[]): string | null {
  let best: { wave: string; date: string } | null = null;
  for (const r of rows) {
    const date = r.date ?? "";
    if (!best || date > best.date) best = { wave: r.wave ?? "", date };
  }
  return best ? best.wave : null;
}
