import { defaultRefs, rowSchema, validateBase } from "../../../src/domain/participants";

const refs = defaultRefs();

/** A mentor row as Sheets returns it: '' for empty cells, false for an unticked checkbox. */
function mentorRow(cells: Record<string, unknown>): Record<string, unknown> {
  return {
    id: "",
    name: "",
    category: "",
    grade: "",
    age: "",
    experience: "",
    tenure: "",
    subject: "",
    competencies: "",
    forms: "",
    capacity: "",
    trained: false,
    interviewed: false,
    certificateDate: "",
    consent: false,
    organisation: "",
    contacts: "",
    status: "",
    joined: "",
    source: "",
    ...cells,
  };
}

function menteeRow(cells: Record<string, unknown>): Record<string, unknown> {
  return {
    id: "",
    name: "",
    category: "",
    grade: "",
    age: "",
    experience: "",
    tenure: "",
    subject: "",
    requests: "",
    needs: "",
    form: "",
    consent: false,
    status: "",
    joined: "",
    ended: "",
    result: "",
    source: "",
    ...cells,
  };
}

describe("«Наставники» pasted by a curator", () => {
  // Rows 11–14 of the sheet: a teacher, a pupil mentor, one with bad values, one with a bad category.
  const rows = [
    mentorRow({
      id: "НТ-0001",
      name: "Москвина Т.Н.",
      category: "Педагог",
      age: 48,
      experience: "25 лет",
      subject: "математика",
      competencies: "математика; ОГЭ, методика",
      forms: "Учитель-учитель",
      capacity: "2",
      trained: true,
      consent: "да",
      status: "активен",
      joined: "2024-09-01",
    }),
    mentorRow({
      id: "НТ-0002",
      name: "Лаптев Кирилл",
      category: "обучающийся",
      grade: "10А",
      age: "16",
      competencies: "физика",
      forms: "ученик — ученик",
      capacity: 1,
      consent: 1,
      status: "Активен",
    }),
    mentorRow({
      id: "НТ-0003",
      name: "Белякова Т.Ю.",
      category: "педагог",
      age: "сорок",
      experience: "-3",
      grade: "седьмой",
      competencies: "русский язык; шахматы",
      forms: "учитель – учитель; вожатый – ученик",
      capacity: "много",
      consent: "может быть",
      joined: "31.02.2024",
    }),
    mentorRow({ id: "", name: "Петров П.П.", category: "директор", forms: "учитель – учитель", consent: true }),
    mentorRow({}),
  ];
  const check = validateBase("mentors", rows, refs, { firstRow: 11 });
  const messages = check.problems.map((p) => p.message);

  it("names sheet, row and column header for every bad value", () => {
    expect(messages).toEqual(
      expect.arrayContaining([
        "Наставники, строка 13, «Макс. наставляемых»: «много» — ожидается целое число ≥ 0",
        "Наставники, строка 13, «Возраст»: «сорок» — ожидается возраст — целое число лет от 5 до 99",
        "Наставники, строка 13, «Стаж, лет»: «-3» — ожидается число лет ≥ 0, например 3 или 2,5",
        "Наставники, строка 13, «Класс»: «седьмой» — ожидается класс от 1 до 11, например «7», «7 класс» или «7Б»",
        "Наставники, строка 13, «Формы»: «вожатый – ученик» — нет в справочнике «Формы наставничества» (значение сохранено; добавьте его в справочник, если оно верное)",
        "Наставники, строка 13, «Компетенции (теги)»: «шахматы» — нет в справочнике «Запросы и компетенции» (значение сохранено; добавьте его в справочник, если оно верное)",
        "Наставники, строка 13, «Согласие ПДн»: «может быть» — ожидается «да» или «нет» (или флажок)",
        "Наставники, строка 13, «Дата вхождения»: «31.02.2024» — ожидается дата, например 01.09.2026",
        "Наставники, строка 14, «Категория»: «директор» — нет в справочнике «Категории участников»",
      ]),
    );
  });

  it("reports exactly those problems and nothing on the clean rows or the empty one", () => {
    expect(check.problems.filter((p) => p.row === 11 || p.row === 12 || p.row === 15)).toEqual([]);
    expect(check.problems).toHaveLength(9);
    const capacity = check.problems.find((p) => p.columnKey === "capacity");
    expect(capacity).toMatchObject({
      sheet: "Наставники",
      row: 13,
      column: "Макс. наставляемых",
      value: "много",
      severity: "error",
    });
  });

  it("unknown tags are warnings, bad values errors", () => {
    const warnings = check.problems.filter((p) => p.severity === "warning").map((p) => p.value);
    expect(warnings.sort()).toEqual(["вожатый – ученик", "шахматы"]);
  });

  it("normalises what people typed into typed records", () => {
    const [teacher, pupil] = check.records;
    expect(teacher).toMatchObject({
      row: 11,
      id: "НТ-0001",
      category: "педагог",
      age: 48,
      experience: 25,
      forms: ["учитель – учитель"],
      competencies: ["математика", "ОГЭ", "методика"],
      capacity: 2,
      trained: true,
      consent: true,
      minor: false,
      consentBy: "self",
      countable: true,
      matchable: true,
      complete: true,
    });
    expect(teacher.joined).toEqual("2024-09-01");
    expect(pupil).toMatchObject({
      grade: "10А",
      gradeNumber: 10,
      age: 16,
      forms: ["ученик – ученик"],
      capacity: 1,
      consent: true,
      status: "активен",
      minor: true,
      consentBy: "guardian",
    });
  });

  it("keeps a row with a bad optional value, with the value left out and the row marked incomplete", () => {
    const bad = check.records.find((r) => r.row === 13);
    expect(bad).toBeDefined();
    expect(bad).toMatchObject({
      capacity: undefined,
      age: undefined,
      consent: false,
      countable: false,
      complete: false,
    });
    // The unknown form is kept as typed so the curator can add it to «Справочники».
    expect(bad?.forms).toEqual(["учитель – учитель", "вожатый – ученик"]);
  });

  it("drops a row whose required column is unusable, and lists rows waiting for an ID", () => {
    expect(check.records.map((r) => r.row)).toEqual([11, 12, 13]);
    expect(check.missingIds).toEqual([14]);
  });
});

describe("«Наставляемые»: consent, minors, withdrawn", () => {
  const rows = [
    menteeRow({
      id: "НЯ-0001",
      name: "Сидорова Алина",
      category: "обучающийся",
      grade: "7Б",
      age: 13,
      requests: "математика, ОГЭ",
      needs: "ОВЗ",
      form: "Ученик-ученик",
      consent: true,
      status: "активен",
    }),
    menteeRow({
      id: "НЯ-0002",
      name: "Орлов Денис",
      category: "обучающийся",
      grade: "8 класс",
      consent: "нет",
      status: "кандидат",
    }),
    menteeRow({
      id: "НЯ-0003",
      name: "Зуева Марина",
      category: "педагог",
      age: 24,
      experience: "1,5",
      consent: "TRUE",
      status: "выбыл",
    }),
    menteeRow({
      id: "НЯ-0004",
      name: "Гусев Иван",
      category: "обучающийся",
      grade: "11",
      age: 18,
      consent: "1",
      status: "завершил",
    }),
    menteeRow({ id: "", name: "", category: "обучающийся", grade: "5", consent: false }),
  ];
  const check = validateBase("mentees", rows, refs);

  it("a minor's consent column is the guardian's; age decides over category", () => {
    const [alina, denis, marina, ivan] = check.records;
    expect(alina).toMatchObject({
      minor: true,
      consentBy: "guardian",
      consent: true,
      countable: true,
      matchable: true,
      requests: ["математика", "ОГЭ"],
      needs: ["ОВЗ"],
      form: "ученик – ученик",
      gradeNumber: 7,
    });
    // No age typed: a pupil is taken as a minor.
    expect(denis).toMatchObject({
      minor: true,
      consentBy: "guardian",
      consent: false,
      countable: false,
      matchable: false,
    });
    expect(marina).toMatchObject({
      minor: false,
      consentBy: "self",
      consent: true,
      experience: 1.5,
      countable: false,
      matchable: false,
    });
    // 18 years old in grade 11: an adult, consents himself; finished, so counted but not matched again.
    expect(ivan).toMatchObject({ minor: false, consentBy: "self", countable: true, matchable: false });
  });

  it("a person without consent is kept in the records", () => {
    expect(check.records.map((r) => r.id)).toEqual(["НЯ-0001", "НЯ-0002", "НЯ-0003", "НЯ-0004"]);
  });

  it("a row with no name is reported and not turned into a record", () => {
    expect(check.problems.map((p) => p.message)).toEqual([
      "Наставляемые, строка 6, «ФИО (или код)»: не заполнено — обязательное поле",
    ]);
    expect(check.missingIds).toEqual([6]);
  });
});

describe("duplicate IDs", () => {
  it("finds the same ID typed with another dash, case or Latin look-alike letters", () => {
    const rows = [
      mentorRow({ id: "НТ-0001", name: "Москвина Т.Н.", category: "педагог", forms: "учитель – учитель" }),
      mentorRow({ id: "HT–0001", name: "Белякова Т.Ю.", category: "педагог", forms: "учитель – учитель" }),
      mentorRow({ id: "нт-0001", name: "Лаптев Кирилл", category: "обучающийся", forms: "ученик – ученик" }),
    ];
    const check = validateBase("mentors", rows, refs);
    expect(check.problems.map((p) => p.message)).toEqual([
      "Наставники, строка 3, «ID»: «HT–0001» уже есть в строке 2 — ID должен быть уникальным",
      "Наставники, строка 4, «ID»: «нт-0001» уже есть в строке 2 — ID должен быть уникальным",
    ]);
    expect(check.duplicates).toEqual([{ key: "НТ-0001", rows: [2, 3, 4] }]);
    expect(check.records.every((r) => !r.complete)).toBe(true);
  });
});

describe("«Встречи», «Опросы», «Предпочтения»", () => {
  it("checks ratings, dates and meeting types, and flags a meeting entered twice", () => {
    const rows = [
      {
        pairId: "П-0001",
        date: "2026-10-05",
        type: "Знакомство",
        menteeRating: 9,
        mentorRating: "8",
        comment: "Познакомились",
      },
      { pairId: "П-0001", date: "05.10.2026", type: "знакомство", menteeRating: "", mentorRating: 10, comment: "" },
      { pairId: "П-0002", date: "2026-10-07", type: "экскурсия", menteeRating: 11, mentorRating: "0", comment: "" },
      { pairId: "", date: "", type: "", menteeRating: "", mentorRating: "", comment: "" },
    ];
    const check = validateBase("meetings", rows, refs);
    expect(check.problems.map((p) => p.message)).toEqual([
      "Встречи, строка 3: повторяет строку 2 (совпадают «ID пары», «Дата», «Тип»)",
      "Встречи, строка 4, «Тип»: «экскурсия» — нет в справочнике «Типы встреч»",
      "Встречи, строка 4, «Оценка наставляемого 1–10»: «11» — ожидается целое число от 1 до 10",
      "Встречи, строка 4, «Оценка наставника 1–10»: «0» — ожидается целое число от 1 до 10",
    ]);
    expect(check.records[0]).toMatchObject({ pairId: "П-0001", type: "знакомство", menteeRating: 9, mentorRating: 8 });
    expect(check.records[2].date).toEqual("2026-10-07");
  });

  it("reads survey stages, scaled items and SWOT texts", () => {
    const rows = [
      {
        participantId: "НЯ-0001",
        role: "Наставляемый",
        questionnaire: "оценка вход/выход",
        stage: "Вход",
        date: "01.10.2026",
        engagement: 4,
        anxiety: "8",
        total: "",
      },
      {
        participantId: "НТ-0001",
        role: "наставник",
        questionnaire: "удовлетворённость",
        stage: "середина",
        date: "",
        satComfort: 0,
        total: "7,5",
        strengths: "Регулярные встречи",
        wantsToContinue: "да",
      },
    ];
    const check = validateBase("surveys", rows, refs);
    expect(check.problems.map((p) => p.message).sort()).toEqual([
      "Опросы, строка 3, «Комфорт общения в паре»: «0» — ожидается целое число от 1 до 10",
      "Опросы, строка 3, «Этап»: «середина» — ожидается «вход» или «выход»",
    ]);
    expect(check.records[0]).toMatchObject({
      role: "наставляемый",
      stage: "вход",
      scores: { engagement: 4, anxiety: 8 },
    });
    expect(check.records[1]).toMatchObject({
      total: 7.5,
      texts: { strengths: "Регулярные встречи" },
      wantsToContinue: true,
    });
  });

  it("reads preferences in order, blanks left out", () => {
    const check = validateBase(
      "preferences",
      [
        {
          participantId: "НЯ-0001",
          role: "наставляемый",
          choice1: "НТ-0002",
          choice2: "",
          choice3: "НТ-0001",
          date: "",
        },
      ],
      refs,
    );
    expect(check.problems).toEqual([]);
    expect(check.records[0].choices).toEqual(["НТ-0002", "НТ-0001"]);
  });
});

describe("rowSchema: the all-or-nothing boundary", () => {
  it("fails with one issue per bad column, path = column key", () => {
    const r = rowSchema("mentors", refs).safeParse(
      mentorRow({ name: "Москвина Т.Н.", category: "педагог", forms: "", capacity: "много" }),
    );
    expect(r.success).toBe(false);
    const paths = r.success ? [] : r.error.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toEqual([
      ["forms", "обязательное поле"],
      ["capacity", "ожидается целое число ≥ 0"],
    ]);
  });
});
