/** «Построить отчёт» on the demo school, through the real bundle. */
import { loadDemoSchool } from "../../emulator/demo/load";
import { freshBundle } from "../support/bundle";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const now = () => new Date("2026-11-21T09:00:00Z");

function demo() {
  const { emu, bundle } = freshBundle({ now });
  loadDemoSchool(emu, bundle, { seed: 11 });
  return { emu, bundle, ss: emu.spreadsheet as unknown as Spreadsheet };
}

const cells = (ss: Spreadsheet) => ss.getSheetByName("Отчёт")!.getDataRange().getValues().flat().map(String);

describe("the monitoring report", () => {
  it("is built in one click on «Отчёт», with a chart, and touches no other sheet", () => {
    const { ss, bundle } = demo();
    const kpi = ss.getSheetByName("Показатели")!;
    if (kpi.getLastRow() <= 1) {
      // A workbook whose «Показатели» the curator filled by hand, with a target column for 2026.
      kpi.getRange(1, 1, 3, 6).setValues([
        ["Код", "Показатель", "Ед.", "Цель 2026", "Факт", "Статус"],
        ["mentees_10_18", "Доля наставляемых 10–18 лет", "%", 0.3, 0.25, "близко"],
        ["young_teachers", "Доля молодых специалистов", "%", 0.9, 0.5, "не достигнуто"],
      ]);
    }
    // The report runs the workbook check first, which refreshes roadmap statuses: do that before comparing.
    bundle.run("checkWorkbook", {});
    const others = ss.getSheets().map((s) => [s.getName(), JSON.stringify(s.getDataRange().getValues())]);
    const result = bundle.run("buildReport", {}) as { rows: number; message: string };
    expect(result.message).toMatch(/Отчёт на \d\d\.\d\d\.\d{4} построен/);
    const report = ss.getSheetByName("Отчёт")!;
    expect(report.getRange("A1").getValue()).toBe("Отчёт о реализации целевой модели наставничества");
    expect(report.getCharts().length).toBe(1);
    const values = report.getDataRange().getValues();
    const kpiHeader = values.findIndex((r) => r[0] === "Код" && r[1] === "Показатель");
    expect(values[kpiHeader + 1][0]).toBe(kpi.getRange(2, 1).getValue());
    expect(typeof values[kpiHeader + 1][2]).toBe("number");
    expect(report.getLastRow()).toBe(result.rows);
    const changed = others
      .filter(([name, before]) => JSON.stringify(ss.getSheetByName(name)!.getDataRange().getValues()) !== before)
      .map(([name]) => name);
    expect(changed).toEqual([]);
  });

  it("counts the demo's pairs by status as the «Пары» sheet holds them", () => {
    const { ss, bundle } = demo();
    bundle.run("buildReport", {});
    const pairs = ss
      .getSheetByName("Пары")!
      .getDataRange()
      .getValues()
      .slice(1)
      .filter((r) => r[0] !== "");
    const statusCol = ss.getSheetByName("Пары")!.getRange(1, 1, 1, 20).getValues()[0].indexOf("Статус");
    const expected = new Map<string, number>();
    for (const r of pairs) expected.set(String(r[statusCol]), (expected.get(String(r[statusCol])) ?? 0) + 1);
    const values = ss.getSheetByName("Отчёт")!.getDataRange().getValues();
    const start = values.findIndex((r) => r[0] === "Пары по статусам") + 2;
    const got = new Map<string, number>();
    for (let i = start; values[i][0] !== ""; i++) got.set(String(values[i][0]), Number(values[i][1]));
    expect(got).toEqual(expected);
  });

  it("shows names in the pair list only, and none in pseudonymous mode", () => {
    const { ss, bundle } = demo();
    const mentors = ss
      .getSheetByName("Наставники")!
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => String(r[1]));
    bundle.run("buildReport", {});
    expect(cells(ss).some((c) => mentors.includes(c))).toBe(true);
    const settings = ss.getSheetByName("Настройки")!;
    const row =
      settings
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === "Режим псевдонимов") + 1;
    settings.getRange(row, 2).setValue("да");
    bundle.run("buildReport", {});
    expect(cells(ss).some((c) => mentors.includes(c))).toBe(false);
  });

  it("rebuilds whole, with the same number of service calls however many rows the bases hold", () => {
    const calls: number[] = [];
    for (const extra of [0, 300]) {
      const { emu, ss, bundle } = demo();
      if (extra) {
        const sheet = ss.getSheetByName("Встречи")!;
        sheet.insertRowsAfter(sheet.getMaxRows(), extra);
        const last = sheet.getLastRow();
        sheet
          .getRange(last + 1, 1, extra, 3)
          .setValues(Array.from({ length: extra }, () => ["П-0001", new Date("2026-10-01T00:00:00+03:00"), "рабочая"]));
      }
      bundle.run("buildReport", {});
      emu.calls.reset();
      bundle.run("buildReport", {});
      calls.push(emu.calls.total);
    }
    expect(calls[0]).toBe(calls[1]);
  });
});
