/** Russian texts of the menu, the sidebar endpoints and alerts, in one place. */
import { PROGRESS_TEXT } from "../domain/workbook/progressMessages";

export const UI_TEXT = {
  sidebarTitle: "Куратор ЦМН",
  /** Named as the checklist names the same actions (one name per action). */
  menu: {
    openPanel: "Открыть панель",
    setup: PROGRESS_TEXT.sheets.action,
    check: "Проверить книгу",
    importRoadmap: `${PROGRESS_TEXT.roadmap.action}…`,
    forms: PROGRESS_TEXT.forms.action,
    match: PROGRESS_TEXT.pairs.action,
    report: PROGRESS_TEXT.report.action,
    sendSnapshot: "Отправить в муниципалитет",
    createMunicipal: "Создать книгу муниципалитета",
    collect: "Собрать данные (муниципалитет)",
  },
  setupDone: (created: number, completed: number) =>
    created || completed
      ? `Готово: создано листов — ${created}, дополнено — ${completed}. Данные не тронуты.`
      : "Все листы уже на месте, ничего менять не пришлось.",
  reportDone: (date: string) => `Отчёт на ${date} построен на листе «Отчёт». Сохранить в PDF: Файл → Скачать → PDF.`,
  comingSoon: (what: string) => `«${what}» появится в следующей версии дополнения.`,
  internalError:
    "Не получилось: в дополнении произошла внутренняя ошибка. Подробности записаны в журнал выполнения для разработчика; повторите действие, а если ошибка повторится — сообщите разработчику дополнения.",
  serviceFailed: (meaning: string) => `Не получилось: ${meaning}.`,
  badRequest: (endpoint: string) =>
    `Панель передала неверные данные в «${endpoint}». Закройте и снова откройте панель; подробности — в журнале выполнения для разработчика.`,
  sheetMissing: (name: string) => `Нет листа «${name}». Выполните «Создать листы книги» в меню «Наставничество (ЦМН)».`,
  noSuchCell: (sheet: string, row: number) => `Не удалось перейти: на листе «${sheet}» нет строки ${row}.`,
} as const;
