import { CMN_SHARE } from "../../../src/functions/share";

describe("CMN_SHARE", () => {
  it("returns the fraction for single values", () => {
    expect(CMN_SHARE.impl(12, 40)).toBeCloseTo(0.3);
    expect(CMN_SHARE.impl("3", "8")).toBeCloseTo(0.375);
    expect(CMN_SHARE.impl(1, 3, 1)).toBe(0.333);
    expect(CMN_SHARE.impl(0, 0)).toBe(0);
  });

  it("answers bad single input with a Russian message", () => {
    expect(() => CMN_SHARE.impl(5, 4)).toThrow("часть (5) больше целого (4)");
    expect(() => CMN_SHARE.impl(-1, 4)).toThrow("числитель не может быть отрицательным (-1)");
    expect(() => CMN_SHARE.impl(3, 0)).toThrow("знаменатель равен 0, а числитель 3");
    expect(() => CMN_SHARE.impl("много", 4)).toThrow("числитель: «много» — не число");
    expect(() => CMN_SHARE.impl("", 4)).toThrow("не указан числитель");
  });

  it("maps ranges cell by cell and keeps going past a bad cell", () => {
    const out = CMN_SHARE.impl([[1], [5], [2]], [[4], [4], [8]]);
    expect(out).toEqual([[0.25], ["Ошибка: часть (5) больше целого (4)"], [0.25]]);
  });

  it("refuses ranges of different sizes", () => {
    expect(() => CMN_SHARE.impl([[1], [2]], [[4], [4], [4]])).toThrow("диапазоны разного размера: 2×1 и 3×1");
  });
});
