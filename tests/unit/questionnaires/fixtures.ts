/** A small school's registers, read through the real register check, as the submit handler would have them. */
import {
  defaultRefs,
  validateBase,
  type MenteeRecord,
  type MentorRecord,
  type PairRef,
} from "../../../src/domain/participants";
import type { MapContext } from "../../../src/domain/questionnaires";

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

export const mentors: MentorRecord[] = validateBase("mentors", mentorRows, refs).records;
export const mentees: MenteeRecord[] = validateBase("mentees", menteeRows, refs).records;
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
];

/** The day the answers are given (the timestamp below is 12.10.2026 15:30 in the spreadsheet's zone). */
export const TODAY = "2026-10-12";

export const context: MapContext = { refs, existing: { mentors, mentees, pairs }, today: TODAY };

/** namedValues as the spreadsheet trigger gives them: one array of strings per question title. */
export function answers(values: Record<string, string | string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = { "Отметка времени": ["12.10.2026 15:30:00"] };
  for (const [k, v] of Object.entries(values)) out[k] = Array.isArray(v) ? v : [v];
  return out;
}
