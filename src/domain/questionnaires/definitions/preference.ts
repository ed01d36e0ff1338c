/**
 * Анкета предпочтений after the group meeting (stage 5): each participant names up to three people of the
 * other role they would like to work with. Who answers is the personal code of their link; the lists come
 * from the current registers (choices.ts) and show codes, never a child's name: the curator puts the codes
 * on the badges of the group meeting.
 */
import type { ItemDef, QuestionnaireDef } from "../types";
import { codeItem, ROLE_MENTEE, ROLE_MENTOR, roleItem } from "./shared";

const ORDINALS = ["первый", "второй", "третий"] as const;

function rankedChoices(prefix: string, section: string, other: "mentors" | "mentees", noun: string): ItemDef[] {
  return ORDINALS.map((ordinal, i) => ({
    key: `${prefix}Choice${i + 1}`,
    title: `${noun}: ${ordinal} выбор`,
    type: "list" as const,
    required: i === 0,
    help: i === 0 ? "Тот, с кем вы больше всего хотели бы работать" : "Необязательно",
    choices: { from: "base" as const, base: other },
    section,
    feeds: { sheet: "preferences" as const, columns: [`choice${i + 1}`] },
  }));
}

export const PREFERENCE_FORM: QuestionnaireDef = {
  key: "preference",
  title: "Анкета предпочтений после групповой встречи",
  description: "Выберите, с кем вы хотели бы работать в паре. Куратор учтёт ваш выбор при формировании пар.",
  target: "preferences",
  collectsPersonalData: false,
  identity: "личный код ссылки (роль должна совпадать с его листом): повторный ответ заменяет прежний выбор.",
  sections: [
    { key: "main", title: "Роль" },
    { key: "mentee", title: "Выбор наставника", submitAfter: true },
    { key: "mentor", title: "Выбор наставляемого", submitAfter: true },
  ],
  items: [
    codeItem(true),
    { ...roleItem("preferences", ["role"]), goTo: { [ROLE_MENTEE]: "mentee", [ROLE_MENTOR]: "mentor" } },
    ...rankedChoices("mentee", "mentee", "mentors", "Наставник"),
    ...rankedChoices("mentor", "mentor", "mentees", "Наставляемый"),
  ],
};
