/**
 * The matching rules as data: which categories fit a form, which role-model variant answers which need,
 * what grade or experience gap is sensible, which statuses take a person or a pair out of play.
 * Names are compared with labelKey, so «Ученик-ученик» and «ученик – ученик» are one form.
 */

/** Who may be mentor and mentee in each default form. A custom form with no row here checks the form only. */
export const FORM_CATEGORY_RULES: ReadonlyArray<{
  form: string;
  mentor: readonly string[];
  mentee: readonly string[];
}> = [
  { form: "ученик – ученик", mentor: ["обучающийся"], mentee: ["обучающийся"] },
  { form: "учитель – учитель", mentor: ["педагог"], mentee: ["педагог"] },
  { form: "студент – ученик", mentor: ["студент"], mentee: ["обучающийся"] },
  { form: "работодатель – ученик", mentor: ["представитель работодателя"], mentee: ["обучающийся"] },
  { form: "работодатель – студент", mentor: ["представитель работодателя"], mentee: ["студент"] },
];

/** Forms with a seniority rule beyond the categories. */
export const PUPIL_FORM = "ученик – ученик";
export const TEACHER_FORM = "учитель – учитель";

/** Levels of general education for gradeRule «ступень»: начальное 1–4, основное 5–9, среднее 10–11. */
export const GRADE_LEVELS: ReadonlyArray<{ from: number; to: number; level: number; label: string }> = [
  { from: 0, to: 4, level: 1, label: "начальная школа" },
  { from: 5, to: 9, level: 2, label: "основная школа" },
  { from: 10, to: 11, level: 3, label: "старшая школа" },
];

/** Participant statuses that take a person out of matching. */
export const INACTIVE_PARTICIPANT_STATUSES = ["выбыл", "завершил"] as const;

/** Pair statuses whose pair stays (consumes the mentor's capacity, the mentee is taken). */
export const KEPT_PAIR_STATUSES = ["утверждена", "активна"] as const;

/** Pair statuses the curator ended: the same two people are not proposed again. */
export const ENDED_PAIR_STATUSES = ["завершена", "расторгнута"] as const;

/**
 * Role-model variant suggested for a mentee, first matching row wins (so priority needs come first).
 * `needs`/`requests` trigger the row; `maxExperience` triggers on a young specialist. The mentor fits the
 * variant when they have any of `mentorTags` among their competencies (no tags: every mentor fits).
 * `support` marks the support-oriented variants offered for ОВЗ/ТЖС.
 */
export interface RoleModelRule {
  form: string;
  model: string;
  needs?: readonly string[];
  requests?: readonly string[];
  maxExperience?: number;
  mentorTags?: readonly string[];
}

/** School subjects among the default tags: a mentor with one of them can lead «успевающий – неуспевающий». */
const SUBJECT_TAGS = [
  "математика",
  "русский язык",
  "физика",
  "информатика",
  "английский язык",
  "история",
  "биология",
  "химия",
  "ОГЭ",
  "ЕГЭ",
];

export const ROLE_MODEL_RULES: readonly RoleModelRule[] = [
  // ученик – ученик
  {
    form: "ученик – ученик",
    model: "лидер – пассивный",
    needs: ["ОВЗ", "ТЖС"],
    mentorTags: ["общение", "лидерство", "адаптация"],
  },
  {
    form: "ученик – ученик",
    model: "адаптированный – неадаптированный",
    needs: ["адаптация"],
    requests: ["адаптация"],
    mentorTags: ["адаптация", "общение"],
  },
  {
    form: "ученик – ученик",
    model: "успевающий – неуспевающий",
    needs: ["низкая успеваемость"],
    mentorTags: SUBJECT_TAGS,
  },
  {
    form: "ученик – ученик",
    model: "лидер – пассивный",
    needs: ["проблемы с поведением"],
    requests: ["лидерство", "общение", "дисциплина"],
    mentorTags: ["лидерство", "общение"],
  },
  {
    form: "ученик – ученик",
    model: "равный – равному",
    needs: ["одарённость"],
    requests: ["олимпиады", "проекты"],
    mentorTags: ["олимпиады", "проекты"],
  },
  // учитель – учитель
  {
    form: "учитель – учитель",
    model: "лидер педагогического сообщества – педагог, испытывающий проблемы",
    needs: ["ТЖС", "ОВЗ", "выгорание"],
  },
  {
    form: "учитель – учитель",
    model: "педагог-новатор – консервативный педагог",
    requests: ["цифровые навыки"],
    mentorTags: ["цифровые навыки"],
  },
  {
    form: "учитель – учитель",
    model: "опытный классный руководитель – молодой специалист",
    requests: ["классное руководство"],
    mentorTags: ["классное руководство"],
  },
  {
    form: "учитель – учитель",
    model: "опытный предметник – неопытный предметник",
    requests: ["методика"],
    mentorTags: ["методика"],
  },
  { form: "учитель – учитель", model: "опытный педагог – молодой специалист", maxExperience: 3 },
  // студент – ученик
  {
    form: "студент – ученик",
    model: "лидер – равнодушный",
    needs: ["ОВЗ", "ТЖС", "проблемы с поведением", "адаптация"],
    mentorTags: ["общение", "лидерство", "адаптация"],
  },
  {
    form: "студент – ученик",
    model: "успевающий – неуспевающий",
    needs: ["низкая успеваемость"],
    mentorTags: SUBJECT_TAGS,
  },
  { form: "студент – ученик", model: "куратор – автор проекта", requests: ["проекты"], mentorTags: ["проекты"] },
  // работодатель – ученик / студент
  {
    form: "работодатель – ученик",
    model: "работодатель – будущий сотрудник",
    requests: ["профориентация"],
    mentorTags: ["профориентация"],
  },
  {
    form: "работодатель – ученик",
    model: "активный профессионал – равнодушный потребитель",
    needs: ["ОВЗ", "ТЖС", "проблемы с поведением"],
  },
  {
    form: "работодатель – студент",
    model: "работодатель – будущий сотрудник",
    requests: ["профориентация"],
    mentorTags: ["профориентация"],
  },
  {
    form: "работодатель – студент",
    model: "коллега – молодой коллега",
    requests: ["проекты"],
    mentorTags: ["проекты"],
  },
];

/**
 * How good a gap is, by form: grades for pupils (1–3 grades ideal), years of experience for teachers,
 * years of age for students and pupils. Forms with no row here leave the gap out of the score.
 */
export interface GapRule {
  form: string;
  measure: "grade" | "experience" | "age";
  /** First band containing the gap gives the fit 0–1; a gap in no band fits 0. */
  bands: ReadonlyArray<{ from: number; to: number; fit: number }>;
}

export const GAP_RULES: readonly GapRule[] = [
  {
    form: "ученик – ученик",
    measure: "grade",
    bands: [
      { from: 1, to: 3, fit: 1 },
      { from: 4, to: 4, fit: 0.6 },
      { from: 5, to: 6, fit: 0.3 },
      { from: 7, to: 11, fit: 0.1 },
    ],
  },
  {
    form: "учитель – учитель",
    measure: "experience",
    bands: [
      { from: 5, to: 25, fit: 1 },
      { from: 25, to: 60, fit: 0.7 },
      { from: 3, to: 5, fit: 0.6 },
      { from: 0, to: 3, fit: 0.3 },
    ],
  },
  {
    form: "студент – ученик",
    measure: "age",
    bands: [
      { from: 2, to: 8, fit: 1 },
      { from: 9, to: 12, fit: 0.5 },
      { from: 0, to: 1, fit: 0.3 },
    ],
  },
];

/** Mutual choice counts fully, a one-sided one half (setting «Вес: выбор после встречи»). */
export const PREFERENCE_FIT = { mutual: 1, oneSided: 0.5 } as const;
