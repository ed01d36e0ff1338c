/**
 * Анкета наставляемого: stage 2 of the programme, forming the mentee register.
 *
 * Decision (sensitive data stays with staff): special needs (ОВЗ, ТЖС, …) are not asked here. A child must
 * not declare a diagnosis or a family situation in a public form; the curator or a specialist (class
 * teacher, psychologist, social pedagogue) records them in «Особые потребности» of «Наставляемые» (a
 * dropdown from «Справочники»), and the report shows them only as counts.
 */
import type { QuestionnaireDef } from "../types";
import { birthDateItem, codeItem, consentItems, consentSections } from "./shared";

export const MENTEE_FORM: QuestionnaireDef = {
  key: "mentee",
  title: "Анкета наставляемого",
  description:
    "Анкета для участия в программе наставничества в роли наставляемого. Ответы видит только куратор программы. " +
    "Обучающимся младше 18 лет анкету нужно заполнить вместе с родителем (законным представителем).",
  target: "mentees",
  collectsPersonalData: true,
  identity:
    "личный код ссылки; без кода — ФИО + категория + класс + дата рождения, все совпадают: повторный ответ " +
    "обновляет ту же строку и не меняет ID (согласие без кода не меняется); совпадение ФИО с любым различием — " +
    "новая строка и запись в «Возможные дубликаты».",
  sections: [{ key: "main", title: "О себе" }, ...consentSections()],
  items: [
    codeItem(false),
    {
      key: "name",
      title: "Фамилия, имя, отчество",
      type: "text",
      required: true,
      feeds: { sheet: "mentees", columns: ["name"] },
    },
    {
      key: "category",
      title: "Кто вы?",
      type: "choice",
      required: true,
      choices: { from: "ref", list: "categories" },
      feeds: { sheet: "mentees", columns: ["category"] },
    },
    {
      key: "grade",
      title: "Класс (для обучающихся)",
      type: "text",
      required: false,
      help: "Например: 7Б",
      check: "grade",
      feeds: { sheet: "mentees", columns: ["grade"] },
    },
    birthDateItem("mentees"),
    {
      key: "experience",
      title: "Стаж работы, лет (для педагогов)",
      type: "text",
      required: false,
      check: "years",
      feeds: { sheet: "mentees", columns: ["experience"] },
    },
    {
      key: "tenure",
      title: "Стаж в этой организации, лет (для педагогов)",
      type: "text",
      required: false,
      check: "years",
      feeds: { sheet: "mentees", columns: ["tenure"] },
    },
    {
      key: "subject",
      title: "Предмет",
      type: "text",
      required: false,
      help: "Педагогу — преподаваемый предмет; обучающемуся — предмет, по которому нужна помощь",
      feeds: { sheet: "mentees", columns: ["subject"] },
    },
    {
      key: "requests",
      title: "С чем вам нужна помощь наставника?",
      type: "checkbox",
      required: true,
      other: true,
      choices: { from: "ref", list: "tags" },
      feeds: { sheet: "mentees", columns: ["requests"] },
    },
    {
      key: "form",
      title: "Какая форма наставничества вам подходит?",
      type: "list",
      required: false,
      help: "Если не знаете — оставьте пустым, куратор подберёт",
      choices: { from: "ref", list: "forms" },
      feeds: { sheet: "mentees", columns: ["form"] },
    },
    ...consentItems("mentees"),
  ],
};
