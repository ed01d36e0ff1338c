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

/** Levels of general education for the seniority «старше по ступени»: начальное 1–4, основное 5–9, среднее 10–11. */
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
 * What suggests a role-model variant for a mentee: what they asked for (`requests`, the tags of «Запросы»,
 * a teacher's stated difficulty among them), then what the curator recorded (`needs`), then, for a teacher,
 * being a young specialist (`maxExperience`). Never ОВЗ or ТЖС: a diagnosis is not a role. The mentor fits
 * the variant when they have any of `mentorTags` among their competencies (no tags: every mentor fits).
 */
export interface RoleModelRule {
  form: string;
  model: string;
  requests?: readonly string[];
  needs?: readonly string[];
  maxExperience?: number;
  mentorTags?: readonly string[];
}

/** School subjects among the default tags: help with one of them is «успевающий – неуспевающий». */
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

/** In order: the first rule a request triggers wins, then the first a need triggers, then a young specialist. */
export const ROLE_MODEL_RULES: readonly RoleModelRule[] = [
  // ученик – ученик
  {
    form: "ученик – ученик",
    model: "адаптированный – неадаптированный",
    requests: ["адаптация"],
    needs: ["адаптация"],
    mentorTags: ["адаптация", "общение"],
  },
  {
    form: "ученик – ученик",
    model: "лидер – пассивный",
    requests: ["лидерство", "общение", "дисциплина"],
    needs: ["проблемы с поведением"],
    mentorTags: ["лидерство", "общение"],
  },
  {
    form: "ученик – ученик",
    model: "равный – равному",
    requests: ["олимпиады", "проекты"],
    needs: ["одарённость"],
    mentorTags: ["олимпиады", "проекты"],
  },
  {
    form: "ученик – ученик",
    model: "успевающий – неуспевающий",
    requests: SUBJECT_TAGS,
    needs: ["низкая успеваемость"],
    mentorTags: SUBJECT_TAGS,
  },
  // учитель – учитель
  {
    form: "учитель – учитель",
    model: "лидер педагогического сообщества – педагог, испытывающий проблемы",
    requests: ["выгорание"],
    mentorTags: ["общение", "лидерство"],
  },
  {
    form: "учитель – учитель",
    model: "опытный классный руководитель – молодой специалист",
    requests: ["классное руководство", "трудности с классом", "работа с родителями"],
    mentorTags: ["классное руководство", "трудности с классом", "работа с родителями"],
  },
  {
    form: "учитель – учитель",
    model: "педагог-новатор – консервативный педагог",
    requests: ["цифровые навыки"],
    mentorTags: ["цифровые навыки"],
  },
  {
    form: "учитель – учитель",
    model: "опытный предметник – неопытный предметник",
    requests: ["методика"],
    mentorTags: ["методика"],
  },
  // A newcomer to the school: settling in, with a mentor longer in the organisation (its experience rule).
  {
    form: "учитель – учитель",
    model: "опытный педагог – молодой специалист",
    requests: ["новый сотрудник"],
    maxExperience: 3,
  },
  // студент – ученик
  {
    form: "студент – ученик",
    model: "лидер – равнодушный",
    requests: ["лидерство", "общение", "адаптация"],
    needs: ["проблемы с поведением", "адаптация"],
    mentorTags: ["общение", "лидерство", "адаптация"],
  },
  {
    form: "студент – ученик",
    model: "успевающий – неуспевающий",
    requests: SUBJECT_TAGS,
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
    needs: ["проблемы с поведением"],
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
