/** Russian texts the sheets layer writes into the workbook (notes, help texts, protections). */
export const SHEET_TEXT = {
  headerProtection:
    "Заголовки листа «Куратора ЦМН»: по ним дополнение находит столбцы. Переименование столбца отключит его.",
  validation: {
    date: "Введите дату, например 15.09.2026",
    count: "Введите целое число не меньше 0",
    list: "Выберите значение из списка (список можно дополнить на листе «Справочники»)",
  },
} as const;
