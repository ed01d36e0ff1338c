/**
 * The programme's figures, computed once for every screen: «Обзор», the report, matching's summary, the
 * snapshot and the documents read them here, so the same figure is the same number everywhere.
 *
 * Who counts in the report year is the roster of docs/indicators.md (indicators/roster.ts), the very
 * function the indicators use. On top of it, decisions of this module:
 * - Registers: a row of «Наставники» / «Наставляемые» the reader could take as a person. «В работе»: not
 *   «выбыл» and not «завершил» (the pool matching offers pairs to). «Ждут пары»: in work, with no pair
 *   «утверждена» or «активна» (a proposal does not end the wait: it is not approved yet).
 * - Pairs of the year are the rows of «Пары» the roster counts. A group is one mentor's pairs in one form
 *   whose dates overlap (taken together); one mentee then makes a pair, several a group. Consecutive
 *   mentees of one mentor are consecutive pairs, not a group.
 * - Live on the report day: a unit with a pair «утверждена» or «активна», or «завершена» after that day,
 *   whose start (if any) is on or before it.
 * - Proposals («предложена») are listed apart and never counted as pairs; they are a state of the
 *   workbook now, so a report on a day in an earlier programme year has none.
 * - A mentor in two forms is in each form's row once and in the total once; one person in both roles is
 *   one participant of the year (the person key).
 */
import type { IsoDate } from "../common/dates";
import { labelKey } from "../common/normalise";
import { FINISHED_STATUS, WITHDRAWN_STATUS } from "../participants/consent";
import { idKey } from "../participants/ids";
import type { MenteeRecord, MentorRecord, PairRecord } from "../participants/records";
import { LIVE_PAIR_STATUSES, PAIR_STATUS, PAIR_STATUSES } from "../workbook/defaults";
import type { Settings } from "../workbook/settings";
import { indicatorInputOf, type WorkbookRows } from "../indicators/input";
import { reportFrame, type ReportFrame } from "../indicators/reportYear";
import { refsFromRows } from "../workbook/refs";
import { personOf, rosterOf, type Roster } from "../indicators/roster";

export interface FiguresInput {
  settings: Settings;
  /** Today in the spreadsheet's zone. */
  today: IsoDate;
  mentors: readonly MentorRecord[];
  mentees: readonly MenteeRecord[];
  pairs: readonly PairRecord[];
}

/** A pair of the year, or a group: one mentor with the mentees of their overlapping pairs in one form. */
export interface PairUnit {
  mentorId: string;
  form: string;
  pairs: PairRecord[];
  /** Distinct mentees of the unit. */
  mentees: number;
  live: boolean;
}

export interface FormFigures {
  form: string;
  /** Distinct mentors of the year with a pair in this form. */
  mentors: number;
  /** Distinct mentees of the year with a pair in this form. */
  mentees: number;
  /** Units with one mentee. */
  pairs: number;
  groups: number;
  menteesInGroups: number;
  /** Units live on the report day. */
  live: number;
  proposals: number;
}

export interface ProgrammeFigures {
  frame: ReportFrame;
  /** Is the report day's programme year the current one (proposals belong to it)? */
  current: boolean;
  registers: {
    mentors: number;
    mentees: number;
    /** Not «выбыл», not «завершил». */
    mentorsOpen: number;
    menteesOpen: number;
  };
  year: {
    /** Counted by the contract: a pair of the year and consent. */
    mentors: number;
    mentees: number;
    /** Distinct persons in either role. */
    persons: number;
    /** Persons counted in both roles. */
    bothRoles: number;
    /** Rows of «Пары» that count in the year. */
    pairRows: number;
    pairs: number;
    groups: number;
    menteesInGroups: number;
    /** Pairs and groups live on the report day. */
    live: number;
    /** People with a pair of the year but no consent: not counted. */
    withoutConsent: number;
  };
  /** Mentees in work with no approved or active pair. */
  waiting: number;
  /** «предложена» rows (0 for an earlier year). */
  proposals: number;
  byForm: FormFigures[];
  /** Rows of «Пары» of the year by status, then the proposals; in the order of the status list. */
  pairsByStatus: Array<{ status: string; count: number }>;
  roster: Roster;
  units: PairUnit[];
}

const LIVE = new Set(LIVE_PAIR_STATUSES.map(labelKey));
const ENDED = labelKey(PAIR_STATUS.ended);
const PROPOSED = labelKey(PAIR_STATUS.proposed);
const CLOSED = new Set([WITHDRAWN_STATUS, FINISHED_STATUS].map(labelKey));

const isOpen = (p: { status?: string }) => !CLOSED.has(labelKey(p.status ?? ""));
const formOf = (p: PairRecord) => (p.form ?? "").trim();

/** Is the pair at work on `day`? */
export function pairLiveOn(pair: PairRecord, day: IsoDate): boolean {
  const status = labelKey(pair.status ?? "");
  if (pair.start !== undefined && pair.start > day) return false;
  if (LIVE.has(status)) return pair.end === undefined || pair.end >= day;
  return status === ENDED && pair.end !== undefined && pair.end >= day;
}

/** One mentor's pairs of one form, clustered by overlapping dates (open ends reach the year's ends). */
function unitsOf(pairs: readonly PairRecord[], frame: ReportFrame): PairUnit[] {
  const byMentorForm = new Map<string, PairRecord[]>();
  for (const p of pairs) {
    const key = `${idKey(p.mentorId)}|${labelKey(formOf(p))}`;
    byMentorForm.set(key, [...(byMentorForm.get(key) ?? []), p]);
  }
  const units: PairUnit[] = [];
  for (const list of byMentorForm.values()) {
    const span = (p: PairRecord) => ({ from: p.start ?? frame.start, to: p.end ?? frame.end });
    const sorted = [...list].sort((a, b) => (span(a).from < span(b).from ? -1 : span(a).from > span(b).from ? 1 : 0));
    let current: PairRecord[] = [];
    let reach = "";
    const close = () => {
      if (!current.length) return;
      units.push({
        mentorId: current[0].mentorId,
        form: formOf(current[0]),
        pairs: current,
        mentees: new Set(current.map((p) => idKey(p.menteeId))).size,
        live: current.some((p) => pairLiveOn(p, frame.day)),
      });
    };
    for (const p of sorted) {
      const s = span(p);
      if (current.length && s.from > reach) {
        close();
        current = [];
        reach = "";
      }
      current.push(p);
      if (s.to > reach) reach = s.to;
    }
    close();
  }
  return units;
}

function countBy(items: readonly PairRecord[], order: readonly string[]): Array<{ status: string; count: number }> {
  const counts = new Map<string, { status: string; count: number }>();
  for (const p of items) {
    const status = (p.status ?? "").trim() || "—";
    const known = order.find((s) => labelKey(s) === labelKey(status)) ?? status;
    const entry = counts.get(labelKey(known)) ?? { status: known, count: 0 };
    entry.count++;
    counts.set(labelKey(known), entry);
  }
  const rank = (s: string) => {
    const i = order.findIndex((o) => labelKey(o) === labelKey(s));
    return i < 0 ? order.length : i;
  };
  return [...counts.values()].sort((a, b) => rank(a.status) - rank(b.status) || a.status.localeCompare(b.status, "ru"));
}

export function programmeFigures(input: FiguresInput, forms: readonly string[] = []): ProgrammeFigures {
  const frame = reportFrame(input.settings, input.today);
  const roster = rosterOf(input, frame);
  const current = input.today <= frame.end && input.today >= frame.start;
  const proposals = current ? input.pairs.filter((p) => labelKey(p.status ?? "") === PROPOSED) : [];
  const units = unitsOf(roster.pairs, frame);

  const counted = {
    mentors: new Set(roster.mentors.map((m) => idKey(m.id))),
    mentees: new Set(roster.mentees.map((m) => idKey(m.id))),
  };
  const inYear = {
    mentors: new Set(roster.pairs.map((p) => idKey(p.mentorId))),
    mentees: new Set(roster.pairs.map((p) => idKey(p.menteeId))),
  };
  const withoutConsent =
    input.mentors.filter((m) => inYear.mentors.has(idKey(m.id)) && !m.consent).length +
    input.mentees.filter((m) => inYear.mentees.has(idKey(m.id)) && !m.consent).length;

  const persons = new Map<string, Set<string>>();
  for (const p of [...roster.mentees, ...roster.mentors]) {
    const key = personOf(p);
    persons.set(key, (persons.get(key) ?? new Set()).add(p.role));
  }

  const withLivePair = new Set(
    input.pairs.filter((p) => LIVE.has(labelKey(p.status ?? ""))).map((p) => idKey(p.menteeId)),
  );
  const openMentees = input.mentees.filter(isOpen);

  // Forms in the order of «Справочники», then any other form a pair names.
  const formNames = [...forms];
  for (const p of [...roster.pairs, ...proposals]) {
    const f = formOf(p);
    if (!formNames.some((n) => labelKey(n) === labelKey(f))) formNames.push(f);
  }
  const byForm = formNames
    .map((form): FormFigures => {
      const same = (p: PairRecord) => labelKey(formOf(p)) === labelKey(form);
      const pairs = roster.pairs.filter(same);
      const formUnits = units.filter((u) => labelKey(u.form) === labelKey(form));
      const groups = formUnits.filter((u) => u.mentees > 1);
      return {
        form,
        mentors: new Set(pairs.map((p) => idKey(p.mentorId)).filter((id) => counted.mentors.has(id))).size,
        mentees: new Set(pairs.map((p) => idKey(p.menteeId)).filter((id) => counted.mentees.has(id))).size,
        pairs: formUnits.length - groups.length,
        groups: groups.length,
        menteesInGroups: groups.reduce((n, u) => n + u.mentees, 0),
        live: formUnits.filter((u) => u.live).length,
        proposals: proposals.filter(same).length,
      };
    })
    .filter((f) => f.mentors || f.mentees || f.pairs || f.groups || f.proposals);

  const groups = units.filter((u) => u.mentees > 1);
  return {
    frame,
    current,
    registers: {
      mentors: input.mentors.length,
      mentees: input.mentees.length,
      mentorsOpen: input.mentors.filter(isOpen).length,
      menteesOpen: openMentees.length,
    },
    year: {
      mentors: roster.mentors.length,
      mentees: roster.mentees.length,
      persons: persons.size,
      bothRoles: [...persons.values()].filter((roles) => roles.size > 1).length,
      pairRows: roster.pairs.length,
      pairs: units.length - groups.length,
      groups: groups.length,
      menteesInGroups: groups.reduce((n, u) => n + u.mentees, 0),
      live: units.filter((u) => u.live).length,
      withoutConsent,
    },
    waiting: openMentees.filter((m) => !withLivePair.has(idKey(m.id))).length,
    proposals: proposals.length,
    byForm,
    pairsByStatus: countBy([...roster.pairs, ...proposals], PAIR_STATUSES),
    roster,
    units,
  };
}

/** The figures from the sheets' rows («Настройки», «Справочники», the bases, «Пары»), as the indicators read them. */
export function programmeFiguresOf(rows: WorkbookRows, today: IsoDate): ProgrammeFigures {
  return programmeFigures(indicatorInputOf(rows, today).input, refsFromRows(rows.refs).forms);
}
