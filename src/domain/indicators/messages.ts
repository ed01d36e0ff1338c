/** Russian texts of the indicators feature, in one place. */
export const INDICATOR_MESSAGES = {
  noTable:
    "Не найдена таблица показателей: ожидается таблица с заголовком «Наименование показателя», «2022 г.», … (ячейки — по строке, каждая с табуляции, или таблица)",
  noYears:
    "Не найдены столбцы с годами («2022 г.», «2023 г.», …): скопируйте таблицу вместе с заголовком или укажите годы программы",
  noHeader:
    "Заголовок таблицы показателей не найден, и столбцы не удалось определить по содержимому: скопируйте таблицу вместе с заголовком",
  columnsInferred: (columns: string) =>
    `Заголовок не найден, столбцы определены по содержимому: ${columns}. Проверьте их и при необходимости поправьте`,
  mappingChanged: (columns: string) => `Столбцы заданы вручную: ${columns}`,
  strayText: (text: string) => `Текст «${clip(text)}» перед таблицей не относится ни к одному показателю`,
  nameContinued: (number: string, text: string) =>
    `Строка «${clip(text)}» без номера и целей продолжает наименование показателя ${number}`,
  noRows: "В таблице показателей нет ни одной строки с показателем",
  badTarget: (number: string, year: string, value: string) =>
    `Показатель ${number}, ${year} г.: «${value}» — не число; цель не задана`,
  unmatched: (number: string, name: string) =>
    `Показатель ${number} «${name}» не найден в каталоге — оставлен как собственный показатель школы (факт вводится вручную)`,
  noName: (number: string, values: string) =>
    `Строка ${[number && `с номером ${number}`, values && `с целями ${values}`].filter(Boolean).join(" и ")} без наименования показателя пропущена`,
} as const;

function clip(text: string): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

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
  previewReady: (n: number) =>
    `Понято показателей: ${n}. Проверьте цели по годам и подтвердите импорт — до подтверждения лист не меняется.`,
} as const;
