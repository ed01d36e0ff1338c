import {
  errorLogRows,
  item,
  mapResponse,
  planUpsert,
  preferenceChoices,
  splitCheckbox,
  type MapResult,
  type UpsertTarget,
} from "../../../src/domain/questionnaires";
import { validateBase } from "../../../src/domain/participants";
import { keepCell } from "../../../src/domain/workbook/codec";
import { answers, CODES, context, mentees, mentors, refs } from "./fixtures";

const NOW = new Date("2026-10-12T12:30:00Z");

function accepted(r: MapResult): UpsertTarget {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.target;
}

describe("planUpsert: one row per meeting, per person, per survey", () => {
  const t = (key: string) => item("meeting", key).title;
  const meeting = (role: string, rating: string, comment: string) =>
    accepted(
      mapResponse(
        "meeting",
        answers({
          [t("code")]: role === "Наставник" ? CODES["НТ-0002"] : CODES["НЯ-0001"],
          [t("pair")]: "П-0001",
          [t("date")]: "05.10.2026",
          [t("type")]: "знакомство",
          [t("rating")]: rating,
          [t("comment")]: comment,
        }),
        context,
      ),
    );

  it("the mentee appends the meeting; the mentor's answer then fills the same row; a resubmission changes nothing", () => {
    const sheet: Array<Record<string, unknown>> = [
      {
        pairId: "П-0002",
        date: "2026-10-05",
        type: "знакомство",
        menteeRating: 7,
        mentorRating: "",
        comment: "",
      },
    ];
    const first = planUpsert(sheet, meeting("Наставляемый", "9", "Было интересно"));
    expect(first).toEqual({
      action: "append",
      row: {
        pairId: "П-0001",
        date: "2026-10-05",
        type: "знакомство",
        menteeRating: 9,
        comment: "Наставляемый: Было интересно",
      },
    });
    if (first.action !== "append") return;
    // Sheets gives back the row with '' in the empty cell and the date as a Date.
    sheet.push({ mentorRating: "", ...first.row });

    const second = planUpsert(sheet, meeting("Наставник", "8", "Договорились о плане"));
    expect(second).toEqual({
      action: "update",
      index: 1,
      row: {
        pairId: "П-0001",
        date: "2026-10-05",
        type: "знакомство",
        menteeRating: 9,
        mentorRating: 8,
        comment: "Наставляемый: Было интересно\nНаставник: Договорились о плане",
      },
    });
    if (second.action !== "update") return;
    sheet[1] = second.row;
    expect(planUpsert(sheet, meeting("Наставник", "8", "Договорились о плане"))).toEqual({
      action: "unchanged",
      index: 1,
    });
  });

  it("a key typed by hand with another dash or Latin letters still finds the row", () => {
    const target = accepted(
      mapResponse(
        "preference",
        answers({
          "Ваша роль в программе": "Наставляемый",
          [item("preference", "code").title]: CODES["НЯ-0001"],
          [item("preference", "menteeChoice1").title]: "НТ-0001",
        }),
        context,
      ),
    );
    const sheet = [
      {
        participantId: "ня–0001",
        role: "наставляемый",
        choice1: "НТ-0002",
        choice2: "НТ-0001",
        choice3: "",
        date: "2026-09-30",
      },
    ];
    const plan = planUpsert(sheet, target);
    expect(plan).toMatchObject({
      action: "update",
      index: 0,
      row: { choice1: "НТ-0001", choice2: "", date: "2026-10-12" },
    });
  });

  it("the same person's mentee questionnaire updates their row, keeping what the curator set", () => {
    const tt = (key: string) => item("mentee", key).title;
    const target = accepted(
      mapResponse(
        "mentee",
        answers({
          [tt("name")]: "Сидорова Алина",
          [tt("category")]: "обучающийся",
          [tt("grade")]: "7Б",
          [tt("birthDate")]: "2013-05-04",
          [tt("requests")]: "русский язык",
          [tt("adult")]: "Нет",
          [tt("guardianName")]: "Сидорова Ольга",
          [tt("consentGuardian")]: "Да, я — родитель (законный представитель) и даю согласие",
        }),
        context,
      ),
    );
    const sheet = [
      {
        id: "НЯ-0001",
        name: "Сидорова Алина",
        category: "обучающийся",
        grade: "7Б",
        requests: "математика",
        status: "активен",
        consent: true,
      },
    ];
    const plan = planUpsert(sheet, target);
    expect(plan).toMatchObject({
      action: "update",
      index: 0,
      row: { id: "НЯ-0001", requests: "русский язык", status: "активен" },
    });
  });

  it("refuses to grow a comment cell past the Sheets limit", () => {
    const sheet = [{ pairId: "П-0001", date: "2026-10-05", type: "знакомство", comment: "х".repeat(49990) }];
    expect(planUpsert(sheet, meeting("Наставник", "8", "Договорились о плане")).action).toBe("reject");
  });
});

describe("«Журнал ошибок»: nothing dropped", () => {
  const raw = {
    "Отметка времени": ["12.10.2026 15:30:00"],
    "Фамилия, имя, отчество": ['=HYPERLINK("x")'],
    Комментарий: ["<b>жирный</b> 🙂"],
  };

  it("keeps the whole answer as JSON beside the reason", () => {
    const rows = errorLogRows("Анкета наставляемого", 17, "не заполнен обязательный вопрос «Кто вы?»", raw, NOW);
    expect(rows).toEqual([
      {
        date: NOW,
        source: "Анкета наставляемого",
        row: "17",
        reason: "не заполнен обязательный вопрос «Кто вы?»",
        raw: JSON.stringify(raw),
        state: "нет",
      },
    ]);
    expect(JSON.parse(rows[0].raw)).toEqual(raw);
  });

  it("a 60,000-character answer continues over two rows that join back to the exact JSON", () => {
    const big = { Предмет: ["🙂" + "а".repeat(60000)] };
    const rows = errorLogRows("Анкета наставляемого", 18, "ответ длиннее ячейки", big, NOW);
    expect(rows.map((r) => r.reason)).toEqual([
      "ответ длиннее ячейки (часть 1 из 2)",
      "ответ длиннее ячейки (часть 2 из 2)",
    ]);
    for (const r of rows) expect(r.raw.length).toBeLessThanOrEqual(50000);
    expect(JSON.parse(rows.map((r) => r.raw).join(""))).toEqual(big);
  });

  it("keeps formula-like text as written; the cell codec writes it as text", () => {
    const [row] = errorLogRows("=evil", "=1", "+reason", "=SUM(A1)", NOW);
    expect(row).toMatchObject({ source: "=evil", row: "=1", reason: "+reason", raw: '"=SUM(A1)"' });
    expect([row.source, row.row, row.reason].map((v) => keepCell(v))).toEqual(["'=evil", "'=1", "'+reason"]);
  });
});

describe("choice lists follow the registers", () => {
  it("lists matchable people only; adults by name outside pseudonymous mode, minors and everyone in it by code", () => {
    // Белякова has no consent: not listed. Орлов has no ID yet: not listed.
    const adults = (list: typeof mentors) => list.filter((p) => !p.minor);
    expect(preferenceChoices(adults(mentors), adults(mentees as never), false)).toEqual({
      mentors: ["НТ-0001 — Москвина Татьяна Николаевна"],
      mentees: ["НЯ-0002 — Зуева Марина Олеговна"],
    });
    // A list with a minor in it is sorted by code: the order must not give the minor's name away either.
    expect(preferenceChoices(mentors, mentees, false)).toEqual({
      mentors: ["НТ-0001 — Москвина Татьяна Николаевна", "НТ-0002"],
      mentees: ["НЯ-0001", "НЯ-0002 — Зуева Марина Олеговна"],
    });
    expect(preferenceChoices(mentors, mentees, true)).toEqual({
      mentors: ["НТ-0001", "НТ-0002"],
      mentees: ["НЯ-0001", "НЯ-0002"],
    });
  });

  it("a mentor who gives consent appears at the next refresh; a withdrawn one disappears", () => {
    const rows = [
      {
        id: "НТ-0001",
        name: "Москвина Татьяна Николаевна",
        category: "педагог",
        forms: "учитель – учитель",
        consent: true,
        status: "выбыл",
      },
      {
        id: "НТ-0003",
        name: "Белякова Татьяна Юрьевна",
        category: "педагог",
        forms: "учитель – учитель",
        consent: "да",
        status: "активен",
      },
    ];
    const updated = validateBase("mentors", rows, refs).records;
    expect(preferenceChoices(updated, [], false).mentors).toEqual(["НТ-0003 — Белякова Татьяна Юрьевна"]);
  });
});

describe("checkbox answers as Google joins them", () => {
  it("recognises options that contain a comma before splitting the rest as «Другое»", () => {
    const options = ["лидер педагогического сообщества – педагог, испытывающий проблемы", "методика"];
    const joined = "лидер педагогического сообщества – педагог, испытывающий проблемы, методика, шахматы";
    expect(splitCheckbox([joined], options)).toEqual({ known: [options[0], "методика"], other: ["шахматы"] });
    expect(splitCheckbox(["Методика", "шахматы"], options)).toEqual({ known: ["методика"], other: ["шахматы"] });
  });
});
