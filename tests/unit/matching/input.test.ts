import { readMatchingInput } from "../../../src/domain/matching/input";

const mentorRow = (o: Record<string, unknown> = {}) => ({
  id: "Н-1",
  name: "Соколова Анна",
  category: "обучающийся",
  grade: "9Б",
  competencies: "математика; ОГЭ",
  forms: "ученик – ученик",
  capacity: 2,
  consent: true,
  status: "активен",
  ...o,
});
const menteeRow = (o: Record<string, unknown> = {}) => ({
  id: "У-1",
  name: "Петров Илья",
  category: "обучающийся",
  grade: "7 класс",
  requests: "математика, ОГЭ",
  needs: "",
  form: "Ученик-ученик",
  consent: "да",
  status: "кандидат",
  ...o,
});

describe("readMatchingInput", () => {
  it("reads rows as Sheets returns them and canonicalises values", () => {
    const input = readMatchingInput({
      mentors: [mentorRow({ id: 101, capacity: "", consent: "TRUE" })],
      mentees: [menteeRow({ joined: new Date("2026-09-01") })],
    });
    expect(input.problems).toEqual([]);
    expect(input.mentors[0]).toMatchObject({
      id: "101",
      grade: 9,
      competencies: ["математика", "ОГЭ"],
      forms: ["ученик – ученик"],
      capacity: 1,
      consent: true,
      row: 2,
    });
    expect(input.mentees[0]).toMatchObject({
      id: "У-1",
      grade: 7,
      form: "ученик – ученик",
      requests: ["математика", "ОГЭ"],
      consent: true,
    });
  });

  it("names sheet, row and column of a bad cell and leaves the row out", () => {
    const rows = [
      mentorRow({ id: "Н-1" }),
      mentorRow({ id: "Н-2" }),
      {},
      mentorRow({ id: "Н-3" }),
      mentorRow({ id: "Н-4" }),
      mentorRow({ id: "Н-5", capacity: "много" }),
    ];
    const input = readMatchingInput({ mentors: rows, mentees: [menteeRow()] });
    expect(input.problems.map((p) => p.message)).toEqual([
      "Наставники, строка 7, «Макс. наставляемых»: «много» — ожидается целое число ≥ 0",
    ]);
    expect(input.mentors.map((m) => m.id)).toEqual(["Н-1", "Н-2", "Н-3", "Н-4"]);
    expect(input.invalidRows).toEqual([{ sheet: "mentors", row: 7, id: "Н-5", name: "Соколова Анна" }]);
  });

  it("reports every kind of bad cell in Russian", () => {
    const input = readMatchingInput({
      mentors: [mentorRow({ name: "", forms: "ученик – ученик; наставник-волшебник", experience: "давно" })],
      mentees: [menteeRow({ grade: "седьмой", consent: "может быть", category: "школьник" })],
    });
    const messages = input.problems.map((p) => p.message);
    expect(messages).toContain("Наставники, строка 2, «ФИО (или код)»: не заполнено — обязательное поле");
    expect(
      messages.some((m) =>
        m.startsWith(
          "Наставники, строка 2, «Формы»: «ученик – ученик; наставник-волшебник» — нет в справочнике форм (ученик – ученик, ",
        ),
      ),
    ).toBe(true);
    expect(messages).toContain("Наставники, строка 2, «Стаж, лет»: «давно» — ожидается число ≥ 0");
    expect(messages).toContain(
      "Наставляемые, строка 2, «Класс»: «седьмой» — ожидается класс от 1 до 11, например «7» или «7Б»",
    );
    expect(messages).toContain("Наставляемые, строка 2, «Согласие ПДн»: «может быть» — ожидается «да» или «нет»");
    expect(
      messages.some((m) =>
        m.startsWith("Наставляемые, строка 2, «Категория»: «школьник» — нет в справочнике категорий"),
      ),
    ).toBe(true);
    expect(input.mentors).toEqual([]);
    expect(input.mentees).toEqual([]);
  });

  it("rejects every row of a repeated ID", () => {
    const input = readMatchingInput({
      mentors: [mentorRow(), mentorRow({ name: "Другая" }), mentorRow({ id: "Н-2" })],
      mentees: [menteeRow()],
    });
    expect(input.mentors.map((m) => m.id)).toEqual(["Н-2"]);
    expect(input.problems.map((p) => p.message)).toEqual([
      "Наставники, строка 2, «ID»: «Н-1» повторяется (строки 2, 3) — ID должен быть уникальным, строки не участвуют в подборе",
      "Наставники, строка 3, «ID»: «Н-1» повторяется (строки 2, 3) — ID должен быть уникальным, строки не участвуют в подборе",
    ]);
  });

  it("reports an empty base and a mentee with no form", () => {
    const input = readMatchingInput({ mentors: [{ id: "", name: "" }], mentees: [menteeRow({ form: "" })] });
    expect(input.problems.map((p) => p.message)).toEqual([
      "Наставники: нет ни одной строки",
      "Наставляемые, строка 2, «Желаемая форма»: не заполнено — наставляемый не участвует в подборе, пока не указана форма",
    ]);
    expect(input.mentees[0].form).toBeUndefined();
  });

  it("warns about an unknown status but keeps the row", () => {
    const input = readMatchingInput({ mentors: [mentorRow({ status: "в отпуске" })], mentees: [menteeRow()] });
    expect(input.mentors).toHaveLength(1);
    expect(input.problems[0]).toMatchObject({ severity: "warning", row: 2, column: "Статус" });
  });

  it("uses the row numbers the sheet adapter gives", () => {
    const input = readMatchingInput({ mentors: [mentorRow({ capacity: -1 })], mentees: [menteeRow()] }, undefined, {
      rowNumbers: { mentors: [41] },
    });
    expect(input.problems[0].message).toBe(
      "Наставники, строка 41, «Макс. наставляемых»: «-1» — ожидается целое число ≥ 0",
    );
  });

  it("reads pairs and preferences, inferring the role from the bases", () => {
    const input = readMatchingInput({
      mentors: [mentorRow()],
      mentees: [menteeRow()],
      pairs: [{ pairId: "П-1", mentorId: "Н-1", menteeId: "У-1", status: "Активна", locked: "да" }],
      preferences: [
        { participantId: "У-1", role: "", choice1: "Н-1", choice2: "" },
        { participantId: "Н-1", role: "наставник", choice1: "У-1" },
        { participantId: "Х-9", role: "", choice1: "Н-1" },
      ],
    });
    expect(input.pairs).toEqual([
      { pairId: "П-1", mentorId: "Н-1", menteeId: "У-1", status: "активна", locked: true, row: 2 },
    ]);
    expect(input.preferences).toEqual([
      { participantId: "У-1", role: "mentee", choices: ["Н-1"], row: 2 },
      { participantId: "Н-1", role: "mentor", choices: ["У-1"], row: 3 },
    ]);
    expect(input.problems.map((p) => p.message)).toEqual([
      "Предпочтения, строка 4: участника с ID «Х-9» нет в базах — выбор не учитывается",
    ]);
  });
});
