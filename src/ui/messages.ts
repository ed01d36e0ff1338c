/** Russian texts of the menu, the sidebar endpoints and alerts, in one place. */
export const UI_TEXT = {
  sidebarTitle: "Куратор ЦМН",
  menu: {
    openPanel: "Открыть панель",
    setup: "Создать листы книги",
    check: "Проверить книгу",
    importRoadmap: "Импорт дорожной карты…",
    forms: "Создать анкеты",
    match: "Подобрать пары",
    report: "Построить отчёт",
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
  internalError: (message: string) =>
    `Внутренняя ошибка дополнения: ${message}. Данные не изменены; сообщите куратору проекта.`,
  badRequest: (endpoint: string, details: string) => `Панель передала неверные данные в «${endpoint}»: ${details}`,
  sheetMissing: (name: string) => `Нет листа «${name}». Выполните «Создать листы книги» в меню «Наставничество (ЦМН)».`,
  noSuchCell: (sheet: string, row: number) => `Не удалось перейти: на листе «${sheet}» нет строки ${row}.`,
} as const;
