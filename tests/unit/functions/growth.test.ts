import { CMN_GROWTH } from "../../../src/functions/growth";

describe("CMN_GROWTH", () => {
  it("averages exit minus entry by participant, skipping rows measured once", () => {
    expect(CMN_GROWTH.impl([[4], [6], [5], [""]], [[7], [6], [""], [9]])).toBe(1.5); // (3 + 0) / 2
    expect(CMN_GROWTH.impl(5, 8)).toBe(3);
    expect(CMN_GROWTH.impl([["3,5"]], [["4"]])).toBe(0.5);
    expect(CMN_GROWTH.impl([[8], [9]], [[6], [7]])).toBe(-2); // a fall is a negative growth
  });

  it("gives one mean per column when each column is a parameter", () => {
    expect(
      CMN_GROWTH.impl(
        [
          [4, 10],
          [6, 20],
        ],
        [
          [5, 12],
          [9, 20],
        ],
      ),
    ).toEqual([[2, 1]]);
    expect(CMN_GROWTH.impl([[4, null]], [[5, 3]])).toEqual([[1, "Ошибка: нет ни одной пары значений «вход — выход»"]]);
  });

  it("answers bad input in Russian", () => {
    expect(() => CMN_GROWTH.impl([[4], ["высоко"]], [[5], [6]])).toThrow("строка 2, вход: «высоко» — не число");
    expect(() => CMN_GROWTH.impl([[4], [5]], [[5], ["?"]])).toThrow("строка 2, выход: «?» — не число");
    expect(() => CMN_GROWTH.impl([[4], [5]], [[5]])).toThrow("диапазоны разного размера: 2×1 и 1×1");
    expect(() => CMN_GROWTH.impl([[""], [null]], [[""], [1]])).toThrow("нет ни одной пары значений «вход — выход»");
  });

  it("handles 10,000 participants", () => {
    const entry = Array.from({ length: 10000 }, (_, i) => [i % 5]);
    const exit = Array.from({ length: 10000 }, (_, i) => [(i % 5) + (i % 2 === 0 ? 2 : 0)]);
    expect(CMN_GROWTH.impl(entry, exit)).toBeCloseTo(1);
  });
});
