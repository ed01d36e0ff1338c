import { CMN_STATUS } from "../../../src/functions/status";
import { CATALOGUE } from "../../../src/functions/catalogue";

describe("CMN_STATUS", () => {
  it("compares a CMN_SHARE fact with the year's target, in fractions or percents", () => {
    expect(CMN_STATUS.impl(0.35, 0.35)).toBe("достигнуто");
    expect(CMN_STATUS.impl(7 / 20, 35)).toBe("достигнуто"); // 35 written as in the school's table
    expect(CMN_STATUS.impl(0.5, "35%")).toBe("достигнуто");
    expect(CMN_STATUS.impl(0.32, 0.35)).toBe("близко"); // 3 points short, within 5
    expect(CMN_STATUS.impl(0.3, 0.35)).toBe("близко"); // exactly 5 points short
    expect(CMN_STATUS.impl(0.29, 0.35)).toBe("не достигнуто");
    expect(CMN_STATUS.impl(0, "1%")).toBe("близко");
    expect(CMN_STATUS.impl(0.9, 1)).toBe("не достигнуто"); // 1 means 100 %
  });

  it("says «нет цели» for a blank or «-» target, as in the sample's 2025 column", () => {
    expect(CMN_STATUS.impl(0.2, "-")).toBe("нет цели");
    expect(CMN_STATUS.impl(0.2, "–")).toBe("нет цели");
    expect(CMN_STATUS.impl(0.2, "")).toBe("нет цели");
    expect(CMN_STATUS.impl(0.2, null)).toBe("нет цели");
  });

  it("takes a tolerance in fractions or points", () => {
    expect(CMN_STATUS.impl(0.3, 0.35, 0.01)).toBe("не достигнуто");
    expect(CMN_STATUS.impl(0.26, 0.35, 10)).toBe("близко");
    expect(() => CMN_STATUS.impl(0.3, 0.35, 150)).toThrow("допуск «150» должен быть числом от 0 до 1");
    expect(() => CMN_STATUS.impl(0.3, 0.35, "много")).toThrow("допуск: «много» — не число");
  });

  it("answers bad input in Russian", () => {
    expect(() => CMN_STATUS.impl("много", 0.3)).toThrow("факт: «много» — не число");
    expect(() => CMN_STATUS.impl(-0.1, 0.3)).toThrow("факт -0.1 — доля не может быть отрицательной");
    expect(() => CMN_STATUS.impl(0.1, "десять")).toThrow("цель: «десять» — не число");
    expect(() => CMN_STATUS.impl("", 0.3)).toThrow("не указан факт");
    expect(CMN_STATUS.impl("", "")).toBeNull();
  });

  it("maps ranges row by row and keeps going past a bad cell", () => {
    const out = CMN_STATUS.impl([[0.1], [0.16], ["x"], [null]], [[10], [20], [35], ["-"]]);
    expect(out).toEqual([["достигнуто"], ["близко"], ["Ошибка: факт: «x» — не число"], ["нет цели"]]);
    expect(() => CMN_STATUS.impl([[0.1], [0.2]], [[10]])).toThrow("диапазоны разного размера: 2×1 и 1×1");
  });

  it("handles 10,000 rows", () => {
    const n = 10000;
    const facts = Array.from({ length: n }, (_, i) => [i / n]);
    const targets = Array.from({ length: n }, () => [50]);
    const out = CMN_STATUS.impl(facts, targets) as string[][];
    expect(out).toHaveLength(n);
    expect(out.filter((r) => r[0] === "достигнуто")).toHaveLength(5000);
    expect(out.filter((r) => r[0] === "близко")).toHaveLength(500); // 0.45 … 0.4999
  });

  it("is in the catalogue with Russian help", () => {
    const spec = CATALOGUE.find((f) => f.name === "CMN_STATUS")!;
    expect(spec.summary).toMatch(/достигнуто/);
    expect(spec.params.map((p) => p.name)).toEqual(["fact", "target", "tolerance"]);
  });
});
