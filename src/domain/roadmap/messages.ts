/** Russian texts of the roadmap import, in one place. */
import { countOf, WORDS } from "../common/plural";
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

/** An item as remarks name it: its number and the start of its title. */
export interface ItemRef {
  number: string;
  title: string;
}

const item = (ref: ItemRef) => {
  const title = clip(ref.title.split("\n")[0], 50);
  return title ? `пункт ${ref.number} «${title}»` : `пункт ${ref.number}`;
};
const Item = (ref: ItemRef) => capital(item(ref));

export const ROADMAP_MESSAGES = {
  emptyInput: () => "Вставленный текст пуст: скопируйте таблицу дорожной карты вместе со строкой заголовков.",
  badInput: (detail: string) => `Данные дорожной карты не распознаны: ${detail}.`,
  binaryInput: () =>
    "Это не похоже на текст: много служебных символов. Откройте документ в Word или PDF-просмотрщике и скопируйте таблицу как текст.",
  tooLarge: (what: string) => `Слишком большой объём (${what}): дорожная карта обычно занимает несколько страниц.`,
  noHeader: () =>
    "Не найдена строка заголовков таблицы (например: «№ п/п · Мероприятие · Срок · Ответственные»), и столбцы не удалось определить по содержимому. Скопируйте таблицу вместе с заголовками.",
  noDeadlineColumn: (found: string[]) =>
    `В заголовке таблицы нет столбца сроков («Срок», «Сроки», «Срок реализации»). Найдены столбцы: ${found.join(", ") || "—"}.`,
  noTitleColumn: (found: string[]) =>
    `В заголовке таблицы нет столбца мероприятий («Мероприятие», «Наименование мероприятия»). Найдены столбцы: ${found.join(", ") || "—"}.`,
  columnsInferred: (roles: string[]) =>
    `Заголовок не найден, столбцы определены по содержимому: ${roles.join(" · ")}. Проверьте их и при необходимости поправьте.`,
  mappingChanged: (roles: string[]) => `Столбцы заданы вручную: ${roles.join(" · ")}.`,
  noItems: () => "В таблице не найдено ни одного мероприятия.",
  pageHeaderDropped: (text: string) => `Повтор заголовка таблицы или колонтитул «${clip(text)}» пропущен.`,
  numberingRowDropped: () => "Строка нумерации столбцов («1 2 3 …») пропущена.",
  tableEnded: (text: string) =>
    `Нумерация таблицы закончилась перед «${clip(text)}»: дальше текст не читается как дорожная карта.`,
  numberGap: (ref: ItemRef, previous: string) =>
    `${Item(ref)} идёт после ${previous} — пропущен номер? Проверьте документ.`,
  numberIgnored: (number: string, into: ItemRef) =>
    `Номер «${number}» внутри текста не продолжает нумерацию: строка оставлена в тексте; ${item(into)}. Проверьте документ.`,
  numberRepeated: (ref: ItemRef) =>
    `Номер пункта повторяется: ${item(ref)}. Пункты не объединены, проверьте нумерацию.`,
  numbersGenerated: (count: number) =>
    `У ${countOf(count, WORDS.eventGen)} не было номера: номера присвоены по порядку внутри этапа (например, «1.1», «1.2»).`,
  numbersQualified: (example: string) =>
    `Нумерация пунктов начинается заново в каждом разделе: к номеру пункта добавлен номер раздела (например, ${example}).`,
  continuationRow: (ref: ItemRef) =>
    `Строка без названия мероприятия: её срок, ответственные и результат добавлены к пункту ${ref.number} «${clip(ref.title.split("\n")[0], 50)}».`,
  titleContinued: (text: string, ref: ItemRef) =>
    `Строка «${clip(text)}» без номера и срока продолжает ${item(ref)} (перенос строки или страницы).`,
  orphanRow: (text: string) =>
    `Текст «${clip(text)}» в начале таблицы не относится ни к одному пункту (начало строки обрезано?) — не импортирован.`,
  noDeadline: (ref: ItemRef) => `У пункта ${ref.number} «${clip(ref.title.split("\n")[0], 50)}» не указан срок.`,
  noTitle: (number: string) => `У пункта ${number} нет названия мероприятия.`,
  strayText: (text: string) => `Текст «${clip(text)}» не отнесён ни к одному пункту.`,
  rowWidth: (ref: ItemRef, cells: number, expected: number) =>
    `${Item(ref)}: в строке ${countOf(cells, WORDS.cell)}, а столбцов ${expected}; проверьте, что столбцы не сдвинулись.`,
  sectionWithDeadline: (ref: ItemRef) =>
    `У раздела ${ref.number} «${clip(ref.title, 50)}» указан срок: раздел сохранён и как пункт ${ref.number}.`,
  truncatedRow: (text: string) =>
    `Последняя строка «${clip(text)}» обрывается: похоже, таблица скопирована не до конца. Она не импортирована — скопируйте таблицу целиком.`,
  bareNumber: (number: string) => `Строка с одним номером «${number}» без мероприятия пропущена.`,
} as const;

function clip(text: string, max = 60): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
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
  docNoReason: "Google не открыл его",
  docBadLink: "Ссылка не похожа на адрес Google Документа (https://docs.google.com/document/d/…).",
  docNoTables: "В документе нет таблиц: дорожная карта должна быть таблицей.",
  docNoRoadmapTable: "Ни одна таблица документа не похожа на дорожную карту (нужны столбцы «Мероприятие» и «Срок»).",
  headerMissing: (sheet: string, columns: string[]) =>
    `На листе «${sheet}» нет столбцов: ${columns.join(", ")}. Выполните «Создать листы книги» — столбцы добавятся, данные не пострадают.`,
  nothingImported: "Дорожная карта не изменена.",
  backupSheet: "Дорожная карта — до импорта",
  previewReady: (items: number, sections: number) =>
    `Понято мероприятий: ${items}${sections ? `, разделов: ${sections}` : ""}. Проверьте и подтвердите импорт — до подтверждения лист не меняется.`,
  nothingToUndo: "Отменять нечего: импорт дорожной карты ещё не выполнялся или уже отменён.",
  backupMissing: (sheet: string) =>
    `Не найден скрытый лист «${sheet}» с дорожной картой до импорта: отменить импорт нельзя.`,
  changedSincePreview:
    "Лист «Дорожная карта» изменился после предпросмотра: посмотрите, что изменит импорт, ещё раз и подтвердите.",
  previewChanged: "Документ или сопоставление столбцов изменились после предпросмотра: проверьте предпросмотр ещё раз.",
  undone: (when: string) => `Импорт от ${when} отменён: дорожная карта такая же, как до него.`,
  undoEdited: (when: string) =>
    `После импорта от ${when} лист «Дорожная карта» менялся. Если отменить импорт, эти правки пропадут.`,
  undoAvailable: (when: string, added: number, updated: number) =>
    `Последний импорт — ${when}: добавлено ${added}, изменено ${updated}.`,
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
