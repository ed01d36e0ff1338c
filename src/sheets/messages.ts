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

/** The structure guard's texts (structureGuard.ts): a damaged header, named with its sheet and how to restore it. */
export const STRUCTURE_TEXT = {
  headerRow: (sheet: string) =>
    `На листе «${sheet}» нет строки заголовков: в строке 1 нет ни одного столбца дополнения (строку удалили или ` +
    `сдвинули). Нажмите «Восстановить заголовки» в «Проверке»: строка заголовков будет вставлена над данными, ` +
    `ни одна ячейка с данными не изменится.`,
  columns: (sheet: string, headers: readonly string[], unknown: readonly string[]) => {
    const quoted = headers.map((h) => `«${h}»`).join(", ");
    const what = headers.length === 1 ? `нет столбца ${quoted}` : `нет столбцов ${quoted}`;
    const renamed = unknown.length
      ? ` Если столбец переименовали, верните ему прежнее название (заголовки, которых дополнение не знает: ` +
        `${unknown.map((h) => `«${h}»`).join(", ")}).`
      : "";
    return (
      `На листе «${sheet}» ${what}.${renamed} Если его удалили, нажмите «Восстановить заголовки» в «Проверке»: ` +
      `столбец будет добавлен пустым в конце листа, остальные данные не изменятся.`
    );
  },
  sheet: (sheet: string) =>
    `Нет листа «${sheet}». Нажмите «Восстановить заголовки» в «Проверке» (или «Создать листы книги»): лист будет ` +
    `создан, остальные листы не изменятся.`,
  stopped: (damage: string) =>
    `${damage} Пока заголовок не исправлен, дополнение не читает этот лист и ничего на него не пишет.`,
  restored: (sheets: readonly string[]) =>
    sheets.length === 0
      ? "Заголовки в порядке: восстанавливать нечего."
      : `Заголовки восстановлены: ${sheets.join(", ")}.`,
} as const;
