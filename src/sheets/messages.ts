/** Russian texts of the sheets layer: what it writes into the workbook (notes, help, protections), its errors. */
export const SHEET_TEXT = {
  lockBusy: "Книгу сейчас меняет другой процесс (например, приходит ответ анкеты). Повторите через несколько секунд.",
  headerProtection:
    "Заголовки листа «Куратора ЦМН»: по ним дополнение находит столбцы. Переименование столбца отключит его.",
  validation: {
    date: "Введите дату, например 15.09.2026",
    count: "Введите целое число не меньше 0",
    list: "Выберите значение из списка (список можно дополнить на листе «Справочники»)",
  },
} as const;
