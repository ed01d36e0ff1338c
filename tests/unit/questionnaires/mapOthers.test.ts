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
import { answers, CODES, context, mentees, mentors, pairs } from "./fixtures";

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
    [t("birthDate")]: "1985-06-20",
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

  it("a new employer's representative becomes a candidate mentor with the next ID and a personal code", () => {
    const target = accepted(mapResponse("mentor", answers(gromova), context));
    expect(target.key).toEqual([{ column: "id", value: "НТ-0004" }]);
    expect(target.row).toEqual({
      id: "НТ-0004",
      code: "NEWC-ODE2",
      name: "Громова Елена Петровна",
      category: "представитель работодателя",
      birthDate: "1985-06-20",
      experience: 15,
      organisation: "ООО «Агроресурс»",
      subject: "агрономия",
      competencies: "профориентация; проекты; Экскурсии на производство",
      forms: "работодатель – ученик",
      capacity: 3,
      contacts: "gromova@agro.example, +7 900 000-00-00",
      consent: true,
      status: "кандидат",
      questionnaireDate: "2026-10-12",
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
    // Not verified by a personal code: consent is not taken from it.
    expect(target.row).not.toHaveProperty("consent");
  });

  it("e-mail matching is exact: a part of someone's address finds nobody", () => {
    const partial = answers({ ...gromova, "Адрес электронной почты": "kvina@school.ru" });
    expect(accepted(mapResponse("mentor", partial, context)).key).toEqual([{ column: "id", value: "НТ-0004" }]);
    const longer = answers({ ...gromova, "Адрес электронной почты": "moskvina@school.ru.evil.example" });
    expect(accepted(mapResponse("mentor", longer, context)).key).toEqual([{ column: "id", value: "НТ-0004" }]);
  });

  it("a pupil mentor of 16 needs the guardian's consent; forms with a comma-free list split right", () => {
    const laptev = answers({
      [t("name")]: "Лаптев Кирилл",
      [t("category")]: "обучающийся",
      [t("grade")]: "10 а",
      [t("birthDate")]: "2010-03-03",
      [t("code")]: CODES["НТ-0002"],
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

  it("a mentee answers through her personal link and ranks mentors chosen from the list; codes are stored", () => {
    const alina = answers({
      [t("code")]: CODES["НЯ-0001"],
      [t("role")]: "Наставляемый",
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
        choice1: "НТ-0001",
        choice2: "НТ-0002",
        choice3: "",
        date: "2026-10-12",
      },
    });
  });

  it("the lists show codes only: a minor's name never, an adult's only outside pseudonymous mode", () => {
    // Лаптев is a pupil (a minor): his code alone, and the list is sorted by code so order reveals nothing.
    expect(lists.mentors).toEqual(["НТ-0001 — Москвина Татьяна Николаевна", "НТ-0002"]);
    expect(preferenceChoices([mentors[0]], [], false).mentors).toEqual(["НТ-0001 — Москвина Татьяна Николаевна"]);
    expect(preferenceChoices([mentors[0]], [], true).mentors).toEqual(["НТ-0001"]);
    expect(lists.mentees).toEqual(["НЯ-0001", "НЯ-0002 — Зуева Марина Олеговна"]);
  });

  it("a mentor picks mentees by their codes", () => {
    const moskvina = answers({
      [t("code")]: CODES["НТ-0001"],
      [t("role")]: "Наставник",
      [t("mentorChoice1")]: "НЯ-0002",
    });
    const target = accepted(mapResponse("preference", moskvina, { ...context, pseudonymous: true }));
    expect(target.row).toMatchObject({ participantId: "НТ-0001", role: "наставник", choice1: "НЯ-0002", choice2: "" });
  });

  it("refuses an unknown code, a code of the other role, and a name typed instead of a code", () => {
    const unknown = answers({ [t("code")]: "ABCD-EFGH", [t("role")]: "Наставляемый", [t("menteeChoice1")]: "НТ-0001" });
    expect(refused(mapResponse("preference", unknown, context))).toMatch(/^личный код «ABCD-EFGH» не выдан ни одному/);
    const otherRole = answers({
      [t("code")]: CODES["НТ-0001"],
      [t("role")]: "Наставляемый",
      [t("menteeChoice1")]: "НТ-0002",
    });
    expect(refused(mapResponse("preference", otherRole, context))).toBe(
      `личный код «${CODES["НТ-0001"]}» выдан участнику листа «Наставники», а в ответе выбрана роль «Наставляемый» — ответ не записан`,
    );
    const byName = answers({
      [t("code")]: CODES["НЯ-0001"],
      [t("role")]: "Наставляемый",
      [t("menteeChoice1")]: "Москвина Татьяна Николаевна",
    });
    expect(refused(mapResponse("preference", byName, context))).toBe(
      "вопрос «Наставник: первый выбор»: «Москвина Татьяна Николаевна» — нет такого участника в листе «Наставники»",
    );
  });

  it("refuses the same mentor twice, an unknown mentor, and a first choice left empty", () => {
    const base = { [t("code")]: CODES["НЯ-0001"], [t("role")]: "Наставляемый" };
    const twice = answers({ ...base, [t("menteeChoice1")]: "НТ-0002", [t("menteeChoice2")]: "НТ-0002" });
    expect(refused(mapResponse("preference", twice, context))).toBe(
      "один и тот же участник выбран несколько раз: «НТ-0002»",
    );
    const unknown = answers({ ...base, [t("menteeChoice1")]: "НТ-0099 — Кто-то" });
    expect(refused(mapResponse("preference", unknown, context))).toBe(
      "вопрос «Наставник: первый выбор»: «НТ-0099 — Кто-то» — нет такого участника в листе «Наставники»",
    );
    expect(refused(mapResponse("preference", answers(base), context))).toBe(
      "не заполнен обязательный вопрос «Наставник: первый выбор»",
    );
  });
});

describe("meeting feedback → «Встречи»", () => {
  const t = (key: string) => title("meeting", key);

  it("the pair is the respondent's own: a mentee with one pair needs no pair item; key is pair + date + type", () => {
    const r = answers({
      [t("code")]: CODES["НЯ-0002"],
      [t("date")]: "2026-10-05",
      [t("type")]: "Знакомство",
      [t("rating")]: "9",
      [t("comment")]: "Было интересно 👍",
    });
    const target = accepted(mapResponse("meeting", r, context));
    expect(target).toEqual({
      sheet: "meetings",
      key: [
        { column: "pairId", value: "П-0002" },
        { column: "date", value: "2026-10-05" },
        { column: "type", value: "знакомство" },
      ],
      row: {
        pairId: "П-0002",
        date: "2026-10-05",
        type: "знакомство",
        menteeRating: 9,
        comment: "Наставляемый: Было интересно 👍",
      },
      appendText: ["comment"],
    });
  });

  it("a mentor with several pairs picks one by its code; a Russian-format date is read", () => {
    const r = answers({
      [t("code")]: CODES["НТ-0001"],
      [t("pair")]: "П-0004",
      [t("date")]: "05.10.2026",
      [t("type")]: "знакомство",
      [t("rating")]: "8",
    });
    const target = accepted(mapResponse("meeting", r, context));
    expect(target.row).toEqual({ pairId: "П-0004", date: "2026-10-05", type: "знакомство", mentorRating: 8 });
    const none = answers({
      [t("code")]: CODES["НТ-0001"],
      [t("date")]: "05.10.2026",
      [t("type")]: "знакомство",
      [t("rating")]: "8",
    });
    expect(refused(mapResponse("meeting", none, context))).toBe(
      "у участника несколько пар (П-0002, П-0004) — нужно выбрать пару в вопросе «Код пары (если у вас несколько пар)»",
    );
  });

  it("refuses someone else's pair, an unknown pair, a rating of 11, an unknown meeting type and a future date", () => {
    const foreign = answers({
      [t("code")]: CODES["НЯ-0002"],
      [t("pair")]: "П-0001",
      [t("date")]: "05.10.2026",
      [t("type")]: "знакомство",
      [t("rating")]: "8",
    });
    expect(refused(mapResponse("meeting", foreign, context))).toBe(
      "вопрос «Код пары (если у вас несколько пар)»: «П-0001» — это не пара участника с этим личным кодом; ответ не записан",
    );
    const r = answers({
      [t("code")]: CODES["НТ-0002"],
      [t("pair")]: "П-0042",
      [t("date")]: "20.10.2026",
      [t("type")]: "экскурсия",
      [t("rating")]: "11",
    });
    expect(refused(mapResponse("meeting", r, context)).split("; ")).toEqual([
      "вопрос «Тип встречи»: «экскурсия» — такого варианта ответа нет",
      "вопрос «Оцените встречу от 1 до 10»: «11» — ожидается целое число от 1 до 10",
      "вопрос «Код пары (если у вас несколько пар)»: «П-0042» — нет такой пары в листе «Пары»",
      "вопрос «Дата встречи»: дата 20.10.2026 ещё не наступила",
    ]);
  });

  it("lists only pairs that meet, each group once, by code alone whatever the mode", () => {
    expect(pairChoices(pairs)).toEqual(["П-0001", "П-0002", "П-0004"]);
  });
});

describe("satisfaction, evaluation and curator questionnaires → «Опросы»", () => {
  it("satisfaction: scaled items, the overall score as «Итог», open answers sorted into SWOT", () => {
    const t = (key: string) => title("satisfaction", key);
    const r = answers({
      [t("code")]: CODES["НТ-0002"],
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
      { column: "wave", value: "октябрь 2026" },
    ]);
    expect(target.row).toEqual({
      participantId: "НТ-0002",
      role: "наставник",
      questionnaire: "удовлетворённость",
      stage: "",
      wave: "октябрь 2026",
      academicYear: "2026-2027",
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

  it("satisfaction: the wave follows «Волны опросов»; an answer in May is another round, a new row", () => {
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
    const r = answers({ ...scores, [t("code")]: CODES["НЯ-0001"] });
    const october = accepted(mapResponse("satisfaction", r, context));
    const november = accepted(mapResponse("satisfaction", r, { ...context, today: "2026-11-20" }));
    const may = accepted(mapResponse("satisfaction", r, { ...context, today: "2027-05-14" }));
    // November falls after the October wave and before May: it still belongs to «октябрь 2026».
    expect(november.key).toEqual(october.key);
    expect(may.key[3]).toEqual({ column: "wave", value: "май 2027" });
    expect(may.row).toMatchObject({ role: "наставляемый", academicYear: "2026-2027", date: "2027-05-14" });
    // With no waves listed, the month is the wave.
    expect(accepted(mapResponse("satisfaction", r, { ...context, waves: [] })).row.wave).toBe("октябрь 2026");
    expect(refused(mapResponse("satisfaction", answers(scores), context))).toBe(
      "не заполнен обязательный вопрос «Личный код»",
    );
  });

  it("evaluation: entry and exit make two rows, told apart by the stage, keyed by programme year", () => {
    const t = (key: string) => title("evaluation", key);
    const base = {
      [t("code")]: CODES["НЯ-0001"],
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
      { column: "academicYear", value: "2026-2027" },
    ]);
    expect(exit.key[2]).toEqual({ column: "stage", value: "выход" });
    // The next programme's entry is a new row, not an overwrite of this one.
    const nextYear = accepted(
      mapResponse("evaluation", answers({ ...base, [t("stage")]: "вход" }), { ...context, today: "2027-09-20" }),
    );
    expect(nextYear.key[3]).toEqual({ column: "academicYear", value: "2027-2028" });
    expect(entry.row).toMatchObject({ role: "наставляемый", engagement: 4, anxiety: 8 });
    expect(exit.row).toMatchObject({ anxiety: 4 });
  });

  it("evaluation: an empty scaled item and a stage that is not offered are refused", () => {
    const t = (key: string) => title("evaluation", key);
    const r = answers({
      [t("code")]: CODES["НЯ-0001"],
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
    expect(target.key[3]).toEqual({ column: "wave", value: "октябрь 2026" });
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
