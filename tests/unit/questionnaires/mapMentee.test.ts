import { keepCell } from "../../../src/domain/workbook/codec";
import {
  CONSENT_YES,
  GUARDIAN_CONSENT_PAPER,
  GUARDIAN_CONSENT_YES,
  item,
  mapResponse,
  type MapResult,
  type UpsertTarget,
} from "../../../src/domain/questionnaires";
import { answers, context } from "./fixtures";

const t = (key: string) => item("mentee", key).title;

function accepted(r: MapResult): UpsertTarget {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.target;
}
function refused(r: MapResult): string {
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.target)}`);
  return r.reason;
}

/** A seventh-grader's questionnaire, filled with her mother. */
const petrova = {
  [t("name")]: "Петрова  Дарья Сергеевна",
  [t("category")]: "Обучающийся",
  [t("grade")]: "7 класс",
  [t("age")]: "13",
  [t("subject")]: "математика",
  [t("requests")]: "математика, ОГЭ, Хочу научиться выступать",
  [t("needs")]: "",
  [t("form")]: "Ученик – ученик",
  [t("adult")]: "Нет",
  [t("guardianName")]: "Петрова Ольга Ивановна",
  [t("consentGuardian")]: GUARDIAN_CONSENT_YES,
};

describe("mentee questionnaire → «Наставляемые»", () => {
  it("a new pupil gets the next free ID, status «кандидат» and the guardian's consent", () => {
    const target = accepted(mapResponse("mentee", answers(petrova), context));
    expect(target.sheet).toBe("mentees");
    // «НЯ-0001», «НЯ-0002» exist: the next is 3 (Орлов Денис has no ID yet and is a different person).
    expect(target.key).toEqual([{ column: "id", value: "НЯ-0003" }]);
    expect(target.row).toEqual({
      id: "НЯ-0003",
      name: "Петрова Дарья Сергеевна",
      category: "обучающийся",
      grade: "7 класс",
      age: 13,
      subject: "математика",
      requests: "математика; ОГЭ; Хочу научиться выступать",
      form: "ученик – ученик",
      consent: true,
      status: "кандидат",
      joined: "2026-10-12",
      source: "анкета",
    });
    // The guardian's name stays in the form's own answers sheet, not in the register.
    expect(Object.values(target.row)).not.toContain("Петрова Ольга Ивановна");
  });

  it("the same pupil answering again updates her row by its ID and leaves status and joined date alone", () => {
    const again = answers({
      ...petrova,
      [t("name")]: "Сидорова Алина",
      [t("grade")]: "7Б",
      [t("requests")]: "русский язык",
    });
    const target = accepted(mapResponse("mentee", again, context));
    expect(target.key).toEqual([{ column: "id", value: "НЯ-0001" }]);
    expect(target.row).toMatchObject({ id: "НЯ-0001", requests: "русский язык", consent: true });
    expect(target.row).not.toHaveProperty("status");
    expect(target.row).not.toHaveProperty("joined");
  });

  it("a curator's row without an ID is found by name and gets its ID from the answer", () => {
    const denis = answers({ ...petrova, [t("name")]: "орлов  денис", [t("grade")]: "8А", [t("age")]: "14" });
    const target = accepted(mapResponse("mentee", denis, context));
    expect(target.key).toEqual([
      { column: "name", value: "Орлов Денис" },
      { column: "category", value: "обучающийся" },
    ]);
    expect(target.row.id).toBe("НЯ-0003");
  });

  it("a guardian who will bring a paper consent: the child is kept, marked without consent", () => {
    const paper = answers({ ...petrova, [t("consentGuardian")]: GUARDIAN_CONSENT_PAPER });
    expect(accepted(mapResponse("mentee", paper, context)).row.consent).toBe(false);
  });

  it("a minor cannot consent for herself", () => {
    const self = answers({
      ...petrova,
      [t("adult")]: "Да",
      [t("consentSelf")]: CONSENT_YES,
      [t("consentGuardian")]: "",
      [t("guardianName")]: "",
    });
    expect(refused(mapResponse("mentee", self, context))).toBe(
      "возраст 13, а на вопрос «Вам исполнилось 18 лет?» ответ «Да» — проверьте возраст; " +
        "участнику 13 лет нужно согласие родителя (законного представителя), а в ответе его нет",
    );
  });

  it("a guardian's consent needs the guardian's name", () => {
    const noName = answers({ ...petrova, [t("guardianName")]: "" });
    expect(refused(mapResponse("mentee", noName, context))).toBe(
      "не заполнен обязательный вопрос «ФИО родителя (законного представителя)»",
    );
  });

  it("a young teacher consents herself; her stage is read as a number", () => {
    const teacher = answers({
      [t("name")]: "Крылова Анна Викторовна",
      [t("category")]: "педагог",
      [t("age")]: "23 года",
      [t("experience")]: "0,5",
      [t("subject")]: "английский язык",
      [t("requests")]: ["методика", "классное руководство"],
      [t("adult")]: "Да",
      [t("consentSelf")]: CONSENT_YES,
    });
    const target = accepted(mapResponse("mentee", teacher, context));
    expect(target.row).toMatchObject({
      category: "педагог",
      age: 23,
      experience: 0.5,
      requests: "методика; классное руководство",
      consent: true,
    });
  });

  it("an adult without consent is not written to the register", () => {
    const none = answers({
      [t("name")]: "Крылова Анна",
      [t("category")]: "педагог",
      [t("age")]: "23",
      [t("requests")]: "методика",
      [t("adult")]: "Да",
    });
    expect(refused(mapResponse("mentee", none, context))).toBe(
      "не заполнен обязательный вопрос «Согласие на обработку персональных данных»",
    );
  });

  it("lists every empty required item and every bad value at once", () => {
    const bad = answers({
      [t("category")]: "директор",
      [t("age")]: "тринадцать",
      [t("form")]: "ученик – директор",
      [t("adult")]: "Нет",
    });
    expect(refused(mapResponse("mentee", bad, context)).split("; ")).toEqual([
      "не заполнен обязательный вопрос «Фамилия, имя, отчество»",
      "вопрос «Кто вы?»: «директор» — такого варианта ответа нет",
      "вопрос «Возраст, полных лет»: «тринадцать» — ожидается возраст — целое число лет от 5 до 99",
      "не заполнен обязательный вопрос «С чем вам нужна помощь наставника?»",
      "вопрос «Какая форма наставничества вам подходит?»: «ученик – директор» — такого варианта ответа нет",
      "не заполнен обязательный вопрос «ФИО родителя (законного представителя)»",
      "не заполнен обязательный вопрос «Согласие родителя (законного представителя) на обработку персональных данных ребёнка»",
    ]);
  });

  it("a pupil without a grade is refused: the grade tells namesakes apart and feeds the indicators", () => {
    expect(refused(mapResponse("mentee", answers({ ...petrova, [t("grade")]: "" }), context))).toBe(
      "для обучающегося нужно указать класс (вопрос «Класс (для обучающихся)»)",
    );
  });
});

describe("what people type into free text", () => {
  const withSubject = (subject: string) =>
    mapResponse("mentee", answers({ ...petrova, [t("subject")]: subject }), context);

  it("formula-like answers are kept as written, and the cell codec writes them as text", () => {
    const typed = ['=IMPORTXML("http://evil.example","//a")', "+7 (900) 123-45-67", "-нет-", "@все"];
    for (const text of typed) {
      const subject = accepted(withSubject(text)).row.subject;
      expect(subject).toBe(text);
      expect(keepCell(subject)).toBe(`'${text}`);
    }
    const name = accepted(mapResponse("mentee", answers({ ...petrova, [t("name")]: "=1+1" }), context));
    expect(name.row.name).toBe("=1+1");
  });

  it("HTML and script are stored as typed (escaping is the renderer's job)", () => {
    const payload = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    expect(accepted(withSubject(payload)).row.subject).toBe(payload);
  });

  it("emoji and line breaks are kept", () => {
    expect(accepted(withSubject("математика 📐🙂 и физика")).row.subject).toBe("математика 📐🙂 и физика");
  });

  it("a 60,000-character answer is refused whole, with the reason, not cut", () => {
    const long = "а".repeat(60000);
    expect(refused(withSubject(long))).toBe(
      "вопрос «Предмет»: ответ длиной 60\u00a0000 символов больше предела ячейки Google Таблиц (50\u00a0000) — " +
        "ответ не записан в таблицу, он целиком сохранён в журнале ошибок",
    );
    // Right at the limit it is kept, every character.
    expect(accepted(withSubject("б".repeat(50000))).row.subject).toHaveLength(50000);
  });

  it("a huge answer to a checked item is quoted short in the reason", () => {
    const reason = refused(mapResponse("mentee", answers({ ...petrova, [t("age")]: "9".repeat(60000) }), context));
    expect(reason.length).toBeLessThan(200);
    expect(reason).toMatch(/^вопрос «Возраст, полных лет»: «9{80}…» — ожидается возраст/);
  });
});
