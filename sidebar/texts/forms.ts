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
  pseudonymous: "Режим псевдонимов: в списках анкет и здесь — только коды.",
  sheetsFirst:
    "Сначала создайте листы книги («Создать листы книги» на вкладке «Обзор»): ответы анкет записываются в них.",
} as const;
