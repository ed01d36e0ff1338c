/** Small builders for matching records, with defaults of a typical «ученик – ученик» pair. */
import { DEFAULT_MATCH_SETTINGS } from "../../../src/domain/matching/settings";
import type { MatchSettings, Mentee, Mentor } from "../../../src/domain/matching/types";

export function mentor(overrides: Partial<Mentor> = {}): Mentor {
  return {
    id: "Н-1",
    name: "Соколова Анна",
    category: "обучающийся",
    grade: 9,
    competencies: ["математика", "ОГЭ"],
    forms: ["ученик – ученик"],
    capacity: 1,
    consent: true,
    // Vetted for work with minors: trained, interviewed, a certificate of no criminal record.
    trained: true,
    interviewed: true,
    certificateDate: "2026-08-20",
    ...overrides,
  };
}

export function mentee(overrides: Partial<Mentee> = {}): Mentee {
  return {
    id: "У-1",
    name: "Петров Илья",
    category: "обучающийся",
    grade: 7,
    requests: ["математика"],
    needs: [],
    form: "ученик – ученик",
    consent: true,
    ...overrides,
  };
}

export const teacherMentor = (o: Partial<Mentor> = {}): Mentor =>
  mentor({
    id: "Н-П1",
    name: "Иванова Мария Петровна",
    category: "педагог",
    grade: undefined,
    experience: 12,
    subject: "математика",
    competencies: ["методика"],
    forms: ["учитель – учитель"],
    ...o,
  });

export const teacherMentee = (o: Partial<Mentee> = {}): Mentee =>
  mentee({
    id: "У-П1",
    name: "Ким Олег",
    category: "педагог",
    grade: undefined,
    experience: 1,
    subject: "математика",
    requests: ["методика"],
    form: "учитель – учитель",
    ...o,
  });

export const settings = (o: Partial<MatchSettings> = {}): MatchSettings => ({
  ...DEFAULT_MATCH_SETTINGS,
  weights: { ...DEFAULT_MATCH_SETTINGS.weights },
  ...o,
});
