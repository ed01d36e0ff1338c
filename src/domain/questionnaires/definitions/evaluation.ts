/**
 * Оценка на входе и на выходе (monitoring stage 2): the same scaled items answered twice, before entering the
 * programme and at its end, so that the growth of each parameter can be reported.
 */
import type { ItemDef, QuestionnaireDef } from "../types";
import { codeItem, SCALE_1_10 } from "./shared";

export const STAGE_ENTRY = "вход";
export const STAGE_EXIT = "выход";

const scaled = (key: string, title: string, help: string): ItemDef => ({
  key,
  title,
  type: "scale",
  required: true,
  help,
  scale: SCALE_1_10,
  feeds: { sheet: "surveys", columns: [key] },
});

/** The growth parameters, in report order. Тревожность is the one where lower is better. */
export const GROWTH_ITEMS: readonly ItemDef[] = [
  scaled(
    "engagement",
    "Вовлечённость: насколько вы увлечены учёбой (работой)?",
    "1 — совсем не увлечён, 10 — очень увлечён",
  ),
  scaled(
    "activity",
    "Активность: как часто вы участвуете в делах класса, школы, коллектива?",
    "1 — никогда, 10 — постоянно",
  ),
  scaled(
    "selfEsteem",
    "Самооценка: насколько вы уверены в своих силах?",
    "1 — совсем не уверен, 10 — полностью уверен",
  ),
  scaled(
    "anxiety",
    "Тревожность: насколько сильно вы волнуетесь на уроках (на работе)?",
    "1 — совсем не волнуюсь, 10 — очень сильно",
  ),
  scaled(
    "performance",
    "Успеваемость (для педагогов — профессиональные результаты): как вы их оцениваете?",
    "1 — очень низко, 10 — отлично",
  ),
  scaled(
    "motivation",
    "Мотивация: насколько вам хочется учиться (развиваться в профессии)?",
    "1 — совсем не хочется, 10 — очень хочется",
  ),
];

/** Lower is better for these parameters: growth is reported as a decrease. */
export const LOWER_IS_BETTER: readonly string[] = ["anxiety"];

export const EVALUATION_FORM: QuestionnaireDef = {
  key: "evaluation",
  title: "Оценка участника на входе и на выходе из программы",
  description: "Ответьте на одни и те же вопросы дважды: при входе в программу и по её завершении. Оцените от 1 до 10.",
  target: "surveys",
  collectsPersonalData: false,
  identity:
    "участник по личному коду + анкета + этап (вход/выход) + учебный год: повторный ответ на том же этапе того же " +
    "года заменяет прежний, в следующем году — новая строка.",
  sections: [{ key: "main", title: "Оценка" }],
  items: [
    codeItem(true),
    {
      key: "stage",
      title: "Этап",
      type: "choice",
      required: true,
      choices: { from: "static", values: [STAGE_ENTRY, STAGE_EXIT] },
      help: "вход — перед началом работы в паре, выход — по её завершении",
      feeds: { sheet: "surveys", columns: ["stage"] },
    },
    ...GROWTH_ITEMS,
  ],
};
