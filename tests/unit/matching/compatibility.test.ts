import { checkPair, pairContext, samePerson, type PairContext } from "../../../src/domain/matching/compatibility";
import { roleModelsOf } from "../../../src/domain/matching/roleModels";
import { DEFAULT_ROLE_MODELS } from "../../../src/domain/workbook/defaults";
import type { HardRule, Mentee, Mentor, RoleModel } from "../../../src/domain/matching/types";
import { mentee, mentor, settings, teacherMentee, teacherMentor } from "./people";

const ctx: PairContext = { settings: settings() };
const rules = (a: Mentor, b: Mentee, c = ctx, model?: RoleModel): HardRule[] =>
  checkPair(a, b, c, model).map((v) => v.rule);
const messages = (a: Mentor, b: Mentee, c = ctx): string[] => checkPair(a, b, c).map((v) => v.message);

describe("checkPair: the form", () => {
  it("passes when the mentor takes the mentee's form, written any way", () => {
    expect(
      checkPair(mentor({ forms: ["ученик – ученик", "студент – ученик"] }), mentee({ form: "Ученик-ученик" }), ctx),
    ).toEqual([]);
  });
  it("fails when the mentor does not take it, and names the mentor's forms", () => {
    expect(messages(mentor({ forms: ["студент – ученик"], category: "студент" }), mentee())).toContain(
      "наставник не работает в форме «ученик – ученик» (его формы: студент – ученик)",
    );
  });
  it("fails when the mentee chose no form", () => {
    expect(messages(mentor(), mentee({ form: undefined }))).toEqual(["у наставляемого не указана желаемая форма"]);
  });
});

describe("checkPair: categories fit the form", () => {
  const table: Array<[string, string, string]> = [
    ["ученик – ученик", "обучающийся", "обучающийся"],
    ["учитель – учитель", "педагог", "педагог"],
    ["студент – ученик", "студент", "обучающийся"],
    ["работодатель – ученик", "представитель работодателя", "обучающийся"],
    ["работодатель – студент", "представитель работодателя", "студент"],
  ];
  it.each(table)("«%s»: %s mentors %s", (form, mentorCategory, menteeCategory) => {
    const a = mentor({ forms: [form], category: mentorCategory, grade: 10, experience: 20 });
    const b = mentee({ form, category: menteeCategory, grade: 8, experience: 1 });
    expect(rules(a, b)).toEqual([]);
    expect(rules({ ...a, category: "родитель" }, b)).toEqual(["category"]);
    expect(rules(a, { ...b, category: "выпускник" })).toEqual(["category"]);
  });
  it("says which category the form wants", () => {
    const a = mentor({ forms: ["студент – ученик"], category: "педагог" });
    expect(messages(a, mentee({ form: "студент – ученик" }))).toEqual([
      "в форме «студент – ученик» наставник — «студент», а указано «педагог»",
    ]);
  });
  it("checks only the form for a custom form with no rule («воспитатель – воспитатель»)", () => {
    const a = mentor({ forms: ["воспитатель – воспитатель"], category: "педагог", grade: undefined });
    const b = mentee({ form: "воспитатель – воспитатель", category: "родитель", grade: undefined });
    expect(rules(a, b)).toEqual([]);
    expect(rules({ ...a, forms: ["специалист – специалист"] }, b)).toEqual(["form"]);
  });
});

describe("checkPair: seniority follows the pair's role model", () => {
  const classmates = { mentor: mentor({ grade: 7 }), mentee: mentee({ grade: 7 }) };

  it("«успевающий – неуспевающий» (a subject request): the mentor is in a higher grade", () => {
    const b = mentee({ grade: 7, requests: ["математика"] });
    expect(rules(mentor({ grade: 8 }), b)).toEqual([]);
    expect(messages(mentor({ grade: 7 }), b)).toEqual([
      "наставник (7 класс) не старше наставляемого (7 класс) — так требует ролевая модель «успевающий – неуспевающий»",
    ]);
  });

  it("«равный – равному» (olympiads, projects): a classmate may mentor, a younger pupil may not", () => {
    const peer = mentee({ grade: 7, requests: ["олимпиады"] });
    expect(rules(classmates.mentor, peer)).toEqual([]);
    expect(messages(mentor({ grade: 6 }), peer)).toEqual([
      "наставник (6 класс) младше наставляемого (7 класс) — так требует ролевая модель «равный – равному»",
    ]);
  });

  it("the same classmates: allowed under «равный – равному», refused under «успевающий – неуспевающий»", () => {
    const models = roleModelsOf("ученик – ученик", undefined);
    const peer = models.find((m) => m.model === "равный – равному");
    const results = models.find((m) => m.model === "успевающий – неуспевающий");
    expect(rules(classmates.mentor, classmates.mentee, ctx, peer)).toEqual([]);
    expect(rules(classmates.mentor, classmates.mentee, ctx, results)).toEqual(["grade"]);
  });

  it("«адаптированный – неадаптированный»: a classmate helps a newcomer", () => {
    expect(rules(classmates.mentor, mentee({ grade: 7, requests: ["адаптация"] }))).toEqual([]);
  });

  it("«старше по ступени» set in «Справочники»: the mentor is at a higher level (1–4, 5–9, 10–11)", () => {
    const refs = {
      roleModels: [{ form: "ученик – ученик", model: "успевающий – неуспевающий", seniority: "higherLevel" as const }],
    };
    const c = { settings: settings(), refs };
    expect(rules(mentor({ grade: 5 }), mentee({ grade: 4 }), c)).toEqual([]);
    expect(rules(mentor({ grade: 10 }), mentee({ grade: 9 }), c)).toEqual([]);
    expect(messages(mentor({ grade: 9 }), mentee({ grade: 6 }), c)).toEqual([
      "наставник (9 класс) не на более высокой ступени, чем наставляемый (6 класс): оба — основная школа — так требует ролевая модель «успевающий – неуспевающий»",
    ]);
    expect(rules(mentor({ grade: 4 }), mentee({ grade: 5 }), c)).toEqual(["grade"]);
  });

  it("«нет» in «Справочники» lifts the rule", () => {
    const refs = {
      roleModels: [{ form: "ученик – ученик", model: "успевающий – неуспевающий", seniority: "none" as const }],
    };
    expect(rules(mentor({ grade: 5 }), mentee({ grade: 8 }), { settings: settings(), refs })).toEqual([]);
  });

  it("fails when a grade is missing where the role model asks for seniority", () => {
    expect(messages(mentor({ grade: undefined }), mentee())).toEqual([
      "не указан класс наставника — так требует ролевая модель «успевающий – неуспевающий»",
    ]);
    expect(rules(mentor(), mentee({ grade: undefined }))).toEqual(["grade"]);
  });
});

describe("checkPair: every default role model's rule, both ways", () => {
  const categories: Record<string, [string, string]> = {
    "ученик – ученик": ["обучающийся", "обучающийся"],
    "учитель – учитель": ["педагог", "педагог"],
    "студент – ученик": ["студент", "обучающийся"],
    "работодатель – ученик": ["представитель работодателя", "обучающийся"],
    "работодатель – студент": ["представитель работодателя", "студент"],
  };
  /** Mentor and mentee of the model's form, the mentor `grades` above and `years` more experienced. */
  const pairOf = (model: RoleModel, grades: number, years: number) =>
    [
      mentor({ forms: [model.form], category: categories[model.form][0], grade: 7 + grades, experience: 10 + years }),
      mentee({ form: model.form, category: categories[model.form][1], grade: 7, experience: 10 }),
    ] as const;
  const allowed = (model: RoleModel, grades: number, years: number) =>
    rules(...pairOf(model, grades, years), ctx, model).length === 0;

  it.each(DEFAULT_ROLE_MODELS.map((m) => [m.form, m.model, m] as const))("«%s», «%s»", (_form, _name, model) => {
    // Seniority in grades: a younger mentor, a classmate, an older one.
    const byGrade = [-1, 0, 1].map((g) => allowed(model, g, 5));
    expect(byGrade).toEqual(
      { none: [true, true, true], sameOrHigher: [false, true, true], higher: [false, false, true], higherLevel: [] }[
        model.seniority
      ],
    );
    // Experience: less, the same, more than the mentee.
    const byYears = [-5, 0, 5].map((y) => allowed(model, 1, y));
    expect(byYears).toEqual({ any: [true, true, true], more: [false, false, true] }[model.experience]);
  });
});

describe("checkPair: experience follows the pair's role model", () => {
  it("«опытный педагог – молодой специалист» (no request: the form's first): more experience than the mentee", () => {
    expect(rules(teacherMentor({ experience: 5 }), teacherMentee({ experience: 1 }))).toEqual([]);
    expect(messages(teacherMentor({ experience: 8 }), teacherMentee({ experience: 8, requests: [] }))).toEqual([
      "стаж наставника (8 лет) не больше стажа наставляемого (8 лет) — так требует ролевая модель «опытный педагог – молодой специалист»",
    ]);
  });

  it("«педагог-новатор – консервативный педагог»: a younger innovator may mentor an older teacher", () => {
    const innovator = teacherMentor({ experience: 3, competencies: ["цифровые навыки"] });
    const veteran = teacherMentee({ experience: 25, requests: ["цифровые навыки"] });
    expect(rules(innovator, veteran)).toEqual([]);
    // The same two people, when the veteran asks for subject methods instead, need an experienced mentor.
    expect(rules(innovator, { ...veteran, requests: ["методика"] })).toEqual(["experience"]);
  });

  it("a newcomer with long experience elsewhere: a colleague longer in the school may mentor", () => {
    const newcomer = teacherMentee({ experience: 20, tenure: 0, requests: ["новый сотрудник"] });
    expect(rules(teacherMentor({ experience: 10, tenure: 8 }), newcomer)).toEqual([]);
    expect(messages(teacherMentor({ experience: 10, tenure: 0 }), newcomer)).toEqual([
      "стаж наставника не больше, чем у наставляемого: общий — 10 и 20 лет, в организации — 0 и 0 лет — так требует ролевая модель «опытный педагог – молодой специалист»",
    ]);
  });

  it("applies the school's minimum from «Настройки» only where more experience is asked", () => {
    const c = { settings: settings({ minMentorExperience: 5 }) };
    expect(messages(teacherMentor({ experience: 4 }), teacherMentee({ experience: 1 }), c)).toEqual([
      "стаж наставника 4 года — меньше минимального (5 лет)",
    ]);
    expect(rules(teacherMentor({ experience: 4 }), teacherMentee({ experience: 1 }))).toEqual([]);
    const innovator = teacherMentor({ experience: 2 });
    expect(rules(innovator, teacherMentee({ experience: 30, requests: ["цифровые навыки"] }), c)).toEqual([]);
  });

  it("fails when experience is missing or cannot be compared", () => {
    expect(messages(teacherMentor({ experience: undefined }), teacherMentee())).toEqual([
      "не указан стаж наставника — так требует ролевая модель «опытный предметник – неопытный предметник»",
    ]);
    expect(rules(teacherMentor(), teacherMentee({ experience: undefined }))).toEqual(["experience"]);
    expect(
      messages(
        teacherMentor({ experience: undefined, tenure: 9 }),
        teacherMentee({ experience: 1, tenure: undefined }),
      ),
    ).toEqual([
      "стаж нельзя сравнить: у одного указан только общий стаж, у другого — только стаж в организации — так требует ролевая модель «опытный предметник – неопытный предметник»",
    ]);
  });
});

describe("checkPair: consent, status, same person, ended pairs, capacity", () => {
  it("needs consent from both", () => {
    expect(messages(mentor({ consent: false }), mentee())).toEqual(["нет согласия на обработку ПДн у наставника"]);
    expect(messages(mentor(), mentee({ consent: false }))).toEqual([
      "нет согласия на обработку ПДн у наставляемого (законного представителя)",
    ]);
    expect(rules(mentor({ consent: true }), mentee({ consent: true }))).toEqual([]);
  });
  it("excludes withdrawn and finished people, keeps candidates and active ones", () => {
    expect(messages(mentor({ status: "выбыл" }), mentee())).toEqual(["наставник: статус «выбыл»"]);
    expect(rules(mentor(), mentee({ status: "завершил" }))).toEqual(["inactive"]);
    expect(rules(mentor({ status: "кандидат" }), mentee({ status: "активен" }))).toEqual([]);
  });
  it("never pairs a person with themselves: same ID, or same name and category in both bases", () => {
    expect(rules(mentor({ id: "77" }), mentee({ id: "77" }))).toContain("samePerson");
    expect(samePerson(mentor({ name: "Петров  Илья" }), mentee({ name: "петров илья", grade: undefined }))).toBe(true);
    expect(samePerson(mentor({ name: "Петров Илья", grade: 9 }), mentee({ name: "Петров Илья", grade: 7 }))).toBe(
      false,
    ); // namesakes
    expect(samePerson(mentor({ name: "Петров Илья", category: "студент" }), mentee({ name: "Петров Илья" }))).toBe(
      false,
    );
  });
  it("does not propose again a pair the curator ended", () => {
    const context = pairContext(
      { pairs: [{ mentorId: "Н-1", menteeId: "У-1", status: "расторгнута", locked: false }] },
      settings(),
    );
    expect(messages(mentor(), mentee(), context)).toEqual(["эта пара уже была и расторгнута куратором"]);
    expect(rules(mentor({ id: "Н-2" }), mentee(), context)).toEqual([]);
  });
  it("counts places taken by locked, approved and active pairs, not proposed ones", () => {
    const pairs = [
      { mentorId: "Н-1", menteeId: "У-7", status: "активна", locked: false },
      { mentorId: "Н-1", menteeId: "У-8", status: "предложена", locked: true },
      { mentorId: "Н-1", menteeId: "У-9", status: "предложена", locked: false },
    ];
    const context = pairContext({ pairs }, settings());
    expect(messages(mentor({ capacity: 2 }), mentee(), context)).toEqual([
      "у наставника нет свободных мест (занято 2 из 2)",
    ]);
    expect(rules(mentor({ capacity: 3 }), mentee(), context)).toEqual([]);
    // The curator replacing one of the kept pairs by hand frees its place.
    const swap = pairContext({ pairs }, settings(), { excludePair: { mentorId: "Н-1", menteeId: "У-7" } });
    expect(rules(mentor({ capacity: 2 }), mentee(), swap)).toEqual([]);
    expect(rules(mentor({ capacity: 0 }), mentee(), pairContext({ pairs: [] }, settings()))).toEqual(["capacity"]);
  });
});
