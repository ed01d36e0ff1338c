/** Russian texts of the sidebar, in one place. */
import { countOf, WORDS } from "../src/domain/common/plural";
import { PROGRESS_TEXT } from "../src/domain/workbook/progressMessages";
import { OVERVIEW_FIGURES } from "./texts/figures";
export const TEXT = {
  loading: "Загрузка…",
  ready: "Готово",
  working: "Выполняется…",
  /** The status line after a failure: the reason is shown once, in the panel, not repeated here. */
  failed: (_reason?: string) => "Не получилось — причина показана в панели",
  noConnection:
    "Не удалось связаться с таблицей: проверьте подключение к интернету и повторите. Если не поможет — закройте и снова откройте панель.",
  tabsLabel: "Разделы панели",
  place: (sheet: string, row: number) => `${sheet}, строка ${row}`,
  placeRows: (sheet: string, n: number) => `${sheet}, ${countOf(n, WORDS.row)}:`,
  andMore: (n: number) => `и ещё ${n}`,
  overview: {
    title: "Обзор",
    planTitle: (done: number, total: number) => `План внедрения: сделано ${done} из ${total}`,
    stepState: { done: "сделано", next: "следующий шаг", todo: "ещё не сделано" },
    marks: { done: "✓", next: "→", todo: "○" },
    saveSettings: PROGRESS_TEXT.settings.action,
    allDone: "Все шаги пройдены. Отчёт можно перестраивать после каждого изменения.",
    figures: "В книге сейчас",
    programme: OVERVIEW_FIGURES,
    pseudonymous: "Режим псевдонимов: вместо ФИО показываются коды.",
  },
  check: {
    title: "Проверка",
    intro:
      "Проверяет листы, столбцы и строки книги — в том числе введённые вручную — и показывает ссылки на ячейки с ошибками.",
    run: "Проверить книгу",
    heading: {
      error: (n: number) => `Ошибки: ${n}`,
      warning: (n: number) => `Предупреждения: ${n}`,
      info: (n: number) => `Замечания: ${n}`,
    },
    more: (n: number) => `…и ещё ${n}. Исправьте показанные и проверьте снова.`,
    restore: "Восстановить заголовки",
    restoreIntro: (sheets: string[]) =>
      `Повреждены заголовки или нет листа: ${sheets.map((s) => `«${s}»`).join(", ")}. Кнопка вернёт строку ` +
      `заголовков, недостающие столбцы и листы с их проверкой данных; ни одна ячейка с данными не изменится. ` +
      `Переименованный столбец лучше переименовать обратно: иначе рядом появится новый, пустой.`,
  },
  soon: (what: string) => `«${what}» появится в следующей версии дополнения.`,
} as const;
