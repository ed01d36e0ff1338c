import { CMN_SATISFIED } from "../../../src/functions/satisfied";

describe("CMN_SATISFIED", () => {
  it("gives the share of scores at or above the threshold, ignoring blanks", () => {
    expect(CMN_SATISFIED.impl([[7], [6], [""], [10], [null], [3]])).toBe(0.5);
    expect(
      CMN_SATISFIED.impl(
        [
          [7, 8],
          [9, 2],
        ],
        9,
      ),
    ).toBe(0.25);
    expect(CMN_SATISFIED.impl([["8"], ["6,5"]], "6,5")).toBe(1);
    expect(CMN_SATISFIED.impl(8)).toBe(1);
    expect(CMN_SATISFIED.impl(6)).toBe(0);
  });

  it("names the cell and the value that is not a score", () => {
    expect(() => CMN_SATISFIED.impl([[7], ["хорошо"]])).toThrow("строка 2: оценка: «хорошо» — не число");
    expect(() => CMN_SATISFIED.impl([[7, 11]])).toThrow("строка 1, столбец 2: оценка 11 вне шкалы от 1 до 10");
    expect(() => CMN_SATISFIED.impl([[0]])).toThrow("оценка 0 вне шкалы от 1 до 10");
    expect(() => CMN_SATISFIED.impl([[-3]])).toThrow("оценка -3 вне шкалы");
    expect(() => CMN_SATISFIED.impl([[true]])).toThrow("«ИСТИНА» — не число");
  });

  it("refuses a bad threshold and an empty range", () => {
    expect(() => CMN_SATISFIED.impl([[7]], 12)).toThrow("порог «12» должен быть числом от 1 до 10");
    expect(() => CMN_SATISFIED.impl([[7]], "семь")).toThrow("порог: «семь» — не число");
    expect(() => CMN_SATISFIED.impl([[""], [null]])).toThrow("в диапазоне нет ни одной оценки");
    expect(() => CMN_SATISFIED.impl("")).toThrow("не указан диапазон оценок");
  });

  it("aggregates 10,000 rows into one number", () => {
    const scores = Array.from({ length: 10000 }, (_, i) => [(i % 10) + 1]);
    expect(CMN_SATISFIED.impl(scores)).toBeCloseTo(0.4); // 7, 8, 9, 10 of every ten
  });
});
