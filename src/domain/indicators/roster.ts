/**
 * Who is «вошедший в программу» in the report year (docs/indicators.md): a person counts as a mentee
 * (mentor) of the year when
 *   1. they have a row in «Пары» in that role whose status is «утверждена», «активна» or «завершена», or
 *      «расторгнута» after it started (it has a start date);
 *   2. that pair's dates overlap the year: «Дата начала» ≤ 31 August (blank: counts from its approval) and
 *      «Дата окончания» blank or ≥ 1 September;
 *   3. their consent («Согласие ПДн») is given.
 * The participant status in the base is never read: it follows the pairs, not the other way round.
 *
 * One person, one count: a mentor row and a mentee row with the same «Ключ персоны» are one person;
 * `persons` counts distinct people of a category across both roles (coverage figures).
 */
import type { IsoDate } from "../common/dates";
import { labelKey } from "../common/normalise";
import type { MenteeRecord, MentorRecord, PairRecord } from "../participants/records";
import { idKey } from "../participants/ids";
import { COUNTING_PAIR_STATUSES, PAIR_STATUS } from "../workbook/defaults";
import type { ReportFrame } from "./reportYear";

export interface Roster {
  mentees: MenteeRecord[];
  mentors: MentorRecord[];
  /** Pairs that put somebody in the programme this year. */
  pairs: PairRecord[];
}

const COUNTING = new Set(COUNTING_PAIR_STATUSES.map(labelKey));
const CANCELLED = labelKey(PAIR_STATUS.cancelled);

/** Does the pair put its people in the programme in the year from `start` to `end`? */
export function pairCountsIn(pair: PairRecord, start: IsoDate, end: IsoDate): boolean {
  const status = labelKey(pair.status ?? "");
  if (!COUNTING.has(status) && !(status === CANCELLED && pair.start !== undefined)) return false;
  if (pair.start !== undefined && pair.start > end) return false;
  if (pair.end !== undefined && pair.end < start) return false;
  return true;
}

export function rosterOf(
  data: { mentors: readonly MentorRecord[]; mentees: readonly MenteeRecord[]; pairs: readonly PairRecord[] },
  frame: Pick<ReportFrame, "start" | "end">,
): Roster {
  const pairs = data.pairs.filter((p) => pairCountsIn(p, frame.start, frame.end));
  const mentorIds = new Set(pairs.map((p) => idKey(p.mentorId)));
  const menteeIds = new Set(pairs.map((p) => idKey(p.menteeId)));
  return {
    pairs,
    mentors: data.mentors.filter((m) => m.consent && mentorIds.has(idKey(m.id))),
    mentees: data.mentees.filter((m) => m.consent && menteeIds.has(idKey(m.id))),
  };
}

/**
 * The key that makes two rows one person: «Ключ персоны», else the row's own ID. Linking a mentor to a
 * mentee writes the mentee's ID as the key (into both rows); mentor and mentee IDs never coincide (НТ-/НЯ-).
 */
export function personOf(p: { id: string; personKey?: string }): string {
  return idKey(p.personKey || p.id);
}

/** Distinct persons of the roster whose category matches (both roles, one person once). */
export function distinctPersons(roster: Roster, category: string): number {
  const wanted = labelKey(category);
  const seen = new Set<string>();
  for (const p of [...roster.mentees, ...roster.mentors]) if (labelKey(p.category) === wanted) seen.add(personOf(p));
  return seen.size;
}
