/**
 * The same school in a Russian-locale and an English-locale spreadsheet: Sheets reads and shows values by
 * the spreadsheet's locale, so the cells look different, but the add-on's own figures (indicators, facts,
 * statuses, the report) must not change.
 */
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { loadDemoSchool } from "../../emulator/demo/load";
import { freshBundle } from "../support/bundle";

const TODAY = new Date("2026-11-21T10:00:00+03:00");

function school(locale: "ru_RU" | "en_US"): { emu: Emulator; bundle: LoadedBundle } {
  const world = freshBundle({ now: () => TODAY });
  world.emu.spreadsheet.setSpreadsheetLocale(locale);
  loadDemoSchool(world.emu, world.bundle, { size: "small" });
  return world;
}

describe("a ru_RU and an en_US spreadsheet of the same school", () => {
  let ru: ReturnType<typeof school>;
  let en: ReturnType<typeof school>;
  beforeAll(() => {
    ru = school("ru_RU");
    en = school("en_US");
  });

  it("show the same cells in each locale's notation", () => {
    const shown = (w: { emu: Emulator }) => {
      const sheet = w.emu.spreadsheet.getSheetByName("Показатели")!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
      const fact = header.indexOf("Факт") + 1;
      return sheet
        .getRange(2, fact, sheet.getLastRow() - 1, 1)
        .getDisplayValues()
        .map((r) => r[0]);
    };
    const ruFacts = shown(ru);
    const enFacts = shown(en);
    expect(ruFacts.length).toBeGreaterThan(0);
    // «28,2 %» in ru_RU is «28.2%» in en_US.
    expect(ruFacts.some((f) => /^\d+,\d\u00a0%$/.test(f))).toBe(true);
    expect(enFacts).toEqual(ruFacts.map((f) => f.replace(",", ".").replace("\u00a0%", "%")));
  });

  it("give the add-on the same indicators, facts and statuses", () => {
    const kpi = (w: { bundle: LoadedBundle }) => w.bundle.run("getIndicators", {});
    const ruKpi = kpi(ru) as { rows: unknown[] };
    expect(ruKpi.rows.length).toBeGreaterThan(0);
    expect(kpi(en)).toEqual(ruKpi);
  });

  it("write the same report", () => {
    for (const w of [ru, en]) w.bundle.run("buildReport", {});
    const values = (w: { emu: Emulator }) => w.emu.spreadsheet.getSheetByName("Отчёт")!.getDataRange().getValues();
    expect(values(en)).toEqual(values(ru));
  });
});
