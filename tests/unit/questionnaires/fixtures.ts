/**
 * A small school's registers, read through the real register check, as the submit handler would have them,
 * with the personal codes of «Личный код».
 */
import {
  defaultRefs,
  validateBase,
  type MenteeRecord,
  type MentorRecord,
  type PairRef,
} from "../../../src/domain/participants";
import type { MapContext, Registered } from "../../../src/domain/questionnaires";

export const refs = defaultRefs();

const mentorRows = [
  {
    id: "НТ-0001",
    name: "Москвина Татьяна Николаевна",
    category: "педагог",
    age: 48,
    experience: 25,
    forms: "учитель – учитель",
    competencies: "методика",
    capacity: 2,
    consent: true,
    status: "активен",
    contacts: "moskvina@school.ru",
  },
  {
    id: "НТ-0002",
    name: "Лаптев Кирилл",
    category: "обучающийся",
    grade: "10А",
    age: 16,
    forms: "ученик – ученик",
    competencies: "физика; математика",
    capacity: 1,
    consent: true,
    status: "активен",
  },
  {
    id: "НТ-0003",
    name: "Белякова Татьяна Юрьевна",
    category: "педагог",
    forms: "учитель – учитель",
    consent: false,
    status: "кандидат",
  },
];

const menteeRows = [
  {
    id: "НЯ-0001",
    name: "Сидорова Алина",
    category: "обучающийся",
    grade: "7Б",
    birthDate: "2013-05-04",
    age: 13,
    requests: "математика",
    consent: true,
    status: "активен",
  },
  {
    id: "НЯ-0002",
    name: "Зуева Марина Олеговна",
    category: "педагог",
    age: 24,
    experience: 1,
    consent: true,
    status: "активен",
  },
  { id: "", name: "Орлов Денис", category: "обучающийся", grade: "8", consent: false, status: "кандидат" },
];

/** Personal codes by ID (Белякова and Орлов have none yet). */
export const CODES: Record<string, string> = {
  "НТ-0001": "TNMK-4A2B",
  "НТ-0002": "LPTV-7K2C",
  "НЯ-0001": "SDRV-8A3M",
  "НЯ-0002": "ZUEV-5M9P",
};

const withCode = <P extends { id: string }>(p: P): P & { code?: string } => ({ ...p, code: CODES[p.id] });

export const mentors: Array<Registered<MentorRecord>> = validateBase("mentors", mentorRows, refs).records.map(withCode);
export const mentees: Array<Registered<MenteeRecord>> = validateBase("mentees", menteeRows, refs).records.map(withCode);
export const pairs: PairRef[] = [
  {
    pairId: "П-0001",
    mentorId: "НТ-0002",
    menteeId: "НЯ-0001",
    mentorName: "Лаптев Кирилл",
    menteeName: "Сидорова Алина",
    status: "активна",
  },
  {
    pairId: "П-0002",
    mentorId: "НТ-0001",
    menteeId: "НЯ-0002",
    mentorName: "Москвина Татьяна Николаевна",
    menteeName: "Зуева Марина Олеговна",
    status: "утверждена",
  },
  { pairId: "П-0003", mentorId: "НТ-0001", menteeId: "НЯ-0001", status: "расторгнута" },
  { pairId: "П-0004", mentorId: "НТ-0001", menteeId: "НЯ-0001", status: "активна" },
];

/** The day the answers are given (the timestamp below is 12.10.2026 15:30 in the spreadsheet's zone). */
export const TODAY = "2026-10-12";

export const WAVES = ["октябрь 2026", "май 2027"];

export const context: MapContext = {
  refs,
  existing: { mentors, mentees, pairs },
  today: TODAY,
  waves: WAVES,
  // The adapter draws codes from a random seed (codeSource); here every new person gets this one.
  newCode: () => "NEWC-ODE2",
};

/** namedValues as the spreadsheet trigger gives them: one array of strings per question title. */
export function answers(values: Record<string, string | string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = { "Отметка времени": ["12.10.2026 15:30:00"] };
  for (const [k, v] of Object.entries(values)) out[k] = Array.isArray(v) ? v : [v];
  return out;
}
