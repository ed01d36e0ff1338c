/**
 * What helps the curator decide: bands of the score, one average with its meaning, and the fix for each
 * group of mentees left without a pair.
 */
import { averageMeaning, bandCounts, bandLabel, scoreBand } from "../../../src/domain/matching/advice";
import { matchCohort } from "../../../src/domain/matching/match";
import { groupUnmatched } from "../../../src/domain/matching/review";
import { DEFAULT_MATCH_SETTINGS } from "../../../src/domain/matching/settings";
import type { MatchingInput } from "../../../src/domain/matching/types";
import { mentee, mentor } from "./people";

describe("score bands", () => {
  it("labels a score «хорошо» from 60, «средне» from 40, «слабо» below", () => {
    expect([100, 60, 59, 40, 39, 0].map(bandLabel)).toEqual(["хорошо", "хорошо", "средне", "средне", "слабо", "слабо"]);
    expect(bandLabel(null)).toBe("");
    expect(bandCounts([75, 61, 45, 12])).toEqual({ good: 2, fair: 1, weak: 1 });
    expect(scoreBand(1)).toBe("weak");
  });

  it("gives the average once, with its band and what 100 is made of under the weights in «Настройки»", () => {
    expect(averageMeaning(52.4, DEFAULT_MATCH_SETTINGS.weights)).toBe(
      "Средняя совместимость пар — 52,4 из 100 (средне). 100 — это запросы наставляемого, покрытые компетенциями " +
        "наставника (40 %), тот же предмет (15 %), взаимный выбор после встречи (25 %), подходящая ролевая модель " +
        "(10 %) и удачная разница в классе или стаже (10 %). Хорошо — от 60, средне — от 40 до 59, слабо — ниже 40.",
    );
    const onlyRequests = { requests: 1, subject: 0, preference: 0, roleModel: 0, gap: 0 };
    expect(averageMeaning(null, onlyRequests)).toMatch(/^100 — это запросы .* \(100 %\), тот же предмет \(0 %\)/);
  });
});

describe("the fix for the mentees left", () => {
  /** 14 pupils of grades 7–9 and one of grade 3 wait for 2 senior pupils with 3 places each. */
  function cohort(): MatchingInput {
    const seniors = [
      mentor({ id: "Н-1", grade: 11, capacity: 3 }),
      mentor({ id: "Н-2", name: "Орлов Дмитрий", grade: 11, capacity: 3 }),
    ];
    const juniors = Array.from({ length: 14 }, (_, i) =>
      mentee({ id: `У-${i + 1}`, name: `Ученик ${i + 1}`, grade: 7 + (i % 3) }),
    );
    return {
      mentors: seniors,
      mentees: [...juniors, mentee({ id: "У-99", name: "Младшая Аня", grade: 3, form: "студент – ученик" })],
      pairs: [],
      preferences: [],
      invalidRows: [],
      problems: [],
    };
  }

  it("names the mentors missing, by form and grades: «не хватает 3 наставников … для 7–9 классов»", () => {
    const result = matchCohort(cohort(), DEFAULT_MATCH_SETTINGS);
    expect(result.stats.byForm["ученик – ученик"]).toEqual({ mentees: 14, matched: 6, mentors: 2, places: 6 });
    const groups = groupUnmatched(result.unmatched, result.stats.byForm);
    expect(groups.map((g) => [g.label, g.mentees.length, g.fix])).toEqual([
      [
        "нет наставников в форме «студент – ученик»",
        1,
        "Нет свободного наставника формы «студент – ученик» для 3 класса (ждут: 1): найдите наставников этой формы.",
      ],
      [
        "подходящие наставники заняты — нет мест («ученик – ученик»)",
        8,
        "Не хватает 3 наставников формы «ученик – ученик» для 7–9 классов (мест: 8): найдите ещё наставников или увеличьте «Макс. наставляемых» у нынешних.",
      ],
    ]);
  });

  it("points at the rule that stops the mentors: vetting, grades", () => {
    const input = cohort();
    input.mentors = input.mentors.map((m) => ({ ...m, trained: false }));
    const unvetted = groupUnmatched(matchCohort(input, DEFAULT_MATCH_SETTINGS).unmatched);
    expect(unvetted.find((g) => g.kind === "noCompatible")?.fix).toBe(
      "Наставники формы «ученик – ученик» не допущены к несовершеннолетним: отметьте в «Наставниках» обучение, собеседование и дату справки о несудимости, как требуют «Настройки».",
    );
    input.mentors = input.mentors.map((m) => ({ ...m, trained: true, grade: 6 }));
    const young = groupUnmatched(matchCohort(input, DEFAULT_MATCH_SETTINGS).unmatched);
    expect(young.find((g) => g.kind === "noCompatible")?.fix).toBe(
      "Нужны наставники старше по классу для 7–9 классов — или ролевая модель, которая допускает тот же класс («Справочники»).",
    );
  });
});
