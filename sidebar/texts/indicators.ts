/** Russian texts of the sidebar view «Показатели». */
import { PROGRESS_TEXT } from "../../src/domain/workbook/progressMessages";

export const INDICATORS_TEXT = {
  title: "Показатели",
  intro: (year: number) => `Факт считается формулами листа «Показатели» по базам и контингенту; цель — на ${year} год.`,
  notReady: "Нет листа «Показатели». Выполните «Создать листы книги» на вкладке «Обзор».",
  empty: "На листе «Показатели» нет строк.",
  columns: { name: "Показатель", target: "Цель", fact: "Факт", status: "Статус" },
  noTarget: "—",
  noFact: "не заполнен",
  factError: (text: string) => `ошибка ${text}`,
  /** «28,2 % (62 из 220)»: every share with its counts. */
  factWithCounts: (share: string, numerator: number, denominator: number) =>
    `${share} (${numerator} из ${denominator})`,
  refresh: "Обновить",
  importContingent: PROGRESS_TEXT.bases.contingentAction,
  importIndicators: PROGRESS_TEXT.bases.targetsAction,
  contingentHelp:
    "Вставьте таблицу «Характеристика контингента» из программы (текст из PDF, Word или ячейки из таблицы). Строки с теми же кодами обновятся, новые добавятся.",
  indicatorsHelp:
    "Вставьте таблицу целевых показателей с годами («2022 г.», «2023 г.», …) из дорожной карты. «-» — цели на этот год нет.",
  paste: "Вставьте текст таблицы",
  run: "Импортировать",
  preview: "Посмотреть, что будет импортировано",
  toRow: (row: number) => `обновит строку ${row}`,
  newRow: "новая строка",
  columnsTitle: "Столбцы",
  column: (n: number) => `Столбец ${n}`,
  noRole: "— не импортировать —",
  roles: { number: "№", name: "Показатель", unit: "Ед." },
  cancel: "Закрыть",
  fillSums: (n: number) => `Подставить суммы (${n})`,
  warnings: "Замечания",
  problems: "Проверка контингента",
} as const;
