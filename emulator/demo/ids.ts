// Questionnaire names as the questionnaires feature writes them into «Опросы».
import { SURVEY_NAMES } from "../../src/domain/questionnaires/catalogue";
/**
 * Identifier schemes of the demo school. Kept here, at one place, so the participants feature and the
 * emulator can align with them (the lead may swap in the participants helper's constants).
 */
export const MENTOR_ID_PREFIX = "НТ-";
export const MENTEE_ID_PREFIX = "НЯ-";
export const PAIR_ID_PREFIX = "П-";
export const ID_DIGITS = 4;

export const formatId = (prefix: string, n: number): string => prefix + String(n).padStart(ID_DIGITS, "0");

/** What «Источник» says for every generated row. */
export const DEMO_SOURCE = "демо";

/** «Роль» values in «Предпочтения» and «Опросы». */
export const ROLE_MENTOR = "наставник";
export const ROLE_MENTEE = "наставляемый";

/** «Анкета» and «Этап» values in «Опросы». */
export const SURVEY_SATISFACTION_MENTEE = SURVEY_NAMES.satisfaction!;
export const SURVEY_SATISFACTION_MENTOR = SURVEY_NAMES.satisfaction!;
export const SURVEY_GROWTH = SURVEY_NAMES.evaluation!;
export const STAGE_ENTRY = "вход";
export const STAGE_EXIT = "выход";
