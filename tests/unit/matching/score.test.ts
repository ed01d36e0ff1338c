import { readRoleModels, suggestRoleModel } from "../../../src/domain/matching/roleModels";
import { indexPreferences, scorePair } from "../../../src/domain/matching/score";
import { mentee, mentor, settings, teacherMentee, teacherMentor } from "./people";

const PUPILS = "ученик – ученик";

describe("scorePair", () => {
  it("scores a strong «ученик – ученик» pair and explains it", () => {
    const a = mentor({ id: "Н-3", competencies: ["математика", "ОГЭ"], grade: 9 });
    const b = mentee({ id: "У-5", requests: ["математика", "ОГЭ"], needs: ["низкая успеваемость"], grade: 7 });
    const prefs = indexPreferences([
      { participantId: "У-5", role: "mentee", choices: ["Н-3"] },
      { participantId: "Н-3", role: "mentor", choices: ["У-9", "У-5"] },
    ]);
    const s = scorePair(a, b, PUPILS, settings(), prefs);
    // requests 40·1 + subject 15·0 + preference 25·1 + role model 10·1 + gap 10·1 = 85 of 100
    expect(s.score).toBe(85);
    expect(s.reasons.join(" · ")).toBe(
      "запросы: математика, ОГЭ · взаимный выбор · под запрос: математика · разница 2 класса",
    );
    expect(s.roleModel).toBe("успевающий – неуспевающий");
  });

  it("counts the share of requests the mentor covers", () => {
    const s = scorePair(
      mentor({ competencies: ["математика"] }),
      mentee({ requests: ["математика", "физика", "ОГЭ", "русский язык"] }),
      PUPILS,
      settings(),
    );
    expect(s.parts.requests).toBe(0.25);
    expect(s.reasons[0]).toBe("запросы: математика");
    expect(scorePair(mentor({ competencies: ["история"] }), mentee(), PUPILS, settings()).parts.requests).toBe(0);
  });

  it("rewards the same subject", () => {
    const s = scorePair(
      teacherMentor({ subject: "Физика" }),
      teacherMentee({ subject: "физика" }),
      "учитель – учитель",
      settings(),
    );
    expect(s.parts.subject).toBe(1);
    expect(s.reasons).toContain("тот же предмет: физика");
    expect(
      scorePair(
        teacherMentor({ subject: "химия" }),
        teacherMentee({ subject: "физика" }),
        "учитель – учитель",
        settings(),
      ).parts.subject,
    ).toBe(0);
  });

  it("weighs a mutual choice twice a one-sided one", () => {
    const a = mentor();
    const b = mentee();
    const one = indexPreferences([{ participantId: b.id, role: "mentee", choices: [a.id] }]);
    const other = indexPreferences([{ participantId: a.id, role: "mentor", choices: [b.id] }]);
    const both = indexPreferences([
      { participantId: b.id, role: "mentee", choices: [a.id] },
      { participantId: a.id, role: "mentor", choices: [b.id] },
    ]);
    expect(scorePair(a, b, PUPILS, settings()).parts.preference).toBe(0);
    expect(scorePair(a, b, PUPILS, settings(), one).parts.preference).toBe(0.5);
    expect(scorePair(a, b, PUPILS, settings(), one).reasons).toContain("выбор наставляемого");
    expect(scorePair(a, b, PUPILS, settings(), other).reasons).toContain("выбор наставника");
    expect(scorePair(a, b, PUPILS, settings(), both).parts.preference).toBe(1);
  });

  it("prefers 1–3 grades between pupils", () => {
    const gap = (g: number) => scorePair(mentor({ grade: 7 + g }), mentee({ grade: 7 }), PUPILS, settings()).parts.gap;
    expect([1, 2, 3].map(gap)).toEqual([1, 1, 1]);
    expect(gap(4)).toBeLessThan(1);
    expect(gap(4)).toBeGreaterThan(gap(5) as number);
    expect(scorePair(mentor({ grade: 11 }), mentee({ grade: 6 }), PUPILS, settings()).reasons).toContain(
      "разница 5 классов",
    );
  });

  it("uses the experience gap for teachers and leaves the gap out where the form has no gap rule", () => {
    expect(
      scorePair(teacherMentor({ experience: 12 }), teacherMentee({ experience: 1 }), "учитель – учитель", settings())
        .reasons,
    ).toContain("разница в стаже 11 лет");
    const employer = scorePair(
      mentor({
        category: "представитель работодателя",
        forms: ["работодатель – ученик"],
        competencies: ["профориентация"],
      }),
      mentee({ form: "работодатель – ученик", requests: ["профориентация"] }),
      "работодатель – ученик",
      settings(),
    );
    expect(employer.parts.gap).toBeUndefined();
    // requests 40 + role model 10 out of 90 (the gap weight is left out) = 55.6 → 56
    expect(employer.score).toBe(56);
    expect(employer.roleModel).toBe("работодатель – будущий сотрудник");
  });

  it("follows the weights from «Настройки»", () => {
    const w = { requests: 0, subject: 0, preference: 0, roleModel: 0, gap: 100 };
    expect(scorePair(mentor({ competencies: [] }), mentee(), PUPILS, settings({ weights: w })).score).toBe(100);
    expect(scorePair(mentor({ grade: 11 }), mentee({ grade: 4 }), PUPILS, settings({ weights: w })).score).toBe(10);
  });

  it("stays within 0–100", () => {
    expect(
      scorePair(mentor({ competencies: [], grade: 11 }), mentee({ grade: 1, requests: [] }), PUPILS, settings()).score,
    ).toBeGreaterThanOrEqual(0);
  });
});

describe("suggestRoleModel", () => {
  const teachers = "учитель – учитель";
  it("follows what the mentee asked for first, then what the curator recorded", () => {
    expect(suggestRoleModel(mentee({ requests: ["олимпиады"], needs: ["низкая успеваемость"] }), PUPILS)?.model).toBe(
      "равный – равному",
    );
    expect(suggestRoleModel(mentee({ requests: [], needs: ["низкая успеваемость"] }), PUPILS)?.model).toBe(
      "успевающий – неуспевающий",
    );
    expect(suggestRoleModel(mentee({ requests: ["адаптация"] }), PUPILS)?.model).toBe(
      "адаптированный – неадаптированный",
    );
  });
  it("reads a teacher's stated difficulty", () => {
    const model = (requests: string[], experience = 9) =>
      suggestRoleModel(teacherMentee({ experience, requests }), teachers)?.model;
    expect(model(["выгорание"])).toBe("лидер педагогического сообщества – педагог, испытывающий проблемы");
    expect(model(["трудности с классом"])).toBe("опытный классный руководитель – молодой специалист");
    expect(model(["работа с родителями"])).toBe("опытный классный руководитель – молодой специалист");
    expect(model(["новый сотрудник"])).toBe("опытный педагог – молодой специалист");
    expect(model(["цифровые навыки"])).toBe("педагог-новатор – консервативный педагог");
    expect(model([], 2)).toBe("опытный педагог – молодой специалист");
  });
  it("never suggests a role from ОВЗ or ТЖС: a diagnosis is not a role", () => {
    for (const need of ["ОВЗ", "ТЖС"]) {
      expect(suggestRoleModel(mentee({ requests: [], needs: [need] }), PUPILS)).toEqual({
        model: "успевающий – неуспевающий",
        roleModel: expect.objectContaining({ model: "успевающий – неуспевающий" }),
      });
      expect(suggestRoleModel(mentee({ requests: ["олимпиады"], needs: [need] }), PUPILS)?.model).toBe(
        "равный – равному",
      );
      const s = scorePair(mentor({ competencies: ["общение"] }), mentee({ needs: [need] }), PUPILS, settings());
      expect(s.reasons.join(" ")).not.toMatch(/ТЖС|ОВЗ|потребност/);
    }
    expect(suggestRoleModel(teacherMentee({ experience: 9, requests: [], needs: ["ОВЗ"] }), teachers)?.trigger).toBe(
      undefined,
    );
  });
  it("offers only variants the school keeps in «Справочники», else the form's first one", () => {
    const refs = { roleModels: [{ form: PUPILS, model: "равный – равному" }] };
    expect(suggestRoleModel(mentee({ needs: ["низкая успеваемость"] }), PUPILS, refs)?.model).toBe("равный – равному");
    expect(suggestRoleModel(mentee(), "воспитатель – воспитатель")).toBeUndefined();
  });
});

describe("readRoleModels", () => {
  it("reads the rules as the curator writes them; a blank keeps the default for the name", () => {
    const { roleModels, problems } = readRoleModels(
      [
        { form: "ученик – ученик", model: "Равный-равному", seniority: "Старше по ступени", experience: "", row: 2 },
        { form: "учитель – учитель", model: "педагог-новатор – консервативный педагог", experience: "любой", row: 3 },
        { form: "", model: "", row: 4 },
        { form: "ученик – ученик", model: "лидер – пассивный", seniority: "по росту", row: 5 },
      ],
      "Справочники",
    );
    expect(roleModels).toEqual([
      { form: "ученик – ученик", model: "Равный-равному", seniority: "higherLevel" },
      { form: "учитель – учитель", model: "педагог-новатор – консервативный педагог", experience: "any" },
      { form: "ученик – ученик", model: "лидер – пассивный" },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      "Справочники, строка 5, «Старшинство наставника»: «по росту» — ожидается одно из: «нет», «тот же класс или старше», «старше по классу», «старше по ступени»; пока действует значение по умолчанию",
    ]);
  });
});
