/** Russian texts of the custom functions' errors, in one place. */
export const FN_MESSAGES = {
  shapeMismatch: (a: string, b: string) => `диапазоны разного размера: ${a} и ${b}`,
  cellError: (message: string) => `Ошибка: ${message}`,
  notANumber: (what: string, value: string) => `${what}: «${value}» — не число`,
  negative: (what: string, value: number) => `${what} не может быть отрицательным (${value})`,
  zeroTotal: (part: number) => `знаменатель равен 0, а числитель ${part}`,
  partOverTotal: (part: number, total: number) => `часть (${part}) больше целого (${total})`,
  badDigits: (value: string) => `число знаков «${value}» должно быть целым от 0 до 10`,
  missing: (what: string) => `не указан ${what}`,
  unknownFunction: (name: string) => `неизвестная функция ${name}`,
  badPeriodYear: (value: string) => `год «${value}» не распознан: укажите год (2022) или учебный год (2022-2023)`,
  deadlineUnknown: (text: string) => `срок «${text}» не распознан`,
  deadlineNeedsYear: (text: string) =>
    `в сроке «${text}» не хватает года: укажите его вторым аргументом, например 2022 или 2022-2023`,
  bySchedule: "по отдельному графику (своей даты нет)",
  periodOneCell: (shape: string) => `нужна одна ячейка со сроком, а не диапазон ${shape}`,
} as const;

/** Texts of CMN_STATUS, CMN_SATISFIED, CMN_GROWTH and CMN_AGE. */
export const FN_MESSAGES_INDICATORS = {
  badTolerance: (value: string) => `допуск «${value}» должен быть числом от 0 до 1 (0,05 = 5 процентных пунктов)`,
  badShare: (what: string, value: number) => `${what} ${value} — доля не может быть отрицательной`,
  at: (row: number, col: number, cols: number) => (cols > 1 ? `строка ${row}, столбец ${col}` : `строка ${row}`),
  score: "оценка",
  scoreOutOfScale: (where: string, value: number) => `${where}: оценка ${value} вне шкалы от 1 до 10`,
  badThreshold: (value: string) => `порог «${value}» должен быть числом от 1 до 10`,
  noScores: "в диапазоне нет ни одной оценки",
  entry: "вход",
  exit: "выход",
  noPairs: "нет ни одной пары значений «вход — выход»",
  notADate: (what: string, value: string) => `${what}: «${value}» — не дата (ожидается дд.мм.гггг)`,
  birthDate: "дата рождения",
  onDate: "дата расчёта",
  futureBirth: (birth: string, on: string) => `дата рождения ${birth} позже даты расчёта ${on}`,
} as const;
