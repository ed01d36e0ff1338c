/**
 * A participant's status follows their pairs (docs/indicators.md, «Who is вошедший»): the one place that
 * decides what approving, ending or hand-editing a pair does to the people in it, and what closing a year
 * does to everybody. Pure: the sheets layer reads the rows, this says which cells change.
 *
 * Decisions, per person and role (a mentor row follows the pairs where the ID is the mentor, a mentee row
 * the pairs where it is the mentee):
 * - A live pair («утверждена», «активна») makes the person «активен». «Дата вхождения», when blank, is
 *   the start of their earliest pair that has one (else the day of the change). A «Дата завершения» left
 *   from an earlier spell is cleared: «активен» with an end date would contradict itself, and the pairs
 *   keep the history.
 * - No live pair, but a pair that ran («завершена», or «расторгнута» after it started: the pairs the
 *   indicators count) — the person has finished: «завершил», with «Дата завершения» the latest end of
 *   their pairs (or the day of the change when none has one). «выбыл» stays «выбыл»: it says more.
 * - No pair that ran (only proposals, or pairs cancelled before they started): the status stays as it is
 *   (a curator may have made somebody «активен» before any pair).
 * - Only the people named are looked at (the people of the pairs that changed): a status the curator
 *   typed for anybody else stays as typed.
 * - Closing a year (domain/year) adds one rule: a mentor with no live pair who answered «Хочет
 *   продолжить» in the closed year stays «активен» (`willing`).
 * Dates are IsoDate; a date cell holding text that is not a date is kept as typed, never overwritten.
 */
import { isIsoDate, type IsoDate } from "../common/dates";
import { labelKey } from "../common/normalise";
import { idKey } from "../participants/ids";
import { LIVE_PAIR_STATUSES, PAIR_STATUS, PARTICIPANT_STATUS, type PairStatusKey } from "../workbook/defaults";

export type Role = "mentor" | "mentee";

/** A row of «Пары» as the lifecycle needs it. Dates: IsoDate, or the text typed when it is not a date. */
export interface PairState {
  row: number;
  pairId: string;
  mentorId: string;
  menteeId: string;
  status: string;
  start?: string;
  end?: string;
}

/** A row of «Наставники» or «Наставляемые» as the lifecycle needs it. */
export interface PersonState {
  row: number;
  id: string;
  name: string;
  status: string;
  joined?: string;
  ended?: string;
}

/** The cells a change writes: "" clears a date. */
export interface PersonCells {
  status?: string;
  joined?: IsoDate | "";
  ended?: IsoDate | "";
}

export interface PersonChange {
  role: Role;
  row: number;
  id: string;
  name: string;
  before: { status: string; joined?: string; ended?: string };
  cells: PersonCells;
}

export interface PairCells {
  status?: string;
  start?: IsoDate;
  end?: IsoDate;
}

export interface PairChange {
  row: number;
  pairId: string;
  cells: PairCells;
}

const PAIR_KEYS = Object.keys(PAIR_STATUS) as PairStatusKey[];
const PAIR_BY_LABEL = new Map(PAIR_KEYS.map((k) => [labelKey(PAIR_STATUS[k]), k]));
const LIVE = new Set<string>(LIVE_PAIR_STATUSES.map(labelKey));

/** The meaning of a status as typed («Завершена », «завершена») or undefined. */
export function pairStatusOf(status: string | undefined): PairStatusKey | undefined {
  return PAIR_BY_LABEL.get(labelKey(status ?? ""));
}

export function isLive(pair: Pick<PairState, "status">): boolean {
  return LIVE.has(labelKey(pair.status));
}

/** A pair that put its people in the programme and is over: the pairs the indicators count, ended. */
export function hasRun(pair: Pick<PairState, "status" | "start">): boolean {
  const s = pairStatusOf(pair.status);
  return s === "ended" || (s === "cancelled" && isIsoDate(pair.start));
}

export function isOver(pair: Pick<PairState, "status">): boolean {
  const s = pairStatusOf(pair.status);
  return s === "ended" || s === "cancelled";
}

export const sameStatus = (a: string, b: string): boolean => labelKey(a) === labelKey(b);
const latest = (days: ReadonlyArray<string | undefined>): IsoDate | undefined =>
  days.filter(isIsoDate).reduce<IsoDate | undefined>((m, d) => (m === undefined || d > m ? d : m), undefined);
const earliest = (days: ReadonlyArray<string | undefined>): IsoDate | undefined =>
  days.filter(isIsoDate).reduce<IsoDate | undefined>((m, d) => (m === undefined || d < m ? d : m), undefined);

/** Pairs by person ID, per role. */
export function pairsByPerson(pairs: readonly PairState[]): Record<Role, Map<string, PairState[]>> {
  const out: Record<Role, Map<string, PairState[]>> = { mentor: new Map(), mentee: new Map() };
  for (const p of pairs) {
    for (const [role, id] of [
      ["mentor", p.mentorId],
      ["mentee", p.menteeId],
    ] as const) {
      const key = idKey(id);
      if (!key) continue;
      const list = out[role].get(key);
      if (list) list.push(p);
      else out[role].set(key, [p]);
    }
  }
  return out;
}

/**
 * The cells of one person that should change, given all their pairs in that role. `day` is the day of
 * the change (a fallback for the dates); `willing`: a mentor who wants to continue (closing a year).
 */
export function personCells(
  person: PersonState,
  pairs: readonly PairState[],
  day: IsoDate,
  options: { willing?: boolean } = {},
): PersonCells {
  const cells: PersonCells = {};
  const live = pairs.filter(isLive);
  const ran = pairs.filter(hasRun);
  const withdrawn = sameStatus(person.status, PARTICIPANT_STATUS.withdrawn);
  const active = sameStatus(person.status, PARTICIPANT_STATUS.active);
  // Willing counts for somebody who took part (a pair that ran, or «активен»), not for a candidate.
  const stays = options.willing === true && !withdrawn && (ran.length > 0 || active);
  if (live.length || stays) {
    if (!active) cells.status = PARTICIPANT_STATUS.active;
    if (person.joined === undefined) cells.joined = earliest(pairs.map((p) => p.start)) ?? day;
    if (isIsoDate(person.ended)) cells.ended = "";
    return cells;
  }
  if (ran.length) {
    if (withdrawn) return cells;
    const finishing = !sameStatus(person.status, PARTICIPANT_STATUS.finished);
    if (finishing) cells.status = PARTICIPANT_STATUS.finished;
    const end = latest(ran.map((p) => p.end)) ?? day;
    if (person.ended === undefined || (finishing && isIsoDate(person.ended) && person.ended !== end)) cells.ended = end;
    if (person.joined === undefined) {
      const joined = earliest(ran.map((p) => p.start));
      if (joined) cells.joined = joined;
    }
  }
  return cells;
}

export interface People {
  mentors: readonly PersonState[];
  mentees: readonly PersonState[];
}

/**
 * What the pairs as they now are do to the people named: the changes, one per person whose cells differ.
 * `who`: the people to look at, by role and ID (the people of the pairs that changed); omitted, everybody
 * with a pair or «активен». `willing`: mentor IDs who want to continue (closing a year).
 */
export function followPairs(
  people: People,
  pairs: readonly PairState[],
  day: IsoDate,
  options: { who?: Iterable<{ role: Role; id: string }>; willing?: ReadonlySet<string> } = {},
): PersonChange[] {
  const byPerson = pairsByPerson(pairs);
  const wanted: Record<Role, Set<string> | null> = { mentor: null, mentee: null };
  if (options.who) {
    wanted.mentor = new Set();
    wanted.mentee = new Set();
    for (const w of options.who) wanted[w.role]!.add(idKey(w.id));
  }
  const out: PersonChange[] = [];
  for (const role of ["mentor", "mentee"] as const) {
    const list = role === "mentor" ? people.mentors : people.mentees;
    for (const person of list) {
      const key = idKey(person.id);
      if (!key) continue;
      const own = byPerson[role].get(key) ?? [];
      const willing = role === "mentor" && (options.willing?.has(key) ?? false);
      const only = wanted[role];
      const looked = only
        ? only.has(key)
        : own.length > 0 || willing || sameStatus(person.status, PARTICIPANT_STATUS.active);
      if (!looked) continue;
      const cells = personCells(person, own, day, { willing });
      if (Object.keys(cells).length === 0) continue;
      out.push({
        role,
        row: person.row,
        id: person.id,
        name: person.name,
        before: { status: person.status, joined: person.joined, ended: person.ended },
        cells,
      });
    }
  }
  return out;
}

/** The people of some pairs, for `followPairs({ who })`. */
export function peopleOf(
  pairs: readonly Pick<PairState, "mentorId" | "menteeId">[],
): Array<{ role: Role; id: string }> {
  return pairs.flatMap((p) => [
    { role: "mentor" as const, id: p.mentorId },
    { role: "mentee" as const, id: p.menteeId },
  ]);
}

/** A pair's status edited by hand: the dates it implies (the start of a live pair, the end of one that ran). */
export function pairEditCells(pair: PairState, day: IsoDate): PairCells {
  if (isLive(pair) && pair.start === undefined) return { start: day };
  if (isOver(pair) && pair.end === undefined && isIsoDate(pair.start))
    return { end: day < pair.start ? pair.start : day };
  return {};
}

export type EndOutcome = "ended" | "cancelled";

export interface EndProblem {
  pairId: string;
  row?: number;
  kind: "unknown" | "notLive" | "beforeStart";
  status?: string;
  start?: IsoDate;
}

/**
 * «Завершить пару»: the named live pairs get «завершена» (or «расторгнута») and the end date. A pair
 * that is not live, an unknown ID, or an end before the start is a problem and nothing is changed.
 */
export function endPairs(
  pairs: readonly PairState[],
  request: { pairIds: readonly string[]; outcome: EndOutcome; day: IsoDate },
): { changes: PairChange[]; problems: EndProblem[] } {
  const byId = new Map(pairs.filter((p) => idKey(p.pairId)).map((p) => [idKey(p.pairId), p]));
  const problems: EndProblem[] = [];
  const changes: PairChange[] = [];
  for (const id of new Set(request.pairIds.map(idKey))) {
    const pair = byId.get(id);
    if (!pair) problems.push({ pairId: id, kind: "unknown" });
    else if (!isLive(pair)) problems.push({ pairId: pair.pairId, row: pair.row, kind: "notLive", status: pair.status });
    else if (isIsoDate(pair.start) && request.day < pair.start)
      problems.push({ pairId: pair.pairId, row: pair.row, kind: "beforeStart", start: pair.start });
    else
      changes.push({
        row: pair.row,
        pairId: pair.pairId,
        cells: { status: PAIR_STATUS[request.outcome], end: request.day },
      });
  }
  return { changes: problems.length ? [] : changes, problems };
}

/** The pairs with the changes applied (for following them). */
export function withPairChanges(pairs: readonly PairState[], changes: readonly PairChange[]): PairState[] {
  const byRow = new Map(changes.map((c) => [c.row, c.cells]));
  return pairs.map((p) => {
    const cells = byRow.get(p.row);
    return cells ? { ...p, ...cells } : p;
  });
}
