/** Russian texts of the roadmap import, in one place. */
import type { ColumnRole } from "./types";

export const ROLE_NAMES: Record<ColumnRole, string> = {
  number: "№",
  stage: "Этап",
  title: "Мероприятие",
  content: "Содержание",
  deadline: "Срок",
  responsible: "Ответственные",
  result: "Результат",
};

const at = (line: number) => `строка ${line}`;

export const ROADMAP_MESSAGES = {
  emptyInput: () => "Вставленный текст пуст: скопируйте таблицу дорожной карты вместе со строкой заголовков.",
  badInput: (detail: string) => `Данные дорожной карты не распознаны: ${detail}.`,
  binaryInput: () =>
    "Это не похоже на текст: много служебных символов. Откройте документ в Word или PDF-просмотрщике и скопируйте таблицу как текст.",
  tooLarge: (what: string) => `Слишком большой объём (${what}): дорожная карта обычно занимает несколько страниц.`,
  noHeader: () =>
    "Не найдена строка заголовков таблицы (например: «№ п/п · Мероприятие · Срок · Ответственные»). Скопируйте таблицу вместе с заголовками.",
  noDeadlineColumn: (line: number, found: string[]) =>
    `${at(line)}: в заголовке таблицы нет столбца сроков («Срок», «Сроки», «Срок реализации»). Найдены столбцы: ${found.join(", ") || "—"}.`,
  noTitleColumn: (line: number, found: string[]) =>
    `${at(line)}: в заголовке таблицы нет столбца мероприятий («Мероприятие», «Наименование мероприятия»). Найдены столбцы: ${found.join(", ") || "—"}.`,
  noItems: () => "В таблице не найдено ни одного мероприятия.",
  pageHeaderDropped: (line: number) => `${at(line)}: повтор заголовка таблицы или колонтитул страницы пропущен.`,
  numberingRowDropped: (line: number) => `${at(line)}: строка нумерации столбцов («1 2 3 …») пропущена.`,
  tableEnded: (line: number, text: string) =>
    `${at(line)}: «${clip(text)}» — номер не продолжает нумерацию таблицы; дальше таблица не читается.`,
  numberGap: (line: number, number: string, previous: string) =>
    `${at(line)}: пункт ${number} идёт после ${previous} — пропущен номер? Проверьте документ.`,
  numberIgnored: (line: number, number: string, into: string) =>
    `${at(line)}: «${number}» не продолжает нумерацию; строка прочитана как продолжение пункта ${into}. Проверьте документ.`,
  numberRepeated: (line: number, number: string) =>
    `${at(line)}: номер ${number} повторяется; пункты не объединены, проверьте нумерацию.`,
  numbersGenerated: (count: number) =>
    `У ${count} мероприятий не было номера: номера присвоены по порядку внутри этапа (например, «1.1», «1.2»).`,
  continuationRow: (line: number, number: string) =>
    `${at(line)}: строка без названия мероприятия; её срок, ответственные и результат добавлены к пункту ${number}.`,
  orphanRow: (line: number) => `${at(line)}: строка со сроком или ответственным, но без мероприятия, пропущена.`,
  noDeadline: (line: number, number: string) => `${at(line)}: у пункта ${number} не указан срок.`,
  noTitle: (line: number, number: string) => `${at(line)}: у пункта ${number} нет названия мероприятия.`,
  strayText: (line: number, text: string) => `${at(line)}: текст «${clip(text)}» не отнесён ни к одному пункту.`,
  rowWidth: (line: number, cells: number, expected: number) =>
    `${at(line)}: в строке ${cells} ячеек, а в заголовке ${expected}; проверьте, что столбцы не сдвинулись.`,
  sectionWithDeadline: (line: number, number: string) =>
    `${at(line)}: у раздела ${number} указан срок; он сохранён как отдельный пункт ${number}.`,
} as const;

function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** Texts of the «Дорожная карта» sheet and its import (notes, results, errors shown in the sidebar). */
export const ROADMAP_SHEET_TEXT = {
  occurrences: (list: string[]) => `Все сроки по тексту (${list.length}): ${list.join("; ")}.`,
  current: "В столбцах «Начало» и «Окончание» — текущий срок повторяющегося мероприятия.",
  needsReview: "Срок понят не полностью: проверьте даты или уточните текст срока.",
  bySchedule:
    "Срок задан отдельным графиком: впишите даты в «Начало» и «Окончание», чтобы мероприятие попало в контроль сроков.",
  unknown: "Срок не распознан: впишите даты в «Начало» и «Окончание» или исправьте текст срока.",
  noText: "Срок не указан: впишите его в «Срок (текст)» или даты в «Начало» и «Окончание».",
  ownDates: "Даты вписаны вручную: статус считается по ним.",
  sheetMissing: (name: string) => `Нет листа «${name}». Выполните «Создать листы книги» в меню «Наставничество (ЦМН)».`,
  sourceSheetMissing: (name: string) => `Лист «${name}» не найден: проверьте название листа с таблицей дорожной карты.`,
  sourceIsRoadmap: (name: string) =>
    `Лист «${name}» — это сама дорожная карта дополнения. Вставьте таблицу документа на отдельный лист.`,
  sourceEmpty: (name: string) =>
    `Лист «${name}» пуст: вставьте на него таблицу дорожной карты вместе со строкой заголовков.`,
  docUnreadable: (reason: string) =>
    `Не удалось открыть Google Документ: ${reason}. Проверьте ссылку и доступ к документу.`,
  docBadLink: "Ссылка не похожа на адрес Google Документа (https://docs.google.com/document/d/…).",
  docNoTables: "В документе нет таблиц: дорожная карта должна быть таблицей.",
  docNoRoadmapTable: "Ни одна таблица документа не похожа на дорожную карту (нужны столбцы «Мероприятие» и «Срок»).",
  headerMissing: (sheet: string, columns: string[]) =>
    `На листе «${sheet}» нет столбцов: ${columns.join(", ")}. Выполните «Создать листы книги» — столбцы добавятся, данные не пострадают.`,
  nothingImported: "Дорожная карта не изменена.",
  imported: (added: number, updated: number, unchanged: number) =>
    `Импорт завершён: добавлено — ${added}, обновлено — ${updated}, без изменений — ${unchanged}.`,
  checkNeedsReview: (number: string, text: string) =>
    `Пункт ${number}: срок «${text}» понят не полностью — проверьте даты.`,
  checkUnknown: (number: string, text: string) => `Пункт ${number}: срок «${text}» не распознан — впишите даты.`,
  checkNoText: (number: string) => `Пункт ${number}: срок не указан.`,
  checkBySchedule: (number: string, text: string) =>
    `Пункт ${number}: срок «${text}» задан отдельным графиком — впишите даты.`,
  checkOverdue: (number: string, end: string) => `Пункт ${number} просрочен (срок — ${end}) и не отмечен выполненным.`,
  badYear: (value: string) => `Год «${value}» не распознан: укажите четыре цифры, например 2022.`,
  badAcademicYear: (value: string) =>
    `Учебный год «${value}» не распознан: укажите два года подряд, например 2022-2023.`,
  badProgram: (value: string) =>
    `Период программы «${value}» не распознан: укажите первый и последний год, например 2020-2024.`,
  contextExplicit: "по году, указанному в панели",
  contextDocument: "по году из заголовка документа",
  contextSettings: "по учебному году и периоду программы из листа «Настройки»",
  contextNone: "год не известен: сроки без года не получили дат",
  datedBy: (how: string) => `Даты сроков рассчитаны ${how}.`,
  checkSummary: (overdue: number, needDate: number) =>
    `Дорожная карта: просрочено — ${overdue}, без даты или с неясным сроком — ${needDate}.`,
} as const;
