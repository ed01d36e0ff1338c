import { namedRanges } from "../../../src/domain/indicators/namedRanges";
import { FORMULA_CODES, denominatorFormula, numeratorFormula } from "../../../src/domain/indicators/formulas";
import { rowFormula } from "../../../src/domain/indicators/rowFormulas";
import { SHEETS, type RowFormulaKey } from "../../../src/domain/workbook/sheets";
import { statusOf, asFraction } from "../../../src/domain/indicators/status";

describe("the named-range scheme", () => {
  const names = namedRanges().map((r) => r.name);

  it("names one range per base column, keyed contingent row and formula setting", () => {
    expect(names).toContain("CMN_Mentees_Age");
    expect(names).toContain("CMN_Mentors_Organisation");
    expect(names).toContain("CMN_Surveys_Total");
    expect(names).toContain("CMN_Contingent_pupils_10_18");
    expect(names).toContain("CMN_Contingent_teachers_0_3");
    expect(names).toContain("CMN_Settings_SatisfactionThreshold");
    expect(new Set(names).size).toBe(names.length);
    // Sheets: letters, digits and underscores, not starting with a digit, never like a cell (A1, R1C1).
    for (const n of names) {
      expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(n).not.toMatch(/^[A-Za-z]{1,3}\d+$|^R\d*C\d*$/);
    }
  });

  it("covers every name the numerator, denominator and per-row formulas use", () => {
    const used = (formula: string) => formula.match(/CMN_[A-Za-z]+_[A-Za-z0-9_]+/g) ?? [];
    for (const code of FORMULA_CODES) {
      const inNumerator = used(numeratorFormula(code)!);
      expect(inNumerator.length).toBeGreaterThan(0);
      for (const name of [...inNumerator, ...used(denominatorFormula(code)!)])
        if (!name.startsWith("CMN_Contingent_")) expect(names).toContain(name);
    }
    for (const key of ["mentors", "mentees", "surveys"] as const) {
      const columns = Object.fromEntries(SHEETS[key].columns.map((c, i) => [c.key, i]));
      for (const c of SHEETS[key].columns.filter((c) => c.formula)) {
        const formula = rowFormula(c.formula as RowFormulaKey, 5, columns)!;
        expect(formula).not.toMatch(/[{}]/);
        for (const name of used(formula)) expect(names).toContain(name);
      }
    }
  });
});

describe("statusOf", () => {
  it("compares fractions with a tolerance in points", () => {
    expect(statusOf(0.35, 0.35)).toBe("achieved");
    expect(statusOf(0.3, 0.35)).toBe("close");
    expect(statusOf(0.2, 0.35)).toBe("notAchieved");
    expect(statusOf(0.2, null)).toBe("noTarget");
    expect(statusOf(0.2, 0.35, 0.2)).toBe("close");
  });

  it("reads numbers above 1 as percent points", () => {
    expect(asFraction(35)).toBe(0.35);
    expect(asFraction(0.35)).toBe(0.35);
    expect(asFraction(1)).toBe(1);
  });
});
