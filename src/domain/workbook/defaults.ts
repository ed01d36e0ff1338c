/**
 * Default reference lists («Справочники») and settings («Настройки»). Curators may edit the lists: the
 * add-on reads them back from the sheet; these are only what a new workbook starts with.
 */
import type { RoleModel } from "../matching/types";
import type { RefListKey } from "./sheets";

export const DEFAULT_FORMS = [
  "ученик – ученик",
  "учитель – учитель",
  "студент – ученик",
  "работодатель – ученик",
  "работодатель – студент",
] as const;

/**
 * Role models by form, with what each asks of the mentor, following its meaning: a peer exchange
 * («равный – равному») or a classmate helping a newcomer takes the same grade; better results
 * («успевающий – неуспевающий») take a higher one; reverse mentoring («педагог-новатор – консервативный
 * педагог») and support in difficulty take any experience; the others, more experience than the mentee
 * (in all or in this organisation).
 */
export const DEFAULT_ROLE_MODELS: readonly RoleModel[] = [
  { form: "ученик – ученик", model: "успевающий – неуспевающий", seniority: "higher", experience: "any" },
  { form: "ученик – ученик", model: "лидер – пассивный", seniority: "sameOrHigher", experience: "any" },
  { form: "ученик – ученик", model: "равный – равному", seniority: "sameOrHigher", experience: "any" },
  { form: "ученик – ученик", model: "адаптированный – неадаптированный", seniority: "sameOrHigher", experience: "any" },
  { form: "учитель – учитель", model: "опытный педагог – молодой специалист", seniority: "none", experience: "more" },
  {
    form: "учитель – учитель",
    model: "опытный классный руководитель – молодой специалист",
    seniority: "none",
    experience: "more",
  },
  {
    form: "учитель – учитель",
    model: "лидер педагогического сообщества – педагог, испытывающий проблемы",
    seniority: "none",
    experience: "any",
  },
  {
    form: "учитель – учитель",
    model: "педагог-новатор – консервативный педагог",
    seniority: "none",
    experience: "any",
  },
  {
    form: "учитель – учитель",
    model: "опытный предметник – неопытный предметник",
    seniority: "none",
    experience: "more",
  },
  { form: "студент – ученик", model: "успевающий – неуспевающий", seniority: "none", experience: "any" },
  { form: "студент – ученик", model: "лидер – равнодушный", seniority: "none", experience: "any" },
  { form: "студент – ученик", model: "равный – другому", seniority: "none", experience: "any" },
  { form: "студент – ученик", model: "куратор – автор проекта", seniority: "none", experience: "any" },
  {
    form: "работодатель – ученик",
    model: "активный профессионал – равнодушный потребитель",
    seniority: "none",
    experience: "any",
  },
  { form: "работодатель – ученик", model: "коллега – молодой коллега", seniority: "none", experience: "any" },
  { form: "работодатель – ученик", model: "работодатель – будущий сотрудник", seniority: "none", experience: "any" },
  {
    form: "работодатель – студент",
    model: "активный профессионал – равнодушный потребитель",
    seniority: "none",
    experience: "any",
  },
  { form: "работодатель – студент", model: "коллега – молодой коллега", seniority: "none", experience: "any" },
  { form: "работодатель – студент", model: "работодатель – будущий сотрудник", seniority: "none", experience: "any" },
];

export const DEFAULT_CATEGORIES = [
  "обучающийся",
  "педагог",
  "студент",
  "представитель работодателя",
  "выпускник",
  "родитель",
] as const;

export const DEFAULT_TAGS = [
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
  "олимпиады",
  "проекты",
  "адаптация",
  "лидерство",
  "общение",
  "профориентация",
  "методика",
  "классное руководство",
  "цифровые навыки",
  "дисциплина",
  // A teacher's stated difficulty: what suggests a role model in «учитель – учитель».
  "выгорание",
  "новый сотрудник",
  "трудности с классом",
  "работа с родителями",
] as const;

export const DEFAULT_NEEDS = [
  "ОВЗ",
  "ТЖС",
  "одарённость",
  "адаптация",
  "низкая успеваемость",
  "проблемы с поведением",
] as const;

/** Needs that make a mentee a priority for the optimiser (special needs first). */
export const PRIORITY_NEEDS = ["ОВЗ", "ТЖС"] as const;

/** Status words by meaning: code names the meaning, a curator sees the word (a misspelt key does not compile). */
export const PARTICIPANT_STATUS = {
  candidate: "кандидат",
  active: "активен",
  finished: "завершил",
  withdrawn: "выбыл",
} as const;
export const PAIR_STATUS = {
  proposed: "предложена",
  approved: "утверждена",
  active: "активна",
  ended: "завершена",
  cancelled: "расторгнута",
} as const;
export type PairStatusKey = keyof typeof PAIR_STATUS;

export const PARTICIPANT_STATUSES = [
  PARTICIPANT_STATUS.candidate,
  PARTICIPANT_STATUS.active,
  PARTICIPANT_STATUS.finished,
  PARTICIPANT_STATUS.withdrawn,
] as const;
export const PAIR_STATUSES = [
  PAIR_STATUS.proposed,
  PAIR_STATUS.approved,
  PAIR_STATUS.active,
  PAIR_STATUS.ended,
  PAIR_STATUS.cancelled,
] as const;
/** Pairs that put their people in the programme (indicators.md): approved, active or ended in the year. */
export const COUNTING_PAIR_STATUSES = [PAIR_STATUS.approved, PAIR_STATUS.active, PAIR_STATUS.ended] as const;
/** Pairs that are live now (a person with one is «активен»). */
export const LIVE_PAIR_STATUSES = [PAIR_STATUS.approved, PAIR_STATUS.active] as const;
export const MEETING_TYPES = ["знакомство", "пробная", "планирование", "рабочая", "итоговая"] as const;
export const ROADMAP_STATUSES = ["выполнено", "просрочено", "в работе", "запланировано", "без срока"] as const;
export const REPEATS = ["нет", "ежегодно", "ежеквартально", "ежемесячно"] as const;

export const DEFAULT_REF_LISTS: Record<Exclude<RefListKey, "roleModels">, readonly string[]> = {
  forms: DEFAULT_FORMS,
  categories: DEFAULT_CATEGORIES,
  tags: DEFAULT_TAGS,
  needs: DEFAULT_NEEDS,
  participantStatuses: PARTICIPANT_STATUSES,
  pairStatuses: PAIR_STATUSES,
  meetingTypes: MEETING_TYPES,
  roadmapStatuses: ROADMAP_STATUSES,
  repeats: REPEATS,
};

export { SETTINGS, type SettingSpec } from "./settings";
