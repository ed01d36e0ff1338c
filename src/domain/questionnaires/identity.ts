/**
 * Who a mentee or mentor questionnaire answer is about. Decisions (issue «Identity you can trust»):
 * - a person is matched by a stable key: the personal code of their link (verified), or, without a code,
 *   a mentor's collected e-mail found whole in «Контакты»; never by name alone;
 * - without a code, a name match counts only when nothing the answer says contradicts the row: category,
 *   class (number and letter), birth date, age. Then the answer updates that row, unverified: consent is
 *   never changed by it. A name match with any difference is a new person, and each such namesake is a
 *   «возможный дубликат» for the curator to merge or keep apart;
 * - a code that belongs to nobody, to the other register, to several rows, or to a person whose name is
 *   not the one in the answer (a code passed on to someone else) refuses the answer whole: it goes to
 *   «Журнал ошибок», and the owner's row is not touched;
 * - a field known on one side only is no difference (a row typed by the curator without a birth date is
 *   completed by the answer); a typed age may be a year stale, so it differs from an age computed from the
 *   answer's birth date only by more than one year.
 */
import { fullYears, formatDateRu, type IsoDate } from "../common/dates";
import { labelKey } from "../common/normalise";
import type { ParticipantRecord } from "../participants/records";
import { IDENTITY_MESSAGES as M } from "./messages";
import { PeopleLookup } from "./lookup";
import { codeKey } from "./personalCode";

/** A register row with its personal code («Личный код»). */
export type Registered<P extends ParticipantRecord = ParticipantRecord> = P & { code?: string };

export interface PersonClaim {
  name: string;
  category: string;
  grade?: string;
  birthDate?: IsoDate;
  /** The personal code the answer carries (pre-filled by the link), as typed. */
  code?: string;
  /** The collected e-mail of the respondent (lower case), mentors only. */
  email?: string;
}

export interface Namesake<P> {
  person: P;
  /** Russian, one per field: «класс: 7А → 7Б». */
  differences: string[];
}

export type Identity<P> =
  | { kind: "code"; person: P }
  | { kind: "match"; person: P; by: "email" | "name" }
  | { kind: "new"; namesakes: Array<Namesake<P>> }
  | { kind: "refused"; reason: string };

/** Class number and letter: «7 Б», «7-б», «7B» (Latin look-alike) → 7 and «б»; «7 класс» → 7, no letter. */
const GRADE = /^\s*(\d{1,2})\s*(?:-?\s*([а-яёa-z]))?\s*(?:кл\.?|класс[а-яё]*|курс[а-яё]*)?\s*$/i;
const LATIN_LETTER: Record<string, string> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};

function gradeParts(grade: string | undefined): { n?: number; letter?: string } {
  if (grade === undefined) return {};
  const m = GRADE.exec(grade);
  if (!m) return {};
  const letter = m[2]?.toLowerCase().replace(/ё/g, "е");
  return { n: Number(m[1]), letter: letter === undefined ? undefined : (LATIN_LETTER[letter] ?? letter) };
}

function gradesDiffer(a: string | undefined, b: string | undefined): boolean {
  const x = gradeParts(a);
  const y = gradeParts(b);
  if (x.n === undefined || y.n === undefined) return a !== undefined && b !== undefined && labelKey(a) !== labelKey(b);
  if (x.n !== y.n) return true;
  return x.letter !== undefined && y.letter !== undefined && x.letter !== y.letter;
}

/** What the answer says that contradicts the row, in Russian; [] when nothing does. */
export function differences(person: ParticipantRecord, claim: PersonClaim, today: IsoDate): string[] {
  const out: string[] = [];
  if (labelKey(person.category) !== labelKey(claim.category))
    out.push(M.differs.category(person.category, claim.category));
  if (gradesDiffer(person.grade, claim.grade)) out.push(M.differs.grade(person.grade ?? "", claim.grade ?? ""));
  if (claim.birthDate !== undefined) {
    if (person.birthDate !== undefined) {
      if (person.birthDate !== claim.birthDate)
        out.push(M.differs.birthDate(formatDateRu(person.birthDate), formatDateRu(claim.birthDate)));
    } else if (person.age !== undefined) {
      const age = fullYears(claim.birthDate, today);
      if (Math.abs(age - person.age) > 1) out.push(M.differs.age(person.age, age));
    }
  }
  return out;
}

/** The rows holding this code (compared by codeKey). */
export function ownersOf<P extends { code?: string }>(code: string, people: readonly P[]): P[] {
  const key = codeKey(code);
  if (key === "") return [];
  return people.filter((p) => codeKey(p.code) === key);
}

/** Is the row's name a real name (not a code the curator keeps instead of one)? */
function hasRealName(person: ParticipantRecord): boolean {
  return person.name !== "" && labelKey(person.name) !== labelKey(person.id);
}

/** A register as identify reads it: an index kept by the caller, or the rows (indexed here, in O(n)). */
type People<P extends Registered> = readonly P[] | PeopleLookup<P>;

function indexOf<P extends Registered>(people: People<P>): PeopleLookup<P> {
  return people instanceof PeopleLookup ? people : new PeopleLookup<P>("", people);
}

/**
 * Who the answer is about. `people` is the register the questionnaire feeds, `others` the other register
 * (a code found there is refused with a clear reason); `sheetName`/`otherSheetName` are for messages.
 */
export function identify<P extends Registered>(
  claim: PersonClaim,
  people: People<P>,
  others: People<Registered>,
  names: { sheet: string; otherSheet: string },
  today: IsoDate,
): Identity<P> {
  const index = indexOf(people);
  if (claim.code !== undefined) {
    const owners = index.withPersonalCode(claim.code);
    if (owners.length > 1)
      return {
        kind: "refused",
        reason: M.codeOnSeveralRows(
          claim.code,
          names.sheet,
          owners.map((p) => p.row),
        ),
      };
    if (owners.length === 0) {
      const elsewhere = indexOf(others).withPersonalCode(claim.code).length > 0;
      return {
        kind: "refused",
        reason: elsewhere ? M.codeOfOtherSheet(claim.code, names.otherSheet, names.sheet) : M.unknownCode(claim.code),
      };
    }
    const owner = owners[0];
    if (hasRealName(owner) && labelKey(owner.name) !== labelKey(claim.name))
      return { kind: "refused", reason: M.codeOfOtherPerson(claim.code, names.sheet, owner.row) };
    return { kind: "code", person: owner };
  }

  if (claim.email) {
    const email = claim.email;
    const byEmail = index.withEmail(email);
    if (byEmail.length > 1)
      return {
        kind: "refused",
        reason: M.ambiguous(
          names.sheet,
          byEmail.map((p) => p.row),
        ),
      };
    if (byEmail.length === 1) return { kind: "match", person: byEmail[0], by: "email" };
  }

  const namesakes = index
    .named(claim.name)
    .map((person) => ({ person, differences: differences(person, claim, today) }));
  const same = namesakes.filter((n) => n.differences.length === 0);
  if (same.length > 1)
    return {
      kind: "refused",
      reason: M.ambiguous(
        names.sheet,
        same.map((n) => n.person.row),
      ),
    };
  if (same.length === 1) return { kind: "match", person: same[0].person, by: "name" };
  return { kind: "new", namesakes };
}
