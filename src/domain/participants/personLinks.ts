/**
 * One person, one count (docs/indicators.md): a pupil who is a mentee in one form and a mentor in another
 * has a row in each base. The add-on suggests such links and the curator confirms or dismisses each one;
 * confirming writes the mentee's ID into «Ключ персоны» of both rows, and the indicators then count the
 * person once (indicators/roster.ts `personOf`: personKey || id).
 *
 * Decisions:
 * - Suggested when the names are the same (case, «ё», spacing and punctuation aside) and the birth dates
 *   are the same. When either row has no birth date, the same age in full years on `today` (from a birth
 *   date or the typed «Возраст» of an old workbook) stands in, and the suggestion says so. A name alone is
 *   never enough: namesakes are common in a school.
 * - Not suggested when the rows are already one person, when either row is linked to somebody else, when
 *   a row has no ID yet, or when the curator dismissed that pair of rows (by their IDs).
 * - Two mentor rows that both fit one mentee are both listed: the curator knows which is right.
 */
import { fullYears, isIsoDate, type IsoDate } from "../common/dates";
import { labelKey } from "../common/normalise";
import { idKey } from "./ids";

export interface LinkCandidate {
  row: number;
  id: string;
  name: string;
  birthDate?: string;
  /** «Возраст» as the sheet holds it (typed in an old workbook). */
  age?: number;
  personKey?: string;
}

export type LinkBasis = "birthDate" | "age";

export interface PersonLink {
  mentee: LinkCandidate;
  mentor: LinkCandidate;
  basis: LinkBasis;
}

/** The key a dismissal is remembered by. */
export function linkKey(menteeId: string, mentorId: string): string {
  return `${idKey(menteeId)}|${idKey(mentorId)}`;
}

/** The person a row belongs to (as the indicators see it). */
const personOf = (p: LinkCandidate) => idKey(p.personKey || p.id);

function ageOf(p: LinkCandidate, today: IsoDate): number | undefined {
  if (isIsoDate(p.birthDate)) return fullYears(p.birthDate, today);
  return typeof p.age === "number" && Number.isFinite(p.age) ? p.age : undefined;
}

/** Linked to somebody other than itself (a mentee's own ID as its key is the normal state). */
const linkedElsewhere = (p: LinkCandidate, self: string) => !!p.personKey && idKey(p.personKey) !== self;

export function suggestPersonLinks(
  mentees: readonly LinkCandidate[],
  mentors: readonly LinkCandidate[],
  options: { today: IsoDate; dismissed?: ReadonlySet<string> },
): PersonLink[] {
  const mentorsByName = new Map<string, LinkCandidate[]>();
  for (const m of mentors) {
    const name = labelKey(m.name);
    if (!name || !idKey(m.id)) continue;
    const list = mentorsByName.get(name);
    if (list) list.push(m);
    else mentorsByName.set(name, [m]);
  }
  const out: PersonLink[] = [];
  for (const mentee of mentees) {
    const menteeKey = idKey(mentee.id);
    if (!menteeKey || linkedElsewhere(mentee, menteeKey)) continue;
    for (const mentor of mentorsByName.get(labelKey(mentee.name)) ?? []) {
      if (personOf(mentor) === personOf(mentee)) continue;
      if (linkedElsewhere(mentor, idKey(mentor.id))) continue;
      if (options.dismissed?.has(linkKey(mentee.id, mentor.id))) continue;
      let basis: LinkBasis | null = null;
      if (isIsoDate(mentee.birthDate) && isIsoDate(mentor.birthDate)) {
        if (mentee.birthDate === mentor.birthDate) basis = "birthDate";
      } else {
        const a = ageOf(mentee, options.today);
        const b = ageOf(mentor, options.today);
        if (a !== undefined && a === b) basis = "age";
      }
      if (basis) out.push({ mentee, mentor, basis });
    }
  }
  return out;
}

/** Is the link still as suggested (both rows there, unlinked elsewhere)? For confirming from a stale list. */
export function findLink(
  mentees: readonly LinkCandidate[],
  mentors: readonly LinkCandidate[],
  menteeId: string,
  mentorId: string,
): { mentee: LinkCandidate; mentor: LinkCandidate } | undefined {
  const mentee = mentees.find((m) => idKey(m.id) === idKey(menteeId));
  const mentor = mentors.find((m) => idKey(m.id) === idKey(mentorId));
  return mentee && mentor ? { mentee, mentor } : undefined;
}
