/** Russian texts of the indicators feature, in one place. */
export const INDICATOR_MESSAGES = {
  noTable:
    "Не найдена таблица показателей: ожидается таблица с заголовком «Наименование показателя», «2022 г.», … (ячейки — по строке, каждая с табуляции, или таблица)",
  noYears: "В заголовке таблицы показателей нет столбцов с годами («2022 г.», «2023 г.», …)",
  noRows: "В таблице показателей нет ни одной строки с показателем",
  badTarget: (number: string, year: string, value: string) =>
    `Показатель ${number}, ${year} г.: «${value}» — не число; цель не задана`,
  unmatched: (number: string, name: string) =>
    `Показатель ${number} «${name}» не найден в каталоге — оставлен как собственный показатель школы (факт вводится вручную)`,
  noName: (row: number) => `Строка ${row} таблицы показателей: нет наименования — пропущена`,
} as const;

/** Status labels CMN_STATUS shows (and the «Показатели» conditional formatting keys on). */
export const STATUS_LABELS = {
  achieved: "достигнуто",
  close: "близко",
  notAchieved: "не достигнуто",
  noTarget: "нет цели",
  noData: "нет данных",
} as const;

/** Warnings of the computation of the indicators (compute.ts). */
export const INDICATOR_COMPUTE_TEXT = {
  noDenominator: (name: string, row: string) =>
    `Показатель «${name}»: в «Контингенте» нет строки «${row}» или она не заполнена — факт не вычислен`,
  typedAges: (n: number) =>
    `У ${n} участн. нет даты рождения: взят введённый возраст, который устаревает с каждым годом — добавьте «Дата рождения»`,
} as const;

/** Texts of the «Показатели» sheet and its import, as the sheet and the sidebar show them. */
export const INDICATORS_SHEET_TEXT = {
  targetHeader: (year: string) => `Цель ${year}`,
  imported: (matched: number, custom: number, years: readonly string[]) =>
    `Показатели: найдено в каталоге — ${matched}, собственных показателей школы — ${custom}; цели записаны на ${years.join(", ")} гг.`,
  outsidePeriod: (years: readonly string[], period: string) =>
    `Годы ${years.join(", ")} вне периода программы (${period}): для них добавлены столбцы целей; проверьте «Период программы» в «Настройках»`,
  factError: (code: string, text: string) =>
    `Показатель «${code}»: формула факта вернула ошибку ${text} — наведите на ячейку, чтобы увидеть причину (чаще всего не заполнен контингент)`,
  sheetMissing: "Нет листа «Показатели». Выполните «Создать листы книги».",
} as const;
