/** Russian texts of the sections «Завершить пару», «Один человек — один учёт» and «Закрыть учебный год». */
export const YEAR_VIEW_TEXT = {
  end: {
    title: "Завершить пару",
    intro:
      "Пара получит статус и дату окончания; её участники без других идущих пар — статус «завершил» и дату завершения.",
    empty: "Идущих пар (утверждённых или активных) нет.",
    date: "Дата окончания",
    outcome: "Итог",
    ended: "завершена",
    cancelled: "расторгнута",
    run: "Завершить выбранные",
    selectFirst: "Отметьте пары, которые завершаются.",
    count: (shown: number, total: number) =>
      shown < total ? `Показаны ${shown} из ${total}.` : `Идущих пар: ${total}.`,
  },
  links: {
    title: "Один человек — один учёт",
    intro:
      "Ученик может быть наставляемым в одной форме и наставником в другой. Свяжите его записи: в охвате он посчитается один раз.",
    empty: "Совпадений между базами не найдено.",
    confirm: "Это один человек",
    dismiss: "Разные люди",
    confirmAll: "Связать все",
    dismissed: (n: number) => (n ? `Отклонённых ранее: ${n}.` : ""),
    pair: (mentee: string, mentor: string) => `${mentee} (наставляемый) — ${mentor} (наставник)`,
    rows: (menteeRow: number, mentorRow: number) => `строки ${menteeRow} и ${mentorRow}`,
  },
  close: {
    title: "Закрыть учебный год",
    intro: "Сначала посмотрите, что будет сделано: ничего не изменится, пока вы не нажмёте кнопку ниже.",
    run: (year: string) => `Закрыть учебный год ${year}`,
    nothing: "Менять нечего.",
    more: (n: number) => `…и ещё ${n}`,
    closedTitle: "Закрытые годы",
    closedAt: (year: string, at: string) => (at ? `${year} — закрыт ${at}` : year),
    restore: (year: string) => `Отменить закрытие ${year}`,
  },
} as const;
