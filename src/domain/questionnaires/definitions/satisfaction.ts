/**
 * Анкета удовлетворённости (monitoring stage 1): scaled items «оцените от 1 до 10», the overall score that the
 * «порог удовлетворённости» is compared with, and open answers the curator's SWOT analysis is built from.
 */
import type { ItemDef, QuestionnaireDef } from "../types";
import { NO, codeItem, SCALE_1_10, YES } from "./shared";

const scaled = (key: string, title: string): ItemDef => ({
  key,
  title,
  type: "scale",
  required: true,
  scale: SCALE_1_10,
  feeds: { sheet: "surveys", columns: [key] },
});

const open = (key: string, title: string, column: string): ItemDef => ({
  key,
  title,
  type: "paragraph",
  required: false,
  feeds: { sheet: "surveys", columns: [column] },
});

export const SATISFACTION_FORM: QuestionnaireDef = {
  key: "satisfaction",
  title: "Анкета удовлетворённости участием в программе наставничества",
  description:
    "Оцените от 1 до 10, где 1 — самый низкий балл, 10 — самый высокий. Ответы обрабатываются куратором обобщённо.",
  target: "surveys",
  collectsPersonalData: false,
  identity:
    "участник по личному коду + анкета + волна опроса: повторный ответ в той же волне заменяет прежний (прежние " +
    "значения остаются в «История изменений»), ответ в другой волне — новая строка.",
  sections: [{ key: "main", title: "Оценка программы" }],
  items: [
    codeItem(true),
    scaled("satComfort", "Насколько комфортным было общение в паре (группе)?"),
    scaled("satUsefulness", "Насколько полезным для вас было участие в программе?"),
    scaled("satMeetings", "Насколько полезными и интересными были личные встречи?"),
    scaled("satGroupEvents", "Насколько полезными и интересными были групповые мероприятия?"),
    scaled("satSupport", "Насколько вы ощущали поддержку (наставника, куратора)?"),
    scaled("satPlan", "Насколько понятным был план работы?"),
    scaled("satExpectations", "Насколько оправдались ваши ожидания от программы?"),
    {
      key: "overall",
      title: "Общая оценка: насколько вы удовлетворены участием в программе?",
      type: "scale",
      required: true,
      scale: SCALE_1_10,
      feeds: { sheet: "surveys", columns: ["total"] },
    },
    open("valuable", "Что было для вас особенно ценно в программе?", "strengths"),
    open("lacking", "Чего вам не хватило в программе?", "weaknesses"),
    open("suggestions", "Что вы предложили бы изменить или добавить?", "opportunities"),
    open("obstacles", "Что мешало работе в паре (группе)?", "threats"),
    {
      key: "continue",
      title: "Хотели бы вы продолжить участие в программе наставничества?",
      type: "choice",
      required: false,
      choices: { from: "static", values: [YES, NO] },
      feeds: { sheet: "surveys", columns: ["wantsToContinue"] },
    },
  ],
};
