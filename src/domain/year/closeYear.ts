/**
 * «Закрыть учебный год»: what closing the programme year of «Учебный год» changes, decided in one pure
 * function so the sidebar can show exactly that before anything is written (the plan is the preview).
 *
 * Decisions:
 * - Nothing is deleted. Live pairs («утверждена», «активна») are carried over as they are, with their
 *   start dates. Pairs that are over («завершена», «расторгнута») and ended by the end of the closed year
 *   get the programme year of their end in «Архив» of «Пары» (a column, not a move to another sheet, so
 *   the sheet's live formulas and a report dated back in that year still see them). A pair that ran but
 *   has no «Дата окончания» gets the day of the close (the earlier of today and 31 August), so it stops
 *   counting in the next year; a pair ending after the closed year waits for the next close.
 * - People follow their pairs (domain/pairs/lifecycle.ts), with one more rule: a mentor whose latest
 *   answer «Хочет продолжить» in «Опросы» in the closed year is yes stays «активен» without a live pair.
 * - Settings: «Учебный год» moves to the next year; «Период программы» is extended to the year the next
 *   programme year ends in (its target column, «Цель <year>», is added by the indicators setup); a «Дата
 *   отчёта» inside or before the closed year is cleared (reports follow today), since it would keep every
 *   figure on the closed year.
 * - The plan of an already closed year is empty: each rule only changes what is not yet in its closed
 *   state, so re-running changes nothing (the sheets layer also refuses a year it logged as closed).
 */
import { academicYearLabel, academicYearOf, academicYearSpan, isIsoDate, type IsoDate } from "../common/dates";
import { idKey } from "../participants/ids";
import { programmeYears, yearsOf } from "../indicators/targets";
import {
  followPairs,
  hasRun,
  isLive,
  isOver,
  pairsByPerson,
  pairStatusOf,
  sameStatus,
  type PairState,
  type PersonChange,
  type PersonState,
} from "../pairs/lifecycle";
import { PARTICIPANT_STATUS } from "../workbook/defaults";

export interface ClosePair extends PairState {
  /** «Архив»: the programme year a pair was archived in ("" or undefined: not archived). */
  archived?: string;
}

export interface CloseSurvey {
  participantId: string;
  date?: IsoDate;
  academicYear?: string;
  wantsToContinue?: boolean;
}

export interface CloseInput {
  settings: { academicYear: string; programPeriod: string; reportDate: IsoDate | null };
  pairs: readonly ClosePair[];
  mentors: readonly PersonState[];
  mentees: readonly PersonState[];
  surveys: readonly CloseSurvey[];
  /** Years that have a «Цель <year>» column in «Показатели». */
  targetYears: readonly string[];
  today: IsoDate;
  /** The first year of the programme year to close; default the one «Учебный год» names. */
  year?: number;
}

export type SettingChangeKey = "academicYear" | "programPeriod" | "reportDate";

export interface SettingChange {
  key: SettingChangeKey;
  from: string;
  to: string;
}

export interface PairCloseChange {
  row: number;
  pairId: string;
  cells: { end?: IsoDate; archived?: string };
}

export type PersonCloseKind = "continuing" | "finished" | "dates";

export interface PersonCloseChange extends PersonChange {
  kind: PersonCloseKind;
}

export interface ContinuingMentor {
  row: number;
  id: string;
  name: string;
  reason: "pair" | "willing";
}

export interface ClosePlan {
  /** «2026-2027» and «2027-2028». */
  year: string;
  next: string;
  start: IsoDate;
  end: IsoDate;
  /** The day the close stands for: the earlier of today and the year's last day. */
  day: IsoDate;
  /** Today is before the year's last day. */
  early: boolean;
  carried: ClosePair[];
  archived: Array<{ pair: ClosePair; label: string; end?: IsoDate }>;
  pairChanges: PairCloseChange[];
  people: PersonCloseChange[];
  continuing: ContinuingMentor[];
  settingChanges: SettingChange[];
  /** «Цель <year>» columns the close adds. */
  targetYears: string[];
  /** Proposals left unapproved: they stay as they are. */
  proposals: number;
  /** Mentors with a live pair whose latest answer is that they do not want to continue. */
  unwilling: Array<{ row: number; id: string; name: string }>;
  /** A fingerprint of the changes, so the close writes exactly what was previewed. */
  fingerprint: string;
}

export type CloseResult = { ok: true; plan: ClosePlan } | { ok: false; problem: "academicYear"; value: string };

/** The first year of «Учебный год» («2026-2027», «2026/27», «2026 – 2027 уч. г.») or undefined. */
export function academicYearStart(text: string): number | undefined {
  const years = yearsOf(text);
  return years.length ? Number(years[0]) : undefined;
}

/** FNV-1a over the text: a short fingerprint, not a security measure. */
export function fingerprintOf(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Mentor ID key → their latest «Хочет продолжить» answer in the year. */
function continueAnswers(surveys: readonly CloseSurvey[], start: IsoDate, end: IsoDate, label: string) {
  const latest = new Map<string, { date: string; yes: boolean }>();
  for (const s of surveys) {
    if (s.wantsToContinue === undefined) continue;
    const inYear = isIsoDate(s.date) ? s.date >= start && s.date <= end : s.academicYear === label;
    if (!inYear) continue;
    const key = idKey(s.participantId);
    const date = s.date ?? "";
    const seen = latest.get(key);
    if (!seen || date >= seen.date) latest.set(key, { date, yes: s.wantsToContinue });
  }
  return latest;
}

function extendedPeriod(period: string, needed: number): string | null {
  const years = yearsOf(period);
  if (years.length === 0) return null;
  const last = Number(years[years.length - 1]);
  if (last >= needed) return null;
  const found = period.match(/\b20\d\d\b/g) ?? [];
  if (found.length >= 2) {
    const at = period.lastIndexOf(found[found.length - 1]);
    return period.slice(0, at) + String(needed) + period.slice(at + 4);
  }
  return `${years[0]}-${needed}`;
}

export function planCloseYear(input: CloseInput): CloseResult {
  const current = academicYearStart(input.settings.academicYear);
  const first = input.year ?? current;
  if (first === undefined) return { ok: false, problem: "academicYear", value: input.settings.academicYear };
  const year = academicYearLabel(first);
  const next = academicYearLabel(first + 1);
  const { start, end } = academicYearSpan(first);
  const day = input.today < end ? input.today : end;

  // Pairs: carried, archived, end dates filled.
  const carried = input.pairs.filter(isLive);
  const archived: ClosePlan["archived"] = [];
  const pairChanges: PairCloseChange[] = [];
  for (const pair of input.pairs) {
    if (!isOver(pair) || pair.archived) continue;
    if (pair.end !== undefined && !isIsoDate(pair.end)) continue; // unreadable: the check reports it
    if (pair.end !== undefined && pair.end > end) continue; // ends in a later year
    const fill = pair.end === undefined && hasRun(pair) ? day : undefined;
    const ended = pair.end ?? fill;
    const label = ended ? academicYearLabel(academicYearOf(ended)) : year;
    archived.push({ pair, label, ...(fill ? { end: fill } : {}) });
    pairChanges.push({
      row: pair.row,
      pairId: pair.pairId,
      cells: { ...(fill ? { end: fill } : {}), archived: label },
    });
  }
  const filled = new Map(pairChanges.map((c) => [c.row, c.cells.end]));
  const pairsAfter = input.pairs.map((p) => (filled.get(p.row) ? { ...p, end: filled.get(p.row) } : p));

  // People.
  const answers = continueAnswers(input.surveys, start, end, year);
  const willing = new Set([...answers].filter(([, a]) => a.yes).map(([k]) => k));
  const byPerson = pairsByPerson(pairsAfter);
  const people: PersonCloseChange[] = followPairs(input, pairsAfter, day, { willing }).map((c) => ({
    ...c,
    kind:
      c.cells.status === PARTICIPANT_STATUS.active
        ? "continuing"
        : c.cells.status === PARTICIPANT_STATUS.finished
          ? "finished"
          : "dates",
  }));
  const continuing: ContinuingMentor[] = [];
  const unwilling: ClosePlan["unwilling"] = [];
  for (const m of input.mentors) {
    const key = idKey(m.id);
    if (!key) continue;
    const own = byPerson.mentor.get(key) ?? [];
    const live = own.some(isLive);
    // The same rule as lifecycle's personCells: willing counts for a mentor who took part.
    const tookPart = own.some(hasRun) || sameStatus(m.status, PARTICIPANT_STATUS.active);
    if (live) continuing.push({ row: m.row, id: m.id, name: m.name, reason: "pair" });
    else if (willing.has(key) && tookPart && !sameStatus(m.status, PARTICIPANT_STATUS.withdrawn))
      continuing.push({ row: m.row, id: m.id, name: m.name, reason: "willing" });
    if (live && answers.get(key)?.yes === false) unwilling.push({ row: m.row, id: m.id, name: m.name });
  }

  // Settings and target columns.
  const settingChanges: SettingChange[] = [];
  if (current === first) settingChanges.push({ key: "academicYear", from: input.settings.academicYear, to: next });
  const period = extendedPeriod(input.settings.programPeriod, first + 2);
  if (period !== null) settingChanges.push({ key: "programPeriod", from: input.settings.programPeriod, to: period });
  if (input.settings.reportDate !== null && input.settings.reportDate <= end)
    settingChanges.push({ key: "reportDate", from: input.settings.reportDate, to: "" });
  const have = new Set(input.targetYears);
  const targetYears = programmeYears({ programPeriod: period ?? input.settings.programPeriod, academicYear: next })
    .filter((y) => !have.has(y))
    .sort();

  const proposals = input.pairs.filter((p) => pairStatusOf(p.status) === "proposed").length;
  const fingerprint = fingerprintOf(
    JSON.stringify([pairChanges, people.map((p) => [p.role, p.row, p.cells]), settingChanges, targetYears]),
  );
  return {
    ok: true,
    plan: {
      year,
      next,
      start,
      end,
      day,
      early: input.today < end,
      carried,
      archived,
      pairChanges,
      people,
      continuing,
      settingChanges,
      targetYears,
      proposals,
      unwilling,
      fingerprint,
    },
  };
}

/** Does the plan change anything? */
export function planIsEmpty(plan: ClosePlan): boolean {
  return (
    plan.pairChanges.length === 0 &&
    plan.people.length === 0 &&
    plan.settingChanges.length === 0 &&
    plan.targetYears.length === 0
  );
}
