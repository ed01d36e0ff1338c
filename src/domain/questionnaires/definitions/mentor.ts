/** Анкета наставника: stage 3 of the programme, forming the mentor register. */
import type { QuestionnaireDef } from "../types";
import { birthDateItem, codeItem, consentItems, consentSections } from "./shared";

export const MENTOR_CAPACITY_CHOICES = ["1", "2", "3", "4", "5"] as const;

export const MENTOR_FORM: QuestionnaireDef = {
  key: "mentor",
  title: "Анкета наставника",
  description:
    "Анкета для участия в программе наставничества в роли наставника. Ответы видит только куратор программы. " +
    "Обучающимся младше 18 лет анкету нужно заполнить вместе с родителем (законным представителем).",
  target: "mentors",
  collectsPersonalData: true,
  identity:
    "личный код ссылки; без кода — адрес почты, если форма его собирает и он записан в «Контакты» целиком, " +
    "иначе ФИО + категория + класс + дата рождения, все совпадают: повторный ответ обновляет ту же строку и не " +
    "меняет ID (согласие без кода не меняется); совпадение ФИО с любым различием — новая строка и запись в " +
    "«Возможные дубликаты».",
  sections: [{ key: "main", title: "О себе" }, ...consentSections()],
  items: [
    codeItem(false),
    {
      key: "name",
      title: "Фамилия, имя, отчество",
      type: "text",
      required: true,
      feeds: { sheet: "mentors", columns: ["name"] },
    },
    {
      key: "category",
      title: "Кто вы?",
      type: "choice",
      required: true,
      choices: { from: "ref", list: "categories" },
      feeds: { sheet: "mentors", columns: ["category"] },
    },
    {
      key: "grade",
      title: "Класс (для обучающихся)",
      type: "text",
      required: false,
      help: "Например: 10А",
      check: "grade",
      feeds: { sheet: "mentors", columns: ["grade"] },
    },
    birthDateItem("mentors"),
    {
      key: "experience",
      title: "Стаж работы, лет (для педагогов и специалистов)",
      type: "text",
      required: false,
      check: "years",
      feeds: { sheet: "mentors", columns: ["experience"] },
    },
    {
      key: "tenure",
      title: "Стаж в этой организации, лет (для педагогов)",
      type: "text",
      required: false,
      check: "years",
      feeds: { sheet: "mentors", columns: ["tenure"] },
    },
    {
      key: "organisation",
      title: "Организация (для студентов и представителей работодателя)",
      type: "text",
      required: false,
      feeds: { sheet: "mentors", columns: ["organisation"] },
    },
    {
      key: "subject",
      title: "Предмет или профессиональная область",
      type: "text",
      required: false,
      feeds: { sheet: "mentors", columns: ["subject"] },
    },
    {
      key: "competencies",
      title: "В чём вы можете помочь наставляемому?",
      type: "checkbox",
      required: true,
      other: true,
      choices: { from: "ref", list: "tags" },
      feeds: { sheet: "mentors", columns: ["competencies"] },
    },
    {
      key: "forms",
      title: "В каких формах наставничества вы готовы участвовать?",
      type: "checkbox",
      required: true,
      choices: { from: "ref", list: "forms" },
      feeds: { sheet: "mentors", columns: ["forms"] },
    },
    {
      key: "capacity",
      title: "Сколько наставляемых вы готовы взять?",
      type: "choice",
      required: true,
      choices: { from: "static", values: MENTOR_CAPACITY_CHOICES },
      feeds: { sheet: "mentors", columns: ["capacity"] },
    },
    {
      key: "contacts",
      title: "Телефон или электронная почта для связи",
      type: "text",
      required: true,
      feeds: { sheet: "mentors", columns: ["contacts"] },
    },
    ...consentItems("mentors"),
  ],
};
