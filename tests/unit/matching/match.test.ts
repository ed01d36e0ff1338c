import { readMatchingInput } from "../../../src/domain/matching/input";
import { matchCohort } from "../../../src/domain/matching/match";
import type { MatchingInput } from "../../../src/domain/matching/types";
import { mentee, mentor, settings, teacherMentee, teacherMentor } from "./people";

const PUPILS = "ученик – ученик";

/** A small school cohort that exercises every path: kept, ended, priority, no form, no consent, bad row. */
function cohort(): MatchingInput {
  const base = readMatchingInput({
    mentors: [],
    mentees: [
      { id: "У-10", name: "Сидорова Вера", category: "обучающийся", grade: "седьмой", form: PUPILS, consent: "да" },
    ],
  });
  return {
    mentors: [
      mentor({ id: "Н-1", name: "Соколова Анна", grade: 9, competencies: ["математика", "ОГЭ"], capacity: 2 }),
      mentor({ id: "Н-2", name: "Орлов Дмитрий", grade: 10, competencies: ["общение", "лидерство"], capacity: 1 }),
      teacherMentor({ id: "Н-3", experience: 12 }),
      mentor({ id: "Н-4", name: "Зайцев Павел", grade: 8, consent: false }),
      mentor({ id: "Н-5", name: "Белова Ольга", grade: 11, status: "выбыл", capacity: 3 }),
    ],
    mentees: [
      mentee({ id: "У-1", name: "Петров Илья", grade: 7, requests: ["математика"], needs: ["низкая успеваемость"] }),
      mentee({ id: "У-2", name: "Кузнецова Дарья", grade: 6, requests: ["адаптация"], needs: ["ОВЗ"] }),
      mentee({ id: "У-3", name: "Лебедев Артём", grade: 5, requests: ["математика"] }),
      mentee({ id: "У-4", name: "Морозова Ева", consent: false }),
      mentee({ id: "У-5", name: "Волков Иван", form: undefined }),
      mentee({ id: "У-6", name: "Новикова Алиса", form: "студент – ученик" }),
      teacherMentee({ id: "У-7", name: "Смирнова Ирина", experience: 15 }),
      mentee({ id: "У-8", name: "Фёдоров Лев", status: "выбыл" }),
      mentee({ id: "У-9", name: "Егорова Нина", grade: 8 }),
      teacherMentee({ id: "У-11", name: "Ким Олег", experience: 1 }),
    ],
    pairs: [
      { pairId: "П-1", mentorId: "Н-1", menteeId: "У-9", form: PUPILS, status: "предложена", locked: true, row: 2 },
      {
        pairId: "П-2",
        mentorId: "Н-3",
        menteeId: "У-11",
        form: "учитель – учитель",
        status: "расторгнута",
        locked: false,
        row: 3,
      },
      { pairId: "П-3", mentorId: "Н-2", menteeId: "У-3", form: PUPILS, status: "предложена", locked: false, row: 4 },
    ],
    preferences: [],
    invalidRows: base.invalidRows.map((r) => ({ ...r, row: 11 })),
    problems: [],
  };
}

describe("matchCohort", () => {
  const result = matchCohort(cohort(), settings());
  const pairOf = (menteeId: string) => result.pairs.find((p) => p.menteeId === menteeId);
  const reasonOf = (menteeId: string) => result.unmatched.find((u) => u.menteeId === menteeId)?.reason;

  it("keeps the locked pair, and it takes one of the mentor's two places", () => {
    expect(pairOf("У-9")).toMatchObject({ mentorId: "Н-1", kept: true });
    expect(pairOf("У-9")?.reasons[0]).toBe("закреплена куратором");
    expect(result.pairs.filter((p) => p.mentorId === "Н-1")).toHaveLength(2);
    expect(result.stats.lockedKept).toBe(1);
  });

  it("matches the mentee with ОВЗ first; the role model follows their request (адаптация), not the diagnosis", () => {
    expect(pairOf("У-2")).toMatchObject({
      mentorId: "Н-2",
      roleModel: "адаптированный – неадаптированный",
      priority: true,
      kept: false,
    });
    expect(result.stats.priorityMatched).toBe(1);
  });

  it("gives the last place to the mentee it fits best and explains the one left", () => {
    expect(pairOf("У-1")).toMatchObject({
      mentorId: "Н-1",
      form: PUPILS,
      roleModel: "успевающий – неуспевающий",
      score: 60,
    });
    expect(pairOf("У-1")?.reasons.join(" · ")).toBe("запросы: математика · под запрос: математика · разница 2 класса");
    expect(reasonOf("У-3")).toBe(
      "все подходящие наставники (2) заняты: мест не осталось — увеличьте «Макс. наставляемых» или добавьте наставников",
    );
  });

  it("says why each other mentee is left", () => {
    expect(reasonOf("У-4")).toBe("нет согласия на обработку ПДн (законного представителя)");
    expect(reasonOf("У-5")).toBe("не указана желаемая форма наставничества");
    expect(reasonOf("У-6")).toBe("нет наставников в форме «студент – ученик»");
    expect(reasonOf("У-7")).toBe(
      "нет совместимого наставника в форме «учитель – учитель»: чаще всего мешает — стаж наставника, которого требует ролевая модель (1 из 1)",
    );
    expect(reasonOf("У-11")).toBe(
      "нет совместимого наставника в форме «учитель – учитель»: чаще всего мешает — пара уже была расторгнута или завершена (1 из 1)",
    );
    expect(reasonOf("У-10")).toBe("строка 11 с ошибками — не участвует в подборе, исправьте её");
  });

  it("never proposes the withdrawn, the unconsenting or an ended pair", () => {
    const ids = result.pairs.flatMap((p) => [p.mentorId, p.menteeId]);
    for (const id of ["Н-4", "Н-5", "У-4", "У-8", "У-10"]) expect(ids).not.toContain(id);
    expect(result.pairs.some((p) => p.mentorId === "Н-3" && p.menteeId === "У-11")).toBe(false);
    expect(result.unmatched.map((u) => u.menteeId)).not.toContain("У-8");
  });

  it("counts the cohort", () => {
    expect(result.stats).toMatchObject({
      mentees: 10,
      matched: 3,
      priorityMentees: 1,
      priorityMatched: 1,
      lockedKept: 1,
      existingKept: 0,
      proposed: 2,
      minScore: Math.min(...result.pairs.map((p) => p.score)),
    });
    // Mentees У-1, У-2, У-3, У-4, У-9; mentors Н-1 (2 places), Н-2, Н-4 (the withdrawn Н-5 is not counted).
    expect(result.stats.byForm[PUPILS]).toEqual({ mentees: 5, matched: 3, mentors: 3, places: 4 });
    expect(result.stats.byForm["учитель – учитель"]).toEqual({ mentees: 2, matched: 0, mentors: 1, places: 1 });
  });

  it("warns when a kept pair breaks a rule, but keeps it", () => {
    const input = cohort();
    input.pairs.push({ mentorId: "Н-2", menteeId: "У-4", status: "активна", locked: false, row: 5 });
    const r = matchCohort(input, settings());
    expect(r.pairs.find((p) => p.menteeId === "У-4")).toMatchObject({
      mentorId: "Н-2",
      kept: true,
      reasons: expect.arrayContaining(["пара активна"]),
    });
    expect(r.problems.map((p) => p.message)).toContain(
      "Пары, строка 5: пара Н-2 – У-4 сохранена, но нарушает правила: нет согласия на обработку ПДн у наставляемого (законного представителя)",
    );
    // Н-2's only place is now taken, so the ОВЗ mentee goes to Н-1 instead of being dropped.
    expect(r.pairs.find((p) => p.menteeId === "У-2")?.mentorId).toBe("Н-1");
  });

  it("reports progress up to the total", () => {
    const calls: Array<[number, number]> = [];
    matchCohort(cohort(), settings(), { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(2);
    expect(calls[calls.length - 1][0]).toBe(calls[calls.length - 1][1]);
    expect(calls.every(([d, t], i) => d <= t && (i === 0 || d >= calls[i - 1][0]))).toBe(true);
  });

  it("beats going down the sheet when a priority mentee comes last", () => {
    const input: MatchingInput = {
      mentors: [mentor({ id: "Н-1", grade: 9 }), mentor({ id: "Н-2", grade: 6, competencies: [] })],
      mentees: [mentee({ id: "У-1", grade: 5 }), mentee({ id: "У-2", grade: 7, needs: ["ТЖС"] })],
      pairs: [],
      preferences: [],
      invalidRows: [],
      problems: [],
    };
    const greedy = matchCohort(input, settings(), { strategy: "greedy" });
    const optimal = matchCohort(input, settings());
    expect(greedy.stats.matched).toBe(1); // У-1 took Н-1, the only mentor older than У-2
    expect(optimal.stats.matched).toBe(2);
    expect(optimal.pairs.map((p) => [p.menteeId, p.mentorId])).toEqual([
      ["У-1", "Н-2"],
      ["У-2", "Н-1"],
    ]);
  });

  it("handles an empty cohort", () => {
    const r = matchCohort(
      { mentors: [], mentees: [], pairs: [], preferences: [], invalidRows: [], problems: [] },
      settings(),
    );
    expect(r.stats).toMatchObject({ mentees: 0, matched: 0, averageScore: null, minScore: null });
  });
});
