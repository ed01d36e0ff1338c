/** Russian texts of the workbench page, in one place. */
export const PAGE_TEXT = {
  calls: (n: number) => `вызовов служб: ${n}`,
  callsHelp: "Вызовы служб Apps Script с начала сеанса",
  more: (n: number) => `… ещё строк: ${n}`,
  save: "Сохранить состояние",
  load: "Загрузить",
  resetDemo: "Новая демо-школа",
  resetEmpty: "Новая пустая книга",
  saved: (file: string) => `Состояние сохранено: ${file}`,
  loaded: (file: string) => `Загружено: ${file}`,
  confirmLoadTitle: "Загрузить сохранённое состояние?",
  confirmLoad: (name: string) =>
    `Книга «${name}» будет заменена сохранённым состоянием из файла. Несохранённые изменения пропадут.`,
  confirmResetTitle: "Начать заново?",
  confirmResetDemo: (name: string) =>
    `Книга «${name}» будет заменена новой демо-школой. Несохранённые изменения пропадут — сначала можно нажать «Сохранить состояние».`,
  confirmResetEmpty: (name: string) =>
    `Книга «${name}» будет заменена пустой книгой. Несохранённые изменения пропадут — сначала можно нажать «Сохранить состояние».`,
  replace: "Заменить",
  cancel: "Отмена",
  close: "Закрыть",
  scriptError: "Ошибка скрипта",
  editRejected: "Значение не принято",
  nameBox: "Адрес ячейки",
  formulaBar: "Содержимое ячейки",
  dropdown: "Выбрать из списка",
  noteTitle: "Примечание",
  sidebarTitle: "Боковая панель",
  closeSidebar: "Закрыть панель",
  chart: (title: string) => (title ? `Диаграмма: ${title}` : "Диаграмма"),
  buttons: { OK: "ОК", CANCEL: "Отмена", YES: "Да", NO: "Нет" } as Record<string, string>,
  serverDown: "Эмулятор не отвечает: запустите «npm start» заново.",
} as const;
