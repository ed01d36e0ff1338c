/** Russian texts of the contingent feature, in one place. */
import { countOf, WORDS } from "../common/plural";
import type { ValueColumn } from "./model";

export const COLUMN_LABELS: Record<ValueColumn, string> = { fact: "Факт", forecast: "Прогноз" };

export const MARKER_LABELS = { including: "в том числе:", ofWhich: "из них:" } as const;

/** «Контингент, строка 5 (код 1.1), «Факт»» — the place every problem starts with. */
export const cellRef = (row: number, code: string, column?: ValueColumn) =>
  `Контингент, строка ${row} (код ${code})${column ? `, «${COLUMN_LABELS[column]}»` : ""}`;

export const CONTINGENT_MESSAGES = {
  notANumber: (at: string, value: string) => `${at}: «${value}» — не число; укажите целое число человек или «-»`,
  notWhole: (at: string, value: number) => `${at}: ${value} — численность должна быть целым числом`,
  negative: (at: string, value: number) => `${at}: ${value} — численность не может быть отрицательной`,
  overParent: (at: string, value: number, parentAt: string, parentValue: number) =>
    `${at}: ${value} больше, чем в строке «из них»-родителя (${parentAt}: ${parentValue})`,
  sumMismatch: (at: string, value: number, children: string, sum: number) =>
    `${at}: ${value} не равно сумме строк «в том числе» (${children}) = ${sum}. ` +
    `Исправьте числа или, если группы пересекаются, замените «в том числе» на «из них»`,
  sumOverParent: (at: string, value: number, children: string, sum: number) =>
    `${at}: ${value} меньше суммы заполненных строк «в том числе» (${children}) = ${sum}`,
  suggestSum: (at: string, children: string, sum: number) =>
    `${at}: не заполнено; сумма строк «в том числе» (${children}) = ${sum} — подставить?`,
  duplicateCode: (at: string, firstRow: number) => `${at}: код повторяется (уже был в строке ${firstRow})`,
  orphan: (at: string, parent: string) => `${at}: нет строки с кодом ${parent}, к которой относится эта строка`,
  missingKey: (name: string, usedBy: string) =>
    `Контингент: нет строки «${name}» — без неё не посчитать показатель «${usedBy}»`,
  noCode: (row: number, name: string) =>
    `Контингент, строка ${row}: у строки «${name}» нет кода (1, 1.1, …) — она пропущена`,
  badCode: (row: number, code: string) =>
    `Контингент, строка ${row}: «${code}» — не код строки (ожидается 1, 1.1, 1.1.1)`,
  noHeader: "В таблице контингента нет заголовка «Факт» (и «Прогноз») — не понять, где какие числа",
  noRows:
    "Не найдено ни одной строки контингента: ожидаются строки вида «1.1 численность обучающихся в 1-4 классах, чел. 10 8»",
  stoppedAt: (line: number, text: string) =>
    `Разбор таблицы контингента остановлен на строке ${line} текста: «${text}» — дальше не таблица`,
} as const;

/** Texts the live «Проверка» formulas show (one cell per row; blank = the row is consistent). */
export const CHECK_FORMULA_TEXT = {
  notWhole: (column: string) => `«${column}»: не целое число ≥ 0`,
  overParent: (column: string, parent: string) => `«${column}» больше, чем в строке ${parent}`,
  underParts: (column: string, parts: string) => `«${column}» меньше суммы строк ${parts}`,
  blankParent: (column: string, parts: string) => `«${column}»: пусто, сумма строк ${parts} = `,
  sumMismatch: (column: string, parts: string) => `«${column}» не равно сумме строк ${parts} = `,
} as const;

/** Results of the contingent import and of filling sums, as the sidebar shows them. */
export const CONTINGENT_IMPORT_TEXT = {
  imported: (rows: number, added: number, updated: number) =>
    `Контингент: прочитано строк — ${rows}; обновлено — ${updated}, добавлено — ${added}. Проверка на листе обновляется сама.`,
  nothing: "В тексте не найдено строк контингента",
  sumsFilled: (n: number) =>
    n === 0
      ? "Пустых итоговых строк, которые можно посчитать, нет"
      : `Подставлены суммы в ${countOf(n, WORDS.cellAcc)}`,
  sheetMissing: "Нет листа «Контингент». Выполните «Создать листы книги».",
} as const;
