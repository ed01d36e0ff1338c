/** Russian texts of the participant registers' checks, in one place. */
export const PARTICIPANT_MESSAGES = {
  /** «Наставники, строка 12, «Макс. наставляемых»: «много» — ожидается целое число ≥ 0». */
  cellProblem: (sheet: string, row: number, header: string, value: string, expected: string) =>
    `${sheet}, строка ${row}, «${header}»: «${value}» — ${expected}`,
  blankRequired: (sheet: string, row: number, header: string) =>
    `${sheet}, строка ${row}, «${header}»: не заполнено — обязательное поле`,
  duplicateRecord: (sheet: string, row: number, firstRow: number, headers: string[]) =>
    `${sheet}, строка ${row}: повторяет строку ${firstRow} (совпадают ${headers.map((h) => `«${h}»`).join(", ")})`,
  duplicateId: (sheet: string, row: number, header: string, id: string, firstRow: number) =>
    `${sheet}, строка ${row}, «${header}»: «${id}» уже есть в строке ${firstRow} — ID должен быть уникальным`,

  expected: {
    text: "ожидается текст",
    id: "ожидается код вида НТ-0001",
    count: "ожидается целое число ≥ 0",
    age: "ожидается возраст — целое число лет от 5 до 99",
    years: "ожидается число лет ≥ 0, например 3 или 2,5",
    bool: "ожидается «да» или «нет» (или флажок)",
    date: "ожидается дата, например 01.09.2026",
    grade: "ожидается класс от 1 до 11, например «7», «7 класс» или «7Б»",
    score: "ожидается целое число от 1 до 10",
    mean: "ожидается число от 1 до 10",
    stage: "ожидается «вход» или «выход»",
    role: "ожидается «наставник», «наставляемый» или «куратор»",
    list: (listName: string) => `нет в справочнике «${listName}»`,
    tag: (listName: string) =>
      `нет в справочнике «${listName}» (значение сохранено; добавьте его в справочник, если оно верное)`,
  },

  /** What a person without an ID is shown as, when no code has been assigned yet. */
  noId: (row: number) => `без ID (строка ${row})`,
} as const;
