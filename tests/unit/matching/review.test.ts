/**
 * Re-scoring «Пары» after the curator's edits, and the groups of mentees left over: the pure half of the
 * review (the sheet half is in tests/integration/matching.test.ts).
 */
import { groupUnmatched, rescorePairs } from "../../../src/domain/matching/review";
import type { ExistingPair, MatchingInput, UnmatchedMentee } from "../../../src/domain/matching/types";
import { mentee, mentor, settings } from "./people";

function input(pairs: ExistingPair[]): MatchingInput {
  return {
    mentors: [mentor({ id: "Н-1", capacity: 1 }), mentor({ id: "Н-2", name: "Орлов Пётр", grade: 10, capacity: 2 })],
    mentees: [
      mentee({ id: "У-1" }),
      mentee({ id: "У-2", name: "Белова Ира", grade: 6 }),
      mentee({ id: "У-3", name: "Юрьев Лев", grade: 9 }),
    ],
    pairs,
    preferences: [],
    invalidRows: [],
    problems: [],
  };
}
const pair = (row: number, mentorId: string, menteeId: string, status: string, locked = false): ExistingPair => ({
  row,
  mentorId,
  menteeId,
  status,
  locked,
});

describe("rescorePairs", () => {
  it("counts other proposals against the mentor's places: a second pupil swapped onto Н-1 breaks capacity", () => {
    const out = rescorePairs(
      input([pair(2, "Н-1", "У-1", "предложена"), pair(3, "Н-1", "У-2", "предложена")]),
      settings(),
    );
    expect(out.map((r) => r.row)).toEqual([2, 3]);
    for (const r of out) expect(r.violations).toEqual(["у наставника нет свободных мест (занято 1 из 1)"]);
    expect(out[0].reasons[0]).toBe("⚠ нарушает правила: у наставника нет свободных мест (занято 1 из 1)");
  });

  it("re-scores only the rows asked for, leaves ended pairs alone, and heads kept pairs with their status", () => {
    const pairs = [
      pair(2, "Н-2", "У-1", "утверждена"),
      pair(3, "Н-2", "У-2", "завершена"),
      pair(4, "Н-2", "У-2", "предложена", true),
    ];
    const all = rescorePairs(input(pairs), settings());
    expect(all.map((r) => r.row)).toEqual([2, 4]);
    expect(all[0].reasons[0]).toBe("пара утверждена");
    expect(all[1].reasons[0]).toBe("⚠ нарушает правила: эта пара уже была и завершена куратором");
    expect(all[1].reasons[1]).toBe("закреплена куратором");
    expect(rescorePairs(input(pairs), settings(), { rows: new Set([2]) }).map((r) => r.row)).toEqual([2]);
  });

  it("follows the role model the curator wrote in «Пары»: classmates are fine under «равный – равному»", () => {
    const classmates = (roleModel?: string) =>
      rescorePairs(
        input([{ ...pair(2, "Н-1", "У-3", "предложена"), ...(roleModel ? { roleModel } : {}) }]),
        settings(),
      )[0];
    expect(classmates("Равный – равному")).toMatchObject({ violations: [], roleModel: "равный – равному" });
    expect(classmates("успевающий – неуспевающий").violations).toHaveLength(1);
    // A name the form does not list: the suggestion for the mentee (a maths request) applies.
    expect(classmates("лидер педагогического сообщества").violations).toHaveLength(1);
  });

  it("warns on a mentor who is not senior, and on an unknown ID, without a score", () => {
    const out = rescorePairs(
      input([pair(2, "Н-1", "У-3", "предложена"), pair(3, "Н-9", "У-1", "предложена")]),
      settings(),
    );
    expect(out[0]).toMatchObject({
      known: true,
      violations: [
        "наставник (9 класс) не старше наставляемого (9 класс) — так требует ролевая модель «успевающий – неуспевающий»",
      ],
    });
    expect(typeof out[0].score).toBe("number");
    expect(out[1]).toMatchObject({
      known: false,
      reasons: ["⚠ наставника с ID «Н-9» нет среди допустимых строк базы"],
    });
    expect(out[1].score).toBeUndefined();
  });

  it("flags a mentee put into two live pairs", () => {
    const out = rescorePairs(
      input([pair(2, "Н-2", "У-1", "утверждена"), pair(5, "Н-2", "У-1", "предложена")]),
      settings(),
    );
    expect(out[1].violations).toContain("наставляемый «У-1» ещё в одной паре (строки 2)");
  });
});

describe("groupUnmatched", () => {
  it("groups by reason, and by form where the form is the point", () => {
    const u = (menteeId: string, kind: UnmatchedMentee["kind"], form?: string): UnmatchedMentee => ({
      menteeId,
      kind,
      reason: "…",
      ...(form ? { form } : {}),
    });
    const groups = groupUnmatched([
      u("У-1", "noConsent"),
      u("У-2", "noCapacity", "ученик – ученик"),
      u("У-3", "noMentorOfForm", "работодатель – студент"),
      u("У-4", "noCapacity", "ученик – ученик"),
      u("У-5", "noCapacity", "студент – ученик"),
      u("строка 9", "invalidRow"),
    ]);
    expect(groups.map((g) => [g.label, g.mentees.length])).toEqual([
      ["нет наставников в форме «работодатель – студент»", 1],
      ["подходящие наставники заняты — нет мест («ученик – ученик»)", 2],
      ["подходящие наставники заняты — нет мест («студент – ученик»)", 1],
      ["нет согласия на обработку ПДн", 1],
      ["строки с ошибками в данных", 1],
    ]);
    expect(groups.every((g) => g.fix.length > 0)).toBe(true);
  });
});
