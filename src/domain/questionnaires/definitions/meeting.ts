/**
 * Обратная связь после встречи (stage 6): obligatory after each meeting of a pair or group. The personal
 * code says who answers, and so the role (the register the code is in) and the pair: the pair item is
 * needed only by someone with several pairs, and lists pair codes alone (no names).
 */
import type { QuestionnaireDef } from "../types";
import { codeItem, SCALE_1_10 } from "./shared";

export const MEETING_FORM: QuestionnaireDef = {
  key: "meeting",
  title: "Обратная связь после встречи",
  description: "Заполните после каждой встречи с наставником или наставляемым. Это займёт минуту.",
  target: "meetings",
  collectsPersonalData: false,
  identity:
    "ID пары (по личному коду: его пара, или выбранная из его пар) + дата + тип встречи: наставник и " +
    "наставляемый пишут в одну строку — каждый свою оценку; комментарии обоих сохраняются с пометкой роли.",
  sections: [{ key: "main", title: "Встреча" }],
  items: [
    codeItem(true),
    {
      key: "pair",
      title: "Код пары (если у вас несколько пар)",
      type: "list",
      required: false,
      help: "Код пары сообщает куратор. Если у вас одна пара, оставьте пустым.",
      choices: { from: "base", base: "pairs" },
      feeds: { sheet: "meetings", columns: ["pairId"] },
    },
    {
      key: "date",
      title: "Дата встречи",
      type: "date",
      required: true,
      feeds: { sheet: "meetings", columns: ["date"] },
    },
    {
      key: "type",
      title: "Тип встречи",
      type: "choice",
      required: true,
      choices: { from: "ref", list: "meetingTypes" },
      feeds: { sheet: "meetings", columns: ["type"] },
    },
    {
      key: "rating",
      title: "Оцените встречу от 1 до 10",
      type: "scale",
      required: true,
      scale: { ...SCALE_1_10, minLabel: "бесполезная", maxLabel: "очень полезная" },
      feeds: { sheet: "meetings", columns: ["menteeRating", "mentorRating"] },
    },
    {
      key: "comment",
      title: "Что получилось и что стоит изменить?",
      type: "paragraph",
      required: false,
      feeds: { sheet: "meetings", columns: ["comment"] },
    },
  ],
};
