/** The seven questionnaires of the workbook, by key, in the order the add-on offers them. */
import { CURATOR_FORM } from "./definitions/curator";
import { EVALUATION_FORM } from "./definitions/evaluation";
import { MEETING_FORM } from "./definitions/meeting";
import { MENTEE_FORM } from "./definitions/mentee";
import { MENTOR_FORM } from "./definitions/mentor";
import { PREFERENCE_FORM } from "./definitions/preference";
import { SATISFACTION_FORM } from "./definitions/satisfaction";
import type { FormKey, ItemDef, QuestionnaireDef } from "./types";

export const QUESTIONNAIRES: Readonly<Record<FormKey, QuestionnaireDef>> = {
  mentee: MENTEE_FORM,
  mentor: MENTOR_FORM,
  preference: PREFERENCE_FORM,
  meeting: MEETING_FORM,
  satisfaction: SATISFACTION_FORM,
  evaluation: EVALUATION_FORM,
  curator: CURATOR_FORM,
};

export const QUESTIONNAIRE_ORDER: readonly FormKey[] = [
  "mentee",
  "mentor",
  "preference",
  "meeting",
  "satisfaction",
  "evaluation",
  "curator",
];

/** The value of «Анкета» in «Опросы» for the questionnaires that feed it. */
export const SURVEY_NAMES: Readonly<Partial<Record<FormKey, string>>> = {
  satisfaction: "удовлетворённость",
  evaluation: "оценка вход/выход",
  curator: "анкета куратора",
};

export function questionnaire(key: FormKey): QuestionnaireDef {
  return QUESTIONNAIRES[key];
}

export function isFormKey(key: string): key is FormKey {
  return Object.prototype.hasOwnProperty.call(QUESTIONNAIRES, key);
}

export function item(form: FormKey, key: string): ItemDef {
  const found = QUESTIONNAIRES[form].items.find((i) => i.key === key);
  if (!found) throw new Error(`Unknown item ${key} in questionnaire ${form}`);
  return found;
}
