/** «Цели района» as the roll-up reads it: by service code or by wording, and never a code shown. */
import { DEFAULT_INDICATORS } from "../../../src/domain/indicators/catalogue";
import { rollup } from "../../../src/domain/municipal/rollup";
import { layoutSummary } from "../../../src/domain/municipal/summaryLayout";
import { districtTargets } from "../../../src/domain/municipal/targets";
import { MUNICIPAL_SHEETS } from "../../../src/domain/workbook/municipal";
import { rowsFromGrid } from "../../../src/domain/workbook/rows";
import { createZone } from "../../../src/domain/workbook/zone";

const zone = createZone("Europe/Moscow");
const nameOf = (code: string) => DEFAULT_INDICATORS.find((d) => d.code === code)!.name;

describe("«Цели района»", () => {
  const grid = [
    ["Код", "Показатель", "Ед.", "Цель 2026", "Цель 2027"],
    ["mentees_10_18", "Наставляемые 10–18 (районная формулировка)", "%", 25, 30],
    // Typed by the coordinator by name only, as the catalogue words it.
    ["", nameOf("young_teachers"), "%", "40 %", ""],
    // A wording no catalogue indicator models: no school figures to compare it with.
    ["", "Доля выпускников, вернувшихся наставниками", "%", 10, 12],
  ];
  const district = districtTargets(rowsFromGrid(MUNICIPAL_SHEETS.targets, grid, zone), 2026);

  it("takes a row by its service code, or by its wording when the code is blank", () => {
    expect(district.targets).toEqual({ mentees_10_18: 0.25, young_teachers: 0.4 });
  });

  it("reads the year's column only", () => {
    expect(districtTargets(rowsFromGrid(MUNICIPAL_SHEETS.targets, grid, zone), 2027).targets).toEqual({
      mentees_10_18: 0.3,
      young_teachers: null,
    });
  });

  it("reads the old header «Код» and the new «Служебный код» alike", () => {
    const renamed = [["Служебный код", ...grid[0].slice(1)], ...grid.slice(1)];
    expect(districtTargets(rowsFromGrid(MUNICIPAL_SHEETS.targets, renamed, zone), 2026)).toEqual(district);
  });

  it("names an indicator no school reported by the coordinator's wording, never by its code", () => {
    const r = rollup([], { periodStart: null, ...district });
    const names = r.indicators.map((i) => i.name);
    expect(names).toEqual(["Наставляемые 10–18 (районная формулировка)", nameOf("young_teachers")]);
    const unknown = rollup([], { periodStart: null, targets: { own_code_7: 0.5 } });
    expect(unknown.indicators[0].name).not.toContain("own_code_7");
    const summary = layoutSummary(unknown, "2026-11-21", "2026-09-01");
    const cells = [summary.title, ...summary.header, ...summary.rows.flat(), ...summary.totals].map(String);
    expect(cells).toContain("Показатель без названия, факт");
    expect(cells.some((c) => c.includes("own_code_7"))).toBe(false);
  });
});
