/** Russian texts of the workbook check. */
export const CHECK_TEXT = {
  formulasRestored: (rows: number) =>
    `Живые формулы (возраст, пары года отчёта, учёт в показателях) восстановлены в строках: ${rows}`,
  sheetMissing: (name: string) => `Нет листа «${name}». Выполните «Создать листы книги».`,
  columnMissing: (sheet: string, header: string) =>
    `На листе «${sheet}» нет столбца «${header}». «Создать листы книги» добавит его, данные не пострадают.`,
  summary: (errors: number, warnings: number) =>
    errors === 0 && warnings === 0
      ? "Проверка пройдена: ошибок нет."
      : `Найдено ошибок: ${errors}, предупреждений: ${warnings}.`,
} as const;
