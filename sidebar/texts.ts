/** Russian texts of the sidebar, in one place. */
export const TEXT = {
  loading: "Загрузка…",
  ready: "Готово",
  working: "Выполняется…",
  failed: (message: string) => `Ошибка: ${message}`,
  overview: {
    title: "Обзор",
    notReady: (names: string[]) => `В книге нет листов: ${names.join(", ")}.`,
    setup: "Создать листы книги",
    complete: "Проверить и дополнить листы",
    mentors: "наставников",
    mentees: "наставляемых",
    pairs: "пар",
    roadmap: "мероприятий",
    pseudonymous: "Режим псевдонимов: вместо ФИО показываются коды.",
  },
  check: {
    title: "Проверка",
    intro:
      "Проверяет листы, столбцы и строки книги — в том числе введённые вручную — и показывает ссылки на ячейки с ошибками.",
    run: "Проверить книгу",
    more: (n: number) => `…и ещё ${n}. Исправьте показанные и проверьте снова.`,
  },
  soon: (what: string) => `«${what}» появится в следующей версии дополнения.`,
} as const;
