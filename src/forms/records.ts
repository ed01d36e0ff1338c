/**
 * The few facts about people and pairs that reading an answer needs (ID, personal code, name, category,
 * grade, birth date, age, consent, status), built from the key columns alone. Unlike validateBase, a row
 * missing required columns still counts here: its ID must be seen so that no ID is ever given twice.
 */
import { fullYears, isIsoDate, type IsoDate } from "../domain/common/dates";
import { isBlank, parseGrade, parseYesNo, squashSpaces } from "../domain/common/normalise";
import {
  consentBy,
  isCountable,
  isMatchable,
  isMinor,
  type MenteeRecord,
  type MentorRecord,
  type PairRef,
} from "../domain/participants";
import type { Registered } from "../domain/questionnaires";

type Row = Readonly<Record<string, unknown>>;

const text = (v: unknown): string => (isBlank(v) ? "" : squashSpaces(String(v)));
const optText = (v: unknown): string | undefined => (text(v) === "" ? undefined : text(v));

function age(v: unknown): number | undefined {
  const n = typeof v === "number" ? v : /^\s*\d{1,2}\s*$/.test(String(v ?? "")) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 5 && n <= 99 ? n : undefined;
}

/** `today` dates the age of a row that has a birth date and no «Возраст» value (who is a minor). */
function common(row: Row, rowNumber: number, today?: IsoDate) {
  const category = text(row.category);
  const birthDate = isIsoDate(row.birthDate) ? row.birthDate : undefined;
  const a = age(row.age) ?? (birthDate && today ? fullYears(birthDate, today) : undefined);
  const consent = parseYesNo(row.consent) === true;
  const status = optText(row.status);
  const grade = optText(row.grade);
  return {
    row: rowNumber,
    id: text(row.id),
    name: text(row.name),
    category,
    grade,
    gradeNumber: grade === undefined ? undefined : parseGrade(grade),
    birthDate,
    age: a,
    code: optText(row.code),
    consent,
    status,
    minor: isMinor({ age: a, category }),
    consentBy: consentBy({ age: a, category }),
    countable: isCountable({ consent, status }),
    matchable: isMatchable({ consent, status }),
    complete: true,
  };
}

export function mentorRecords(
  rows: readonly Row[],
  rowNumbers: readonly number[],
  today?: IsoDate,
): Array<Registered<MentorRecord>> {
  return rows.map((r, i) => ({
    ...common(r, rowNumbers[i], today),
    role: "mentor" as const,
    competencies: [],
    forms: [],
    trained: parseYesNo(r.trained) === true,
    contacts: optText(r.contacts),
  }));
}

export function menteeRecords(
  rows: readonly Row[],
  rowNumbers: readonly number[],
  today?: IsoDate,
): Array<Registered<MenteeRecord>> {
  return rows.map((r, i) => ({ ...common(r, rowNumbers[i], today), role: "mentee" as const, requests: [], needs: [] }));
}

/**
 * Just enough of a register to find who owns a personal code or an ID (the survey, preference and meeting
 * questionnaires): nothing else is read or normalised, so a 10,000-row register costs little per answer.
 */
export function codeRecords(
  role: "mentor",
  rows: readonly Row[],
  rowNumbers: readonly number[],
): Array<Registered<MentorRecord>>;
export function codeRecords(
  role: "mentee",
  rows: readonly Row[],
  rowNumbers: readonly number[],
): Array<Registered<MenteeRecord>>;
export function codeRecords(
  role: "mentor" | "mentee",
  rows: readonly Row[],
  rowNumbers: readonly number[],
): Array<Registered<MentorRecord> | Registered<MenteeRecord>> {
  return rows.map((r, i) => {
    // Nothing but the ID and the code is known: the rest says "unknown" in the most careful way (a minor,
    // neither countable nor matchable), so a caller that reads it by mistake errs on the safe side.
    const base = {
      row: rowNumbers[i],
      id: text(r.id),
      code: optText(r.code),
      name: "",
      category: "",
      consent: false,
      minor: true,
      consentBy: "guardian" as const,
      countable: false,
      matchable: false,
      complete: true,
    };
    return role === "mentor"
      ? { ...base, role: "mentor" as const, competencies: [], forms: [], trained: false }
      : { ...base, role: "mentee" as const, requests: [], needs: [] };
  });
}

export function pairRefs(rows: readonly Row[]): PairRef[] {
  return rows.map((r) => ({
    pairId: text(r.pairId),
    mentorId: text(r.mentorId),
    menteeId: text(r.menteeId),
    mentorName: optText(r.mentorName),
    menteeName: optText(r.menteeName),
    status: optText(r.status),
  }));
}
