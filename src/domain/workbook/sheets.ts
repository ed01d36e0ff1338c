/**
 * The workbook's sheets and columns: the one contract every layer shares.
 *
 * Code refers to columns by `key`; `header` is what a curator sees (and what CSV files carry). Sheets are
 * found by header text, never by position, so a curator may reorder columns or add their own. `aliases`
 * are other header spellings accepted on read (CSV exports, older workbooks, pasted tables).
 * The municipality's workbook has its own sheets beside these: ./municipal.ts.
 */
import type { MunicipalSheetKey } from "./municipal";

export type ColumnType =
  | "text" // free text, stored as text (never as a formula)
  | "id" // stable identifier, assigned once
  | "int" // whole number ≥ 0
  | "number"
  | "date"
  | "timestamp" // an instant with its time (a log entry); ISO 8601 in the domain
  | "value" // mixed («Настройки»: each row its own type); dates decoded to IsoDate
  | "bool" // checkbox; «да/нет», «true/false», «1/0» accepted on read
  | "list" // one value from a reference list in «Справочники»
  | "tags" // several values separated by «;» or «,»
  | "computed"; // written by the add-on or a formula; never typed by the curator

export interface ColumnSpec {
  key: string;
  header: string;
  type: ColumnType;
  /** Reference list feeding a dropdown («Справочники» column key). */
  list?: RefListKey;
  required?: boolean;
  aliases?: string[];
  /** Cells formatted as plain text («@»): what a person types stays text, and the codec writes text as is. */
  plainText?: boolean;
  /**
   * A live per-row formula the add-on keeps in this column (domain/indicators/rowFormulas.ts): written into
   * new rows and blank cells; a value a curator typed stays (an old workbook's typed age).
   */
  formula?: RowFormulaKey;
  /** Hidden in the sheet (a service column the curator need not see). */
  hidden?: boolean;
  /** Column width in pixels (presentation only). */
  width?: number;
  help?: string;
}

export interface SheetSpec {
  key: SheetKey | MunicipalSheetKey;
  name: string;
  columns: ColumnSpec[];
  /** Named range covering the data rows of the whole block (for formulas that survive inserted rows). */
  namedRange?: string;
}

export type SheetKey =
  | "settings"
  | "refs"
  | "roadmap"
  | "contingent"
  | "indicators"
  | "mentors"
  | "mentees"
  | "preferences"
  | "pairs"
  | "pairPlans"
  | "meetings"
  | "surveys"
  | "errors"
  | "documents"
  | "report"
  | "history"
  | "duplicates"
  | "yearLog";

export type RowFormulaKey =
  "age" | "pairCounted" | "mentorPairs" | "menteePairs" | "alsoMentee" | "organisationCounted" | "surveyCounted";

export type RefListKey =
  | "forms"
  | "roleModels"
  | "categories"
  | "tags"
  | "needs"
  | "participantStatuses"
  | "pairStatuses"
  | "meetingTypes"
  | "roadmapStatuses"
  | "repeats";

/** «Личный код»: the secret of a participant's personal link (questionnaires/personalCode.ts). */
const PERSONAL_CODE_HELP =
  "Код личной ссылки участника на анкеты: выдаётся дополнением, известен только участнику и сотрудникам; не публикуйте";

const col = (key: string, header: string, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  type,
  ...extra,
});

export const SHEETS: Record<SheetKey, SheetSpec> = {
  settings: {
    key: "settings",
    name: "Настройки",
    columns: [
      col("key", "Параметр", "text", { width: 260 }),
      col("value", "Значение", "value", { width: 200 }),
      col("help", "Пояснение", "computed", { width: 360 }),
    ],
  },
  refs: {
    key: "refs",
    name: "Справочники",
    // One column per reference list; values go down from row 2.
    columns: [
      col("forms", "Формы наставничества", "text", { width: 200 }),
      col("roleModelForm", "Форма (для ролевой модели)", "text", { width: 180 }),
      col("roleModels", "Ролевая модель", "text", { width: 300 }),
      // What the role model asks of the mentor (values in matching/messages.ts ROLE_MODEL_RULE_LABELS).
      col("roleModelSeniority", "Старшинство наставника", "text", { width: 170 }),
      col("roleModelExperience", "Стаж наставника", "text", { width: 170 }),
      col("categories", "Категории участников", "text", { width: 200 }),
      col("tags", "Запросы и компетенции", "text", { width: 200 }),
      col("needs", "Особые потребности", "text", { width: 180 }),
      col("participantStatuses", "Статусы участников", "text", { width: 160 }),
      col("pairStatuses", "Статусы пар", "text", { width: 140 }),
      col("meetingTypes", "Типы встреч", "text", { width: 140 }),
      col("roadmapStatuses", "Статусы мероприятий", "text", { width: 160 }),
      col("repeats", "Повтор", "text", { width: 120 }),
    ],
  },
  roadmap: {
    key: "roadmap",
    name: "Дорожная карта",
    namedRange: "CMN_Roadmap",
    columns: [
      col("number", "№", "text", { width: 60, aliases: ["№ п/п", "N", "Номер"] }),
      col("section", "Раздел", "text", { width: 180 }),
      col("title", "Мероприятие", "text", { required: true, width: 360, aliases: ["Наименование мероприятия"] }),
      col("deadlineText", "Срок (текст)", "text", { width: 160, aliases: ["Срок", "Сроки", "Срок реализации"] }),
      col("start", "Начало", "date", { width: 95 }),
      col("end", "Окончание", "date", { width: 95 }),
      col("repeat", "Повтор", "list", { list: "repeats", width: 90 }),
      col("responsible", "Ответственные", "text", {
        width: 200,
        aliases: ["Ответственный", "Ответственный исполнитель"],
      }),
      col("result", "Результат / документ", "text", { width: 200, aliases: ["Результат", "Вид документа"] }),
      col("doneDate", "Выполнено (дата)", "date", { width: 100 }),
      col("status", "Статус", "computed", { list: "roadmapStatuses", width: 110 }),
      col("comment", "Комментарий", "text", { width: 200 }),
    ],
  },
  contingent: {
    key: "contingent",
    name: "Контингент",
    namedRange: "CMN_Contingent",
    columns: [
      col("code", "Код", "text", { width: 70, aliases: ["№", "№ п/п"], plainText: true }),
      col("name", "Показатель", "text", { width: 420 }),
      col("fact", "Факт", "int", { width: 80 }),
      col("forecast", "Прогноз", "int", { width: 80 }),
      col("check", "Проверка", "computed", { width: 260 }),
    ],
  },
  indicators: {
    key: "indicators",
    name: "Показатели",
    namedRange: "CMN_Indicators",
    // Target columns («Цель 2022», …) are inserted between «Ед.» and «Факт», one per programme year.
    columns: [
      // The catalogue's service code: tells the add-on which formulas a row gets; hidden, never shown.
      col("code", "Служебный код", "text", { width: 140, aliases: ["Код"], hidden: true }),
      col("name", "Показатель", "text", { width: 420 }),
      col("unit", "Ед.", "text", { width: 50 }),
      col("numerator", "Числитель", "computed", { width: 80 }),
      col("denominator", "Знаменатель", "computed", { width: 90 }),
      col("fact", "Факт", "computed", { width: 80 }),
      col("status", "Статус", "computed", { width: 110 }),
    ],
  },
  mentors: {
    key: "mentors",
    name: "Наставники",
    namedRange: "CMN_Mentors",
    columns: [
      col("id", "ID", "id", { width: 80 }),
      col("name", "ФИО (или код)", "text", { required: true, width: 200, aliases: ["ФИО", "Код"] }),
      col("category", "Категория", "list", { list: "categories", required: true, width: 150 }),
      col("grade", "Класс", "text", { width: 60 }),
      col("birthDate", "Дата рождения", "date", { width: 100 }),
      col("age", "Возраст", "int", { width: 70, formula: "age" }),
      col("experience", "Стаж, лет", "number", { width: 70, aliases: ["Стаж"] }),
      col("tenure", "Стаж в организации, лет", "number", { width: 90, aliases: ["Стаж в организации"] }),
      col("subject", "Предмет", "text", { width: 120 }),
      col("competencies", "Компетенции (теги)", "tags", { list: "tags", width: 200, aliases: ["Компетенции"] }),
      col("forms", "Формы", "tags", { list: "forms", required: true, width: 180 }),
      col("capacity", "Макс. наставляемых", "int", { width: 90 }),
      col("trained", "Обучение пройдено", "bool", { width: 90 }),
      col("interviewed", "Собеседование пройдено", "bool", { width: 110 }),
      col("certificateDate", "Справка о несудимости (дата)", "date", {
        width: 120,
        aliases: ["Справка о несудимости", "Справка об отсутствии судимости"],
      }),
      col("consent", "Согласие ПДн", "bool", { width: 90, aliases: ["Согласие"] }),
      col("organisation", "Организация", "text", { width: 150 }),
      col("contacts", "Контакты", "text", { width: 150 }),
      col("status", "Статус", "list", { list: "participantStatuses", width: 110 }),
      col("questionnaireDate", "Дата анкеты", "date", { width: 100 }),
      col("joined", "Дата вхождения", "date", { width: 100, aliases: ["Дата вхождения в программу"] }),
      col("ended", "Дата завершения", "date", { width: 100 }),
      col("personKey", "Ключ персоны", "text", { width: 90 }),
      col("code", "Личный код", "text", { width: 100, help: PERSONAL_CODE_HELP }),
      col("source", "Источник", "computed", { width: 110 }),
      col("inProgram", "Пар в году отчёта", "computed", { width: 80, formula: "mentorPairs" }),
      col("alsoMentee", "Учтён как наставляемый", "computed", { width: 90, formula: "alsoMentee" }),
      col("organisationCounted", "Организация учтена", "computed", { width: 90, formula: "organisationCounted" }),
    ],
  },
  mentees: {
    key: "mentees",
    name: "Наставляемые",
    namedRange: "CMN_Mentees",
    columns: [
      col("id", "ID", "id", { width: 80 }),
      col("name", "ФИО (или код)", "text", { required: true, width: 200, aliases: ["ФИО", "Код"] }),
      col("category", "Категория", "list", { list: "categories", required: true, width: 150 }),
      col("grade", "Класс", "text", { width: 60 }),
      col("birthDate", "Дата рождения", "date", { width: 100 }),
      col("age", "Возраст", "int", { width: 70, formula: "age" }),
      col("experience", "Стаж, лет", "number", { width: 70, aliases: ["Стаж"] }),
      col("tenure", "Стаж в организации, лет", "number", { width: 90, aliases: ["Стаж в организации"] }),
      col("subject", "Предмет", "text", { width: 120 }),
      col("requests", "Запросы (теги)", "tags", { list: "tags", width: 200, aliases: ["Запросы"] }),
      col("needs", "Особые потребности", "tags", { list: "needs", width: 150 }),
      col("form", "Желаемая форма", "list", { list: "forms", width: 160, aliases: ["Форма"] }),
      col("consent", "Согласие ПДн", "bool", {
        width: 90,
        aliases: ["Согласие", "Согласие ПДн (законного представителя для несовершеннолетних)"],
      }),
      col("status", "Статус", "list", { list: "participantStatuses", width: 110 }),
      col("questionnaireDate", "Дата анкеты", "date", { width: 100 }),
      col("joined", "Дата вхождения", "date", { width: 100, aliases: ["Дата вхождения в программу"] }),
      col("ended", "Дата завершения", "date", { width: 100 }),
      col("result", "Результат", "text", { width: 160 }),
      col("personKey", "Ключ персоны", "text", { width: 90 }),
      col("code", "Личный код", "text", { width: 100, help: PERSONAL_CODE_HELP }),
      col("source", "Источник", "computed", { width: 110 }),
      col("inProgram", "Пар в году отчёта", "computed", { width: 80, formula: "menteePairs" }),
    ],
  },
  preferences: {
    key: "preferences",
    name: "Предпочтения",
    namedRange: "CMN_Preferences",
    // Filled by the post-meeting preference questionnaire: who each participant would like to work with.
    columns: [
      col("participantId", "ID участника", "text", { required: true, width: 90 }),
      col("role", "Роль", "text", { width: 110 }),
      col("choice1", "Выбор 1", "text", { width: 90 }),
      col("choice2", "Выбор 2", "text", { width: 90 }),
      col("choice3", "Выбор 3", "text", { width: 90 }),
      col("date", "Дата", "date", { width: 100 }),
    ],
  },
  pairs: {
    key: "pairs",
    name: "Пары",
    namedRange: "CMN_Pairs",
    columns: [
      col("pairId", "ID пары", "id", { width: 80 }),
      col("mentorId", "ID наставника", "text", { required: true, width: 90 }),
      col("mentorName", "Наставник", "computed", { width: 180 }),
      col("menteeId", "ID наставляемого", "text", { required: true, width: 90 }),
      col("menteeName", "Наставляемый", "computed", { width: 180 }),
      col("form", "Форма", "list", { list: "forms", width: 150 }),
      col("roleModel", "Ролевая модель", "text", { width: 200 }),
      col("score", "Совместимость (0–100)", "computed", { width: 90, aliases: ["Совместимость"] }),
      // «хорошо / средне / слабо» beside the number (matching/advice.ts), so the score is not read by colour alone.
      col("scoreBand", "Уровень совместимости", "computed", { width: 100 }),
      col("reasons", "Обоснование", "computed", { width: 300 }),
      col("status", "Статус", "list", { list: "pairStatuses", width: 110 }),
      col("locked", "Закреплено", "bool", { width: 80 }),
      col("start", "Дата начала", "date", { width: 100 }),
      col("end", "Дата окончания", "date", { width: 100 }),
      col("order", "Приказ", "text", { width: 120 }),
      // «Закрыть учебный год» writes the programme year a pair that is over was archived in (domain/year).
      col("archived", "Архив", "text", { width: 90 }),
      col("countedInYear", "В году отчёта", "computed", { width: 80, formula: "pairCounted" }),
    ],
  },
  pairPlans: {
    key: "pairPlans",
    name: "Планы пар",
    namedRange: "CMN_PairPlans",
    // A pair's individual plan, filled by the curator (or the pair): what stage 2 of monitoring measures against.
    columns: [
      col("pairId", "ID пары", "text", { required: true, width: 80 }),
      col("goals", "Цели", "text", { width: 240 }),
      col("tasks", "Задачи", "text", { width: 280 }),
      col("plannedResult", "Планируемый результат", "text", { width: 240 }),
      col("dates", "Сроки", "text", { width: 140 }),
      col("achieved", "Достигнуто", "text", { width: 240 }),
    ],
  },
  meetings: {
    key: "meetings",
    name: "Встречи",
    namedRange: "CMN_Meetings",
    columns: [
      col("pairId", "ID пары", "text", { required: true, width: 80 }),
      col("date", "Дата", "date", { required: true, width: 100 }),
      col("type", "Тип", "list", { list: "meetingTypes", width: 120 }),
      col("menteeRating", "Оценка наставляемого 1–10", "int", { width: 100 }),
      col("mentorRating", "Оценка наставника 1–10", "int", { width: 100 }),
      col("comment", "Комментарий", "text", { width: 250 }),
    ],
  },
  surveys: {
    key: "surveys",
    name: "Опросы",
    namedRange: "CMN_Surveys",
    // One column per scaled item (1–10) of the questionnaires, then the open answers sorted into SWOT, before «Итог».
    columns: [
      col("participantId", "ID участника", "text", { required: true, width: 90 }),
      col("role", "Роль", "text", { width: 100 }),
      col("questionnaire", "Анкета", "text", { width: 160 }),
      col("stage", "Этап", "text", { width: 70 }),
      col("wave", "Волна", "text", { width: 110 }),
      col("academicYear", "Учебный год", "text", { width: 90 }),
      col("date", "Дата", "date", { width: 100 }),
      col("satComfort", "Комфорт общения в паре", "int", { width: 90 }),
      col("satUsefulness", "Польза для себя", "int", { width: 90 }),
      col("satMeetings", "Личные встречи", "int", { width: 90 }),
      col("satGroupEvents", "Групповые мероприятия", "int", { width: 90 }),
      col("satSupport", "Поддержка", "int", { width: 90 }),
      col("satPlan", "Понятность плана работы", "int", { width: 90 }),
      col("satExpectations", "Ожидания оправдались", "int", { width: 90 }),
      col("engagement", "Вовлечённость", "int", { width: 90 }),
      col("activity", "Активность", "int", { width: 90 }),
      col("selfEsteem", "Самооценка", "int", { width: 90 }),
      col("anxiety", "Тревожность", "int", { width: 90 }),
      col("performance", "Успеваемость", "int", { width: 90 }),
      col("motivation", "Мотивация", "int", { width: 90 }),
      col("condDocuments", "Условия: документы", "int", { width: 90 }),
      col("condBases", "Условия: базы участников", "int", { width: 90 }),
      col("condTraining", "Условия: обучение наставников", "int", { width: 90 }),
      col("condResources", "Условия: ресурсы", "int", { width: 90 }),
      col("condMonitoring", "Условия: мониторинг", "int", { width: 90 }),
      col("strengths", "Сильные стороны", "text", { width: 200 }),
      col("weaknesses", "Слабые стороны", "text", { width: 200 }),
      col("opportunities", "Возможности", "text", { width: 200 }),
      col("threats", "Угрозы", "text", { width: 200 }),
      col("wantsToContinue", "Хочет продолжить", "bool", { width: 90 }),
      col("total", "Итог", "number", { width: 70 }),
      col("counted", "Участник года отчёта", "computed", { width: 90, formula: "surveyCounted" }),
    ],
  },
  errors: {
    key: "errors",
    name: "Журнал ошибок",
    columns: [
      col("date", "Дата", "timestamp", { width: 140 }),
      col("source", "Источник", "text", { width: 160 }),
      col("row", "Строка", "text", { width: 70 }),
      col("reason", "Причина", "text", { width: 320 }),
      col("raw", "Исходные данные", "text", { width: 400 }),
      col("state", "Обработано", "text", { width: 100 }),
    ],
  },
  documents: {
    key: "documents",
    name: "Документы",
    // One row per document the programme needs; the add-on fills «Создан», «Актуален» and «Ссылка».
    columns: [
      col("title", "Документ", "text", { required: true, width: 330 }),
      col("template", "Шаблон", "text", {
        width: 220,
        help: "Пусто — шаблон по умолчанию; ссылка на Google Документ — свой шаблон",
      }),
      col("created", "Создан", "date", { width: 95 }),
      col("current", "Актуален", "computed", { width: 120 }),
      col("order", "Номер и дата приказа", "text", { width: 170, help: "Например: № 123-од от 21.11.2026" }),
      col("link", "Ссылка", "computed", { width: 300 }),
    ],
  },
  history: {
    key: "history",
    name: "История изменений",
    // Hidden; one row per cell an answer or a merge overwrote, so the curator can see and restore it.
    columns: [
      col("date", "Дата", "timestamp", { width: 140 }),
      col("sheet", "Лист", "text", { width: 120 }),
      col("rowKey", "Ключ строки", "text", { width: 220 }),
      col("column", "Столбец", "text", { width: 140 }),
      col("before", "Было", "value", { width: 200 }),
      col("after", "Стало", "value", { width: 200 }),
      col("source", "Источник", "text", { width: 240 }),
      col("restored", "Восстановлено", "timestamp", { width: 140 }),
    ],
  },
  duplicates: {
    key: "duplicates",
    name: "Возможные дубликаты",
    // A new row whose name matches an existing person with some difference: the curator merges or keeps apart.
    columns: [
      col("date", "Дата", "timestamp", { width: 140 }),
      col("sheet", "Лист", "text", { width: 120 }),
      col("id", "ID", "text", { width: 90 }),
      col("similarId", "Похож на", "text", { width: 90 }),
      col("differences", "Различия", "text", { width: 300 }),
      col("decision", "Решение", "text", { width: 120 }),
      col("decided", "Дата решения", "timestamp", { width: 140 }),
    ],
  },
  report: { key: "report", name: "Отчёт", columns: [] },
  yearLog: {
    key: "yearLog",
    name: "Закрытие года",
    // Hidden; written by «Закрыть учебный год», read by its restore (domain/year/snapshot.ts). Not in SHEET_ORDER.
    columns: [
      col("year", "Учебный год", "text", { width: 90 }),
      col("at", "Когда", "timestamp", { width: 140 }),
      col("sheet", "Лист", "text", { width: 120 }),
      col("row", "Строка", "int", { width: 60 }),
      col("column", "Столбец", "text", { width: 140 }),
      col("kind", "Что", "text", { width: 90 }),
      col("before", "Было", "text", { width: 200 }),
      col("after", "Стало", "text", { width: 200 }),
      col("restored", "Восстановлено", "timestamp", { width: 140 }),
    ],
  },
};

/** Sheets in the order the add-on creates them (tabs left to right). */
export const SHEET_ORDER: SheetKey[] = [
  "settings",
  "roadmap",
  "contingent",
  "indicators",
  "mentors",
  "mentees",
  "preferences",
  "pairs",
  "pairPlans",
  "meetings",
  "surveys",
  "errors",
  "documents",
  "refs",
];

export function sheetSpec(key: SheetKey): SheetSpec {
  return SHEETS[key];
}

export function columnSpec(sheet: SheetKey, key: string): ColumnSpec {
  const found = SHEETS[sheet].columns.find((c) => c.key === key);
  if (!found) throw new Error(`Unknown column ${key} in sheet ${sheet}`);
  return found;
}
