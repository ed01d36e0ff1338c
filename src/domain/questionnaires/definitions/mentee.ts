/** Анкета наставляемого: stage 2 of the programme, forming the mentee register. */
import type { QuestionnaireDef } from "../types";
import { consentItems, consentSections } from "./shared";

export const MENTEE_FORM: QuestionnaireDef = {
  key: "mentee",
  title: "Анкета наставляемого",
  description:
    "Анкета для участия в программе наставничества в роли наставляемого. Ответы видит только куратор программы. " +
    "Обучающимся младше 18 лет анкету нужно заполнить вместе с родителем (законным представителем).",
  target: "mentees",
  collectsPersonalData: true,
  identity:
    "ФИО + категория + класс (без учёта регистра, ё/е, пробелов и тире): повторный ответ обновляет ту же строку и не меняет ID; " +
    "адрес почты в базу наставляемых не записывается.",
  sections: [{ key: "main", title: "О себе" }, ...consentSections()],
  items: [
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
    {
      key: "age",
      title: "Возраст, полных лет",
      type: "text",
      required: true,
      check: "age",
      feeds: { sheet: "mentees", columns: ["age"] },
    },
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
      key: "needs",
      title: "Особые образовательные потребности (если есть)",
      type: "checkbox",
      required: false,
      help: "По желанию. Эти сведения видит только куратор; они помогают подобрать наставника в первую очередь.",
      choices: { from: "ref", list: "needs" },
      feeds: { sheet: "mentees", columns: ["needs"] },
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
