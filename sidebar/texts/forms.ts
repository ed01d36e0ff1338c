/** Russian texts of the «Анкеты» view. */
import { PROGRESS_TEXT } from "../../src/domain/workbook/progressMessages";

export const FORMS_VIEW_TEXT = {
  title: "Анкеты",
  intro:
    "Семь анкет (наставляемого, наставника, предпочтений, обратной связи после встречи, удовлетворённости, " +
    "оценки на входе и выходе, куратора) создаются одной кнопкой и связываются с этой таблицей. " +
    "Каждый ответ проверяется и попадает в нужный лист; то, что принять нельзя, — в «Журнал ошибок».",
  create: PROGRESS_TEXT.forms.action,
  update: "Обновить анкеты",
  progress: (done: number, total: number) => `${done} из ${total}`,
  creating: (title: string) => `Создаётся: ${title}…`,
  created: (total: number) => `Готово: анкет — ${total}. Разошлите ссылки участникам.`,
  formsHeading: "Анкеты и ответы",
  notCreated: "ещё не создана",
  open: "Открыть анкету",
  edit: "Редактировать",
  counts: (answers: number, accepted: number, pending: number) =>
    `ответов: ${answers}, принято: ${accepted}, в журнале: ${pending}`,
  retry: "Повторить обработку",
  retryHelp: "После исправления справочника или добавления участника: ответы из журнала обрабатываются снова.",
  lists: "Обновить списки",
  listsHelp:
    "Списки участников и пар в анкетах обновляются сами после каждого ответа; кнопка — если вы меняли листы вручную.",
  logHeading: (pending: number, total: number) => `Журнал ошибок: необработанных ${pending} из ${total}`,
  logEmpty: "В журнале нет записей.",
  logWhere: (source: string, row: string) => `${source}, ответ в строке ${row}`,
  done: "обработано",
  pseudonymous: "Режим псевдонимов: в анкетах и здесь — только коды.",
  sheetsFirst:
    "Сначала создайте листы книги («Создать листы книги» на вкладке «Обзор»): ответы анкет записываются в них.",
  linksHeading: "Личные ссылки",
  linksHelp:
    "В анкетах нет списков с ФИО: каждый участник отвечает по своей ссылке, в которой уже записан его личный код. " +
    "Выдайте ссылки через классного руководителя: распечатайте карточки или скачайте таблицу.",
  linksRole: "Кому",
  linksRoles: { all: "всем", mentee: "наставляемым", mentor: "наставникам" },
  linksGrade: "Класс (пусто — все)",
  linksShow: "Показать ссылки",
  linksCsv: "Скачать таблицу",
  linksPrint: "Распечатать карточки",
  linksCount: (n: number) => `Участников в списке: ${n}`,
  linksMore: (n: number) => `…и ещё ${n} — все — в таблице и в карточках`,
  copy: "ссылка",
  duplicatesHeading: (n: number) => `Возможные дубликаты: ${n}`,
  duplicatesHelp:
    "Ответ с тем же ФИО, но другим классом, датой рождения или возрастом записан как новый участник. " +
    "Проверьте: «Объединить» переносит ответ в прежнюю строку и удаляет новую (всё сохраняется в истории), " +
    "«Разные люди» оставляет обе строки.",
  duplicateTitle: (sheet: string, id: string, similarId: string) => `${sheet}: ${id} похож на ${similarId}`,
  duplicateNames: (name: string, similar: string) => `${name} / ${similar}`,
  mergePreview: "При объединении изменится:",
  mergeNothing: "При объединении ничего не изменится, новая строка будет удалена.",
  merge: "Объединить",
  apart: "Разные люди",
  historyHeading: (n: number) => `История изменений: ${n}`,
  historyHelp:
    "Прежние значения, которые заменили ответы или объединение. «Вернуть» записывает прежнее значение обратно.",
  historyEmpty: "Изменений пока не было.",
  historyEntry: (sheet: string, key: string, column: string) => `${sheet} · ${key} · ${column}`,
  historyChange: (before: string, after: string) => `было: ${before || "—"} → стало: ${after || "—"}`,
  restore: "Вернуть",
  restored: "возвращено",
} as const;
