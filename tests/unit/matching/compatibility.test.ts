import { checkPair, pairContext, samePerson } from "../../../src/domain/matching/compatibility";
import type { HardRule, Mentee, Mentor } from "../../../src/domain/matching/types";
import { mentee, mentor, settings, teacherMentee, teacherMentor } from "./people";

const ctx = { settings: settings() };
const rules = (a: Mentor, b: Mentee, c = ctx): HardRule[] => checkPair(a, b, c).map((v) => v.rule);
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

describe("checkPair: «ученик – ученик» seniority", () => {
  it("gradeRule «класс»: the mentor is in a higher grade", () => {
    expect(rules(mentor({ grade: 8 }), mentee({ grade: 7 }))).toEqual([]);
    expect(messages(mentor({ grade: 7 }), mentee({ grade: 7 }))).toEqual([
      "наставник (7 класс) не старше наставляемого (7 класс)",
    ]);
    expect(rules(mentor({ grade: 6 }), mentee({ grade: 7 }))).toEqual(["grade"]);
  });
  it("gradeRule «ступень»: the mentor is at a higher level (1–4, 5–9, 10–11)", () => {
    const c = { settings: settings({ gradeRule: "ступень" }) };
    expect(rules(mentor({ grade: 5 }), mentee({ grade: 4 }), c)).toEqual([]);
    expect(rules(mentor({ grade: 10 }), mentee({ grade: 9 }), c)).toEqual([]);
    expect(messages(mentor({ grade: 9 }), mentee({ grade: 6 }), c)).toEqual([
      "наставник (9 класс) не на более высокой ступени, чем наставляемый (6 класс): оба — основная школа",
    ]);
    expect(rules(mentor({ grade: 4 }), mentee({ grade: 5 }), c)).toEqual(["grade"]);
  });
  it("fails when a grade is missing: seniority cannot be checked", () => {
    expect(messages(mentor({ grade: undefined }), mentee())).toEqual(["не указан класс наставника"]);
    expect(messages(mentor(), mentee({ grade: undefined }))).toEqual(["не указан класс наставляемого"]);
  });
});

describe("checkPair: «учитель – учитель» experience", () => {
  it("passes with at least the minimum and more than the mentee", () => {
    expect(rules(teacherMentor({ experience: 5 }), teacherMentee({ experience: 1 }))).toEqual([]);
  });
  it("fails below the minimum from «Настройки»", () => {
    expect(messages(teacherMentor({ experience: 4 }), teacherMentee({ experience: 1 }))).toEqual([
      "стаж наставника 4 года — меньше минимального (5 лет)",
    ]);
    expect(
      rules(teacherMentor({ experience: 4 }), teacherMentee({ experience: 1 }), {
        settings: settings({ minMentorExperience: 3 }),
      }),
    ).toEqual([]);
  });
  it("fails when the mentee has as much experience or more", () => {
    expect(messages(teacherMentor({ experience: 8 }), teacherMentee({ experience: 8 }))).toEqual([
      "стаж наставника (8 лет) не больше стажа наставляемого (8 лет)",
    ]);
  });
  it("fails when experience is missing on either side", () => {
    expect(messages(teacherMentor({ experience: undefined }), teacherMentee())).toEqual(["не указан стаж наставника"]);
    expect(messages(teacherMentor(), teacherMentee({ experience: undefined }))).toEqual([
      "не указан стаж наставляемого",
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
