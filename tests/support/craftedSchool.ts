/**
 * The crafted school of the counting contract (docs/indicators.md): candidates, a pair ended last year, a
 * person in both bases, a teacher aged 36 with 2 years, two waves, a mentee without consent. Shared by the
 * report's count test (domain) and the sheet's (live formulas, `cmn indicators`).
 */
import type { PlainSchool } from "./independentCount";

export const NAMES: Record<string, string> = {
  mentees_10_18:
    "Доля детей и молодёжи в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого",
  mentors_15_18:
    "Доля детей и молодёжи в возрасте от 15 до 18 лет, вошедших в программы наставничества в роли наставника",
  young_teachers:
    "Доля учителей – молодых специалистов (с опытом работы от 0 до 3 лет), вошедших в программы в роли наставляемого",
  young_teachers_35:
    "Доля учителей в возрасте до 35 лет, вошедших в программы наставничества в роли наставляемого в первые три года работы",
  mentee_satisfaction: "Уровень удовлетворённости наставляемых участием в программах наставничества (опросный)",
  mentor_satisfaction: "Уровень удовлетворённости наставников участием в программах наставничества (опросный)",
  pupils_coverage: "Охват обучающихся программами наставничества",
  teachers_coverage: "Охват педагогических работников программами наставничества",
  enterprises_share: "Доля организаций-партнёров, предоставивших наставников",
};

export const DAY = "2027-06-15";
const person = (over: Record<string, unknown>) => ({ consent: true, status: "активен", ...over });

export const crafted = {
  mentors: [
    person({
      id: "НТ-0001",
      name: "Иванова Анна",
      category: "педагог",
      birthDate: "1975-04-02",
      experience: 25,
      forms: "учитель – учитель",
    }),
    // A pupil mentor who is also a mentee: one person, linked by «Ключ персоны».
    person({
      id: "НТ-0002",
      name: "Петров Олег",
      category: "обучающийся",
      birthDate: "2010-03-01",
      forms: "ученик – ученик",
      personKey: "НЯ-0002",
    }),
    person({
      id: "НТ-0003",
      name: "Сидоров Пётр",
      category: "представитель работодателя",
      birthDate: "1980-01-01",
      organisation: "ООО «Ромашка»",
      forms: "работодатель – ученик",
    }),
    // A candidate: in the base, never paired.
    person({
      id: "НТ-0004",
      name: "Кандидатов Иван",
      category: "педагог",
      birthDate: "1985-01-01",
      forms: "учитель – учитель",
      status: "кандидат",
    }),
    // Paired last year only.
    person({
      id: "НТ-0005",
      name: "Прошлогодний Лев",
      category: "обучающийся",
      birthDate: "2009-01-01",
      forms: "ученик – ученик",
      status: "завершил",
    }),
  ],
  mentees: [
    // A teacher aged 36 with 2 years' experience: a young specialist, but not «до 35 лет».
    person({
      id: "НЯ-0001",
      name: "Молодая Мария",
      category: "педагог",
      birthDate: "1991-01-10",
      experience: 2,
      form: "учитель – учитель",
    }),
    person({
      id: "НЯ-0002",
      name: "Петров Олег",
      category: "обучающийся",
      birthDate: "2010-03-01",
      form: "работодатель – ученик",
      personKey: "НЯ-0002",
    }),
    person({
      id: "НЯ-0003",
      name: "Ручной Артём",
      category: "обучающийся",
      birthDate: "2015-02-01",
      form: "ученик – ученик",
    }),
    person({
      id: "НЯ-0004",
      name: "Младший Глеб",
      category: "обучающийся",
      birthDate: "2018-01-01",
      form: "ученик – ученик",
    }),
    person({
      id: "НЯ-0005",
      name: "Кандидатова Ира",
      category: "обучающийся",
      birthDate: "2013-01-01",
      form: "ученик – ученик",
      status: "кандидат",
    }),
    person({
      id: "НЯ-0006",
      name: "Безсогласия Вера",
      category: "обучающийся",
      birthDate: "2013-01-01",
      form: "работодатель – ученик",
      consent: false,
    }),
    person({
      id: "НЯ-0007",
      name: "Прошлогодняя Ада",
      category: "обучающийся",
      birthDate: "2013-01-01",
      form: "ученик – ученик",
      status: "завершил",
    }),
    person({
      id: "НЯ-0008",
      name: "Предложенный Ян",
      category: "обучающийся",
      birthDate: "2013-01-01",
      form: "учитель – учитель",
      status: "кандидат",
    }),
    person({
      id: "НЯ-0009",
      name: "Расторгнутая Юля",
      category: "обучающийся",
      birthDate: "2013-01-01",
      form: "учитель – учитель",
      status: "кандидат",
    }),
  ],
  pairs: [
    {
      pairId: "П-0001",
      mentorId: "НТ-0001",
      menteeId: "НЯ-0001",
      form: "учитель – учитель",
      status: "активна",
      start: "2026-09-15",
    },
    {
      pairId: "П-0002",
      mentorId: "НТ-0002",
      menteeId: "НЯ-0004",
      form: "ученик – ученик",
      status: "утверждена",
      start: "2026-10-01",
    },
    // Typed by hand: the ID in lower case, the status capitalised, no score or reasons; with П-0002 a group.
    {
      pairId: "П-0003",
      mentorId: "нт-0002",
      menteeId: "НЯ-0003",
      form: "ученик – ученик",
      status: "Активна",
      start: "2026-10-01",
    },
    {
      pairId: "П-0004",
      mentorId: "НТ-0003",
      menteeId: "НЯ-0002",
      form: "работодатель – ученик",
      status: "завершена",
      start: "2026-09-10",
      end: "2027-05-20",
    },
    // Ended last year: nobody in it counts this year.
    {
      pairId: "П-0005",
      mentorId: "НТ-0005",
      menteeId: "НЯ-0007",
      form: "ученик – ученик",
      status: "завершена",
      start: "2025-09-10",
      end: "2026-05-31",
    },
    // The same mentor's next mentee once П-0004 ended: consecutive pairs, not a group.
    {
      pairId: "П-0006",
      mentorId: "НТ-0003",
      menteeId: "НЯ-0006",
      form: "работодатель – ученик",
      status: "активна",
      start: "2027-05-25",
    },
    { pairId: "П-0007", mentorId: "НТ-0004", menteeId: "НЯ-0008", form: "учитель – учитель", status: "предложена" },
    { pairId: "П-0008", mentorId: "НТ-0001", menteeId: "НЯ-0009", form: "учитель – учитель", status: "расторгнута" },
  ],
  surveys: [
    // Two waves: the December answers are replaced by May's for the report in June.
    {
      participantId: "НЯ-0002",
      role: "наставляемый",
      questionnaire: "удовлетворённость",
      wave: "декабрь 2026",
      date: "2026-12-10",
      total: 9,
    },
    {
      participantId: "НЯ-0003",
      role: "наставляемый",
      questionnaire: "удовлетворённость",
      wave: "декабрь 2026",
      date: "2026-12-11",
      total: 8,
    },
    {
      participantId: "НЯ-0002",
      role: "наставляемый",
      questionnaire: "удовлетворённость",
      wave: "май 2027",
      date: "2027-05-12",
      total: 5,
    },
    {
      participantId: "НЯ-0001",
      role: "наставляемый",
      questionnaire: "удовлетворённость",
      wave: "май 2027",
      date: "2027-05-13",
      total: 8,
    },
    {
      participantId: "НЯ-0004",
      role: "наставляемый",
      questionnaire: "удовлетворённость",
      wave: "май 2027",
      date: "2027-05-14",
      total: 7,
    },
    // A mentee who does not count (no consent) answered: not in the figure.
    {
      participantId: "НЯ-0006",
      role: "наставляемый",
      questionnaire: "удовлетворённость",
      wave: "май 2027",
      date: "2027-05-14",
      total: 10,
    },
    {
      participantId: "НТ-0001",
      role: "наставник",
      questionnaire: "удовлетворённость",
      wave: "май 2027",
      date: "2027-05-15",
      total: 9,
    },
  ],
  contingent: {
    pupils_10_18: 120,
    pupils_15_18: 40,
    teachers_0_3: 4,
    teachers_under_35_0_3: 3,
    pupils: 300,
    teachers: 30,
    employers: 5,
  },
} satisfies PlainSchool;
