import {
  programmeYears,
  reportYear,
  reportYearExpression,
  statusCellFormula,
  targetCell,
  yearsOf,
} from "../../../src/domain/indicators/targets";
import { planIndicatorImport } from "../../../src/domain/indicators/importPlan";
import { parseIndicatorsTable } from "../../../src/domain/indicators/parse";
import { readSample } from "../../../fixtures/samples";

describe("programme years and the report year", () => {
  it("reads periods as schools write them", () => {
    expect(yearsOf("2024-2027")).toEqual(["2024", "2025", "2026", "2027"]);
    expect(yearsOf("2020 – 2024 гг.")).toEqual(["2020", "2021", "2022", "2023", "2024"]);
    expect(yearsOf("на 2022 - 2025 гг.")).toHaveLength(4);
    expect(yearsOf("")).toEqual([]);
    expect(programmeYears({ programPeriod: "", academicYear: "2026-2027" })).toEqual(["2026", "2027"]);
  });

  it("takes the calendar year of «Дата отчёта» (blank: today), or the academic year's end by the setting", () => {
    expect(reportYear({ reportDate: "2026-12-21" }, "2030-01-01")).toBe(2026);
    expect(reportYear({ reportDate: "2027-01-01" }, "2030-01-01")).toBe(2027);
    // A blank report date is today, whatever «Учебный год» says: the target year does not flip.
    expect(reportYear({ reportDate: null }, "2026-11-21")).toBe(2026);
    expect(reportYear({ reportDate: "2026-11-21", targetYear: "academic" }, "2030-01-01")).toBe(2027);
    expect(reportYear({ reportDate: "2027-05-31", targetYear: "academic" }, "2030-01-01")).toBe(2027);
    expect(reportYear({ reportDate: "2027-09-01", targetYear: "academic" }, "2030-01-01")).toBe(2028);
    expect(reportYearExpression()).toContain("CMN_Settings_ReportDate");
    expect(reportYearExpression()).toContain("CMN_Settings_TargetYear");
  });

  it("builds «Статус» over the target span and leaves a blank fact blank", () => {
    const f = statusCellFormula("H2", "$D2:$G2", "$D$1:$G$1");
    expect(f.startsWith('=IF(H2="","",CMN_STATUS(H2,IFERROR(INDEX($D2:$G2,1,MATCH("Цель "&')).toBe(true);
  });

  it("stores targets as fractions, «-» for none", () => {
    expect([targetCell(35), targetCell(12.5), targetCell(null)]).toEqual([0.35, 0.125, "-"]);
  });
});

describe("planIndicatorImport on the СОШ № 7 table", () => {
  const parsed = parseIndicatorsTable({ kind: "text", text: readSample("indicators-sosh7.txt") });

  it("sends catalogue rows to their code's row and appends the ones the sheet lacks", () => {
    const plan = planIndicatorImport(
      [
        { rowNumber: 2, code: "mentees_10_18", name: "Доля детей…" },
        { rowNumber: 3, code: "", name: "Своя строка" },
      ],
      parsed.indicators,
    );
    expect(plan).toMatchObject({ matched: 5, custom: 0, years: ["2022", "2023", "2024", "2025"] });
    expect(plan.writes.map((w) => [w.code, w.rowNumber])).toEqual([
      ["mentees_10_18", 2],
      ["mentors_15_18", undefined],
      ["young_teachers", undefined],
      ["teachers_coverage", undefined],
      ["mentee_satisfaction", undefined],
    ]);
    expect(plan.writes[0].targets).toEqual({ 2022: 0.1, 2023: 0.2, 2024: 0.35, 2025: "-" });
  });

  it("finds a school's own indicator again by its name", () => {
    const own = { number: "6", name: "Доля выпускников-наставников", code: null, unit: "%", targets: { 2025: 5 } };
    const plan = planIndicatorImport([{ rowNumber: 11, code: "", name: "доля выпускников – наставников, %" }], [own]);
    expect(plan.writes).toEqual([
      { rowNumber: 11, code: "", name: "Доля выпускников-наставников", unit: "%", targets: { 2025: 0.05 } },
    ]);
  });
});
