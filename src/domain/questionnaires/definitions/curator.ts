/**
 * Анкета куратора (monitoring stage 1): how far the programme's conditions meet the model, and the SWOT
 * prompts the curator's analysis is built from.
 */
import type { ItemDef, QuestionnaireDef } from "../types";
import { SCALE_1_10 } from "./shared";

/** The curator's rows in «Опросы» carry this instead of a participant ID (one curator per workbook). */
export const CURATOR_ID = "куратор";

const condition = (key: string, title: string): ItemDef => ({
  key,
  title,
  type: "scale",
  required: true,
  scale: { ...SCALE_1_10, minLabel: "не выполнено", maxLabel: "выполнено полностью" },
  feeds: { sheet: "surveys", columns: [key] },
});

const swot = (key: string, title: string, help: string): ItemDef => ({
  key,
  title,
  type: "paragraph",
  required: true,
  help,
  feeds: { sheet: "surveys", columns: [key] },
});

export const CURATOR_FORM: QuestionnaireDef = {
  key: "curator",
  title: "Анкета куратора программы наставничества",
  description: "Оценка соответствия условий программы целевой модели наставничества и данные для SWOT-анализа.",
  target: "surveys",
  collectsPersonalData: false,
  identity: "одна строка куратора на волну опроса: повторный ответ в той же волне заменяет прежний.",
  sections: [
    { key: "main", title: "Условия реализации программы" },
    { key: "swot", title: "SWOT-анализ" },
  ],
  items: [
    condition("condDocuments", "Приняты локальные акты: положение о наставничестве, приказ, дорожная карта"),
    condition("condBases", "Сформированы базы наставников и наставляемых, собраны согласия"),
    condition("condTraining", "Наставники отобраны и прошли обучение"),
    condition("condResources", "Есть ресурсы: время, помещения, оборудование, поддержка администрации"),
    condition("condMonitoring", "Ведётся мониторинг: обратная связь после встреч, анкеты, отчёты"),
    { ...swot("strengths", "Сильные стороны программы", "Что получается лучше всего"), section: "swot" },
    {
      ...swot("weaknesses", "Слабые стороны программы", "Что не получается или получается хуже, чем ожидалось"),
      section: "swot",
    },
    { ...swot("opportunities", "Возможности", "Внешние ресурсы и партнёры, которые можно привлечь"), section: "swot" },
    { ...swot("threats", "Угрозы", "Внешние риски для программы"), section: "swot" },
  ],
};
