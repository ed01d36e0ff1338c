import { indexPreferences, scorePair, suggestRoleModel } from "../../../src/domain/matching/score";
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
      "запросы: математика, ОГЭ · взаимный выбор · под потребность: низкая успеваемость · разница 2 класса",
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
  it("answers the mentee's need with a variant of the form", () => {
    expect(suggestRoleModel(mentee({ needs: ["низкая успеваемость"] }), PUPILS)?.model).toBe(
      "успевающий – неуспевающий",
    );
    expect(suggestRoleModel(mentee({ needs: ["адаптация"] }), PUPILS)?.model).toBe("адаптированный – неадаптированный");
    expect(suggestRoleModel(mentee({ needs: ["ОВЗ", "низкая успеваемость"] }), PUPILS)?.model).toBe(
      "лидер – пассивный",
    );
    expect(suggestRoleModel(teacherMentee({ experience: 2, requests: [] }), "учитель – учитель")?.model).toBe(
      "опытный педагог – молодой специалист",
    );
    expect(
      suggestRoleModel(teacherMentee({ experience: 9, requests: ["цифровые навыки"] }), "учитель – учитель")?.model,
    ).toBe("педагог-новатор – консервативный педагог");
  });
  it("does not name ОВЗ or ТЖС in the reasons", () => {
    const s = scorePair(mentor({ competencies: ["общение"] }), mentee({ needs: ["ТЖС"] }), PUPILS, settings());
    expect(s.reasons).toContain("под особые потребности");
    expect(s.reasons.join(" ")).not.toMatch(/ТЖС|ОВЗ/);
  });
  it("offers only variants the school keeps in «Справочники», else the form's first one", () => {
    const refs = { roleModels: [{ form: PUPILS, model: "равный – равному" }] };
    expect(suggestRoleModel(mentee({ needs: ["низкая успеваемость"] }), PUPILS, refs)?.model).toBe("равный – равному");
    expect(suggestRoleModel(mentee(), "воспитатель – воспитатель")).toBeUndefined();
  });
});
