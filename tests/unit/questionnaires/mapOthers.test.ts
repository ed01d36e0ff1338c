import {
  CONSENT_YES,
  GUARDIAN_CONSENT_YES,
  item,
  mapResponse,
  preferenceChoices,
  pairChoices,
  type FormKey,
  type MapResult,
  type UpsertTarget,
} from "../../../src/domain/questionnaires";
import { answers, context, mentees, mentors, pairs } from "./fixtures";

const title = (form: FormKey, key: string) => item(form, key).title;

function accepted(r: MapResult): UpsertTarget {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.target;
}
function refused(r: MapResult): string {
  if (r.ok) throw new Error(`accepted: ${JSON.stringify(r.target)}`);
  return r.reason;
}

describe("mentor questionnaire → «Наставники»", () => {
  const t = (key: string) => title("mentor", key);
  const gromova = {
    [t("name")]: "Громова Елена Петровна",
    [t("category")]: "представитель работодателя",
    [t("age")]: "41",
    [t("experience")]: "15",
    [t("organisation")]: "ООО «Агроресурс»",
    [t("subject")]: "агрономия",
    [t("competencies")]: "профориентация, проекты, Экскурсии на производство",
    [t("forms")]: "работодатель – ученик",
    [t("capacity")]: "3",
    [t("contacts")]: "gromova@agro.example, +7 900 000-00-00",
    [t("adult")]: "Да",
    [t("consentSelf")]: CONSENT_YES,
  };

  it("a new employer's representative becomes a candidate mentor with the next ID", () => {
    const target = accepted(mapResponse("mentor", answers(gromova), context));
    expect(target.key).toEqual([{ column: "id", value: "НТ-0004" }]);
    expect(target.row).toEqual({
      id: "НТ-0004",
      name: "Громова Елена Петровна",
      category: "представитель работодателя",
      age: 41,
      experience: 15,
      organisation: "ООО «Агроресурс»",
      subject: "агрономия",
      competencies: "профориентация; проекты; Экскурсии на производство",
      forms: "работодатель – ученик",
      capacity: 3,
      contacts: "gromova@agro.example, +7 900 000-00-00",
      consent: true,
      status: "кандидат",
      joined: "2026-10-12",
      source: "анкета",
      trained: false,
    });
  });

  it("the collected e-mail finds the mentor even when she typed her name differently", () => {
    const again = answers({
      ...gromova,
      [t("name")]: "Москвина Т. Н.",
      [t("category")]: "педагог",
      "Адрес электронной почты": "Moskvina@school.ru",
    });
    const target = accepted(mapResponse("mentor", again, context));
    expect(target.key).toEqual([{ column: "id", value: "НТ-0001" }]);
    expect(target.row).not.toHaveProperty("trained");
    expect(target.row).not.toHaveProperty("status");
  });

  it("a pupil mentor of 16 needs the guardian's consent; forms with a comma-free list split right", () => {
    const laptev = answers({
      [t("name")]: "Лаптев Кирилл",
      [t("category")]: "обучающийся",
      [t("grade")]: "10 а",
      [t("age")]: "16",
      [t("competencies")]: ["физика", "олимпиады"],
      [t("forms")]: "ученик – ученик, студент – ученик",
      [t("capacity")]: "1",
      [t("contacts")]: "через классного руководителя",
      [t("adult")]: "Нет",
      [t("guardianName")]: "Лаптева Ирина Юрьевна",
      [t("consentGuardian")]: GUARDIAN_CONSENT_YES,
    });
    const target = accepted(mapResponse("mentor", laptev, context));
    expect(target.key).toEqual([{ column: "id", value: "НТ-0002" }]);
    expect(target.row).toMatchObject({
      forms: "ученик – ученик; студент – ученик",
      competencies: "физика; олимпиады",
      consent: true,
    });
  });

  it("refuses a form of mentoring that is not in «Справочники» (no «Другое» there)", () => {
    const r = mapResponse(
      "mentor",
      answers({ ...gromova, [t("forms")]: "работодатель – ученик, вожатый – пионер" }),
      context,
    );
    expect(refused(r)).toBe(
      "вопрос «В каких формах наставничества вы готовы участвовать?»: «вожатый – пионер» — такого варианта ответа нет",
    );
  });

  it("refuses a capacity that is not an offered option", () => {
    expect(refused(mapResponse("mentor", answers({ ...gromova, [t("capacity")]: "10" }), context))).toBe(
      "вопрос «Сколько наставляемых вы готовы взять?»: «10» — такого варианта ответа нет",
    );
  });
});

describe("preference questionnaire → «Предпочтения»", () => {
  const t = (key: string) => title("preference", key);
  const lists = preferenceChoices(mentors, mentees, false);

  it("a mentee ranks mentors chosen from the list; codes are stored", () => {
    const alina = answers({
      [t("role")]: "Наставляемый",
      [t("selfMentee")]: "НЯ-0001 — Сидорова Алина",
      [t("menteeChoice1")]: lists.mentors[0],
      [t("menteeChoice2")]: lists.mentors[1],
    });
    const target = accepted(mapResponse("preference", alina, context));
    expect(target).toEqual({
      sheet: "preferences",
      key: [{ column: "participantId", value: "НЯ-0001" }],
      row: {
        participantId: "НЯ-0001",
        role: "наставляемый",
        choice1: "НТ-0002",
        choice2: "НТ-0001",
        choice3: "",
        date: "2026-10-12",
      },
    });
  });

  it("a mentor may answer with a bare code in pseudonymous mode", () => {
    const moskvina = answers({
      [t("role")]: "Наставник",
      [t("selfMentor")]: "НТ-0001",
      [t("mentorChoice1")]: "НЯ-0002",
    });
    const target = accepted(mapResponse("preference", moskvina, { ...context, pseudonymous: true }));
    expect(target.row).toMatchObject({ participantId: "НТ-0001", role: "наставник", choice1: "НЯ-0002", choice2: "" });
  });

  it("refuses the same mentor twice, an unknown mentor, and a first choice left empty", () => {
    const twice = answers({
      [t("role")]: "Наставляемый",
      [t("selfMentee")]: "НЯ-0001",
      [t("menteeChoice1")]: "НТ-0002",
      [t("menteeChoice2")]: "НТ-0002",
    });
    expect(refused(mapResponse("preference", twice, context))).toBe(
      "один и тот же участник выбран несколько раз: «НТ-0002»",
    );
    const unknown = answers({
      [t("role")]: "Наставляемый",
      [t("selfMentee")]: "НЯ-0001",
      [t("menteeChoice1")]: "НТ-0099 — Кто-то",
    });
    expect(refused(mapResponse("preference", unknown, context))).toBe(
      "вопрос «Наставник: первый выбор»: «НТ-0099 — Кто-то» — нет такого участника в листе «Наставники»",
    );
    const empty = answers({ [t("role")]: "Наставляемый", [t("selfMentee")]: "НЯ-0001" });
    expect(refused(mapResponse("preference", empty, context))).toBe(
      "не заполнен обязательный вопрос «Наставник: первый выбор»",
    );
  });
});

describe("meeting feedback → «Встречи»", () => {
  const t = (key: string) => title("meeting", key);
  const [pairLabel] = pairChoices(pairs, false);

  it("the mentee's answer fills the mentee's rating; key is pair + date + type", () => {
    const r = answers({
      [t("pair")]: pairLabel,
      [t("role")]: "Наставляемый",
      [t("date")]: "2026-10-05",
      [t("type")]: "Знакомство",
      [t("rating")]: "9",
      [t("comment")]: "Было интересно 👍",
    });
    const target = accepted(mapResponse("meeting", r, context));
    expect(pairLabel).toBe("П-0001 — Лаптев Кирилл / Сидорова Алина");
    expect(target).toEqual({
      sheet: "meetings",
      key: [
        { column: "pairId", value: "П-0001" },
        { column: "date", value: "2026-10-05" },
        { column: "type", value: "знакомство" },
      ],
      row: {
        pairId: "П-0001",
        date: "2026-10-05",
        type: "знакомство",
        menteeRating: 9,
        comment: "Наставляемый: Было интересно 👍",
      },
      appendText: ["comment"],
    });
  });

  it("the mentor's answer fills the mentor's rating; a Russian-format date is read", () => {
    const r = answers({
      [t("pair")]: "П-0001",
      [t("role")]: "Наставник",
      [t("date")]: "05.10.2026",
      [t("type")]: "знакомство",
      [t("rating")]: "8",
    });
    const target = accepted(mapResponse("meeting", r, context));
    expect(target.row).toEqual({ pairId: "П-0001", date: "2026-10-05", type: "знакомство", mentorRating: 8 });
  });

  it("refuses an unknown pair, a rating of 11, an unknown meeting type and a date in the future", () => {
    const r = answers({
      [t("pair")]: "П-0042",
      [t("role")]: "Наставник",
      [t("date")]: "20.10.2026",
      [t("type")]: "экскурсия",
      [t("rating")]: "11",
    });
    expect(refused(mapResponse("meeting", r, context)).split("; ")).toEqual([
      "вопрос «Тип встречи»: «экскурсия» — такого варианта ответа нет",
      "вопрос «Оцените встречу от 1 до 10»: «11» — ожидается целое число от 1 до 10",
      "вопрос «Ваша пара (группа)»: «П-0042» — нет такой пары в листе «Пары»",
      "вопрос «Дата встречи»: дата 20.10.2026 ещё не наступила",
    ]);
  });

  it("lists only pairs that meet, each group once, codes only in pseudonymous mode", () => {
    expect(pairChoices(pairs, true)).toEqual(["П-0001", "П-0002"]);
  });
});

describe("satisfaction, evaluation and curator questionnaires → «Опросы»", () => {
  it("satisfaction: scaled items, the overall score as «Итог», open answers sorted into SWOT", () => {
    const t = (key: string) => title("satisfaction", key);
    const r = answers({
      [t("role")]: "Наставник",
      [t("self")]: "НТ-0002 — Лаптев Кирилл",
      [t("satComfort")]: "9",
      [t("satUsefulness")]: "8",
      [t("satMeetings")]: "9",
      [t("satGroupEvents")]: "6",
      [t("satSupport")]: "10",
      [t("satPlan")]: "7",
      [t("satExpectations")]: "8",
      [t("overall")]: "8",
      [t("valuable")]: "Научился объяснять",
      [t("lacking")]: "Времени",
      [t("continue")]: "Да",
    });
    const target = accepted(mapResponse("satisfaction", r, context));
    expect(target.key).toEqual([
      { column: "participantId", value: "НТ-0002" },
      { column: "questionnaire", value: "удовлетворённость" },
      { column: "stage", value: "" },
    ]);
    expect(target.row).toEqual({
      participantId: "НТ-0002",
      role: "наставник",
      questionnaire: "удовлетворённость",
      stage: "",
      date: "2026-10-12",
      satComfort: 9,
      satUsefulness: 8,
      satMeetings: 9,
      satGroupEvents: 6,
      satSupport: 10,
      satPlan: 7,
      satExpectations: 8,
      total: 8,
      strengths: "Научился объяснять",
      weaknesses: "Времени",
      opportunities: "",
      threats: "",
      wantsToContinue: true,
    });
  });

  it("satisfaction: a mentor's name picked under the mentee role is not found among mentees", () => {
    const t = (key: string) => title("satisfaction", key);
    const scores = Object.fromEntries(
      [
        "satComfort",
        "satUsefulness",
        "satMeetings",
        "satGroupEvents",
        "satSupport",
        "satPlan",
        "satExpectations",
        "overall",
      ].map((k) => [t(k), "7"]),
    );
    const r = answers({ ...scores, [t("role")]: "Наставляемый", [t("self")]: "НТ-0002 — Лаптев Кирилл" });
    expect(refused(mapResponse("satisfaction", r, context))).toBe(
      "вопрос «Кто вы?»: «НТ-0002 — Лаптев Кирилл» — нет такого участника в листе «Наставляемые»",
    );
  });

  it("evaluation: the same items at entry and at exit make two rows, told apart by the stage", () => {
    const t = (key: string) => title("evaluation", key);
    const base = {
      [t("role")]: "Наставляемый",
      [t("self")]: "Сидорова Алина",
      [t("engagement")]: "4",
      [t("activity")]: "3",
      [t("selfEsteem")]: "5",
      [t("anxiety")]: "8",
      [t("performance")]: "5",
      [t("motivation")]: "4",
    };
    const entry = accepted(mapResponse("evaluation", answers({ ...base, [t("stage")]: "вход" }), context));
    const exit = accepted(
      mapResponse("evaluation", answers({ ...base, [t("stage")]: "выход", [t("anxiety")]: "4" }), context),
    );
    expect(entry.key).toEqual([
      { column: "participantId", value: "НЯ-0001" },
      { column: "questionnaire", value: "оценка вход/выход" },
      { column: "stage", value: "вход" },
    ]);
    expect(exit.key[2]).toEqual({ column: "stage", value: "выход" });
    expect(entry.row).toMatchObject({ role: "наставляемый", engagement: 4, anxiety: 8 });
    expect(exit.row).toMatchObject({ anxiety: 4 });
  });

  it("evaluation: an empty scaled item and a stage that is not offered are refused", () => {
    const t = (key: string) => title("evaluation", key);
    const r = answers({
      [t("role")]: "Наставляемый",
      [t("self")]: "НЯ-0001",
      [t("stage")]: "середина",
      [t("engagement")]: "4",
      [t("activity")]: "3",
      [t("selfEsteem")]: "5",
      [t("anxiety")]: "",
      [t("performance")]: "5",
      [t("motivation")]: "4",
    });
    expect(refused(mapResponse("evaluation", r, context)).split("; ")).toEqual([
      "вопрос «Этап»: «середина» — такого варианта ответа нет",
      "не заполнен обязательный вопрос «Тревожность: насколько сильно вы волнуетесь на уроках (на работе)?»",
    ]);
  });

  it("curator: conditions and SWOT in the curator's one row", () => {
    const t = (key: string) => title("curator", key);
    const r = answers({
      [t("condDocuments")]: "10",
      [t("condBases")]: "8",
      [t("condTraining")]: "6",
      [t("condResources")]: "5",
      [t("condMonitoring")]: "7",
      [t("strengths")]: "Опытные педагоги-наставники",
      [t("weaknesses")]: "Мало времени у наставников",
      [t("opportunities")]: "Партнёрство с ООО «Агроресурс»",
      [t("threats")]: "=Текучесть кадров",
    });
    const target = accepted(mapResponse("curator", r, context));
    expect(target.key[0]).toEqual({ column: "participantId", value: "куратор" });
    expect(target.row).toMatchObject({
      role: "куратор",
      questionnaire: "анкета куратора",
      condDocuments: 10,
      condResources: 5,
      threats: "=Текучесть кадров",
    });
  });
});

describe("malformed input", () => {
  it("an unknown questionnaire and namedValues of the wrong shape are refused with a reason", () => {
    expect(refused(mapResponse("quiz", {}, context))).toBe("неизвестная анкета «quiz»");
    expect(refused(mapResponse("meeting", { "Тип встречи": [{ x: 1 }] }, context))).toMatch(/^ответ формы не читается/);
  });
});
