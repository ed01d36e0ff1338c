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

const values = (ss: Spreadsheet, name: string) => ss.getSheetByName(name)!.getDataRange().getValues();
const cells = (ss: Spreadsheet) => values(ss, "Отчёт").flat().map(String);

function setSetting(ss: Spreadsheet, label: string, value: unknown) {
  const sheet = ss.getSheetByName("Настройки")!;
  const row =
    sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === label) + 1;
  sheet.getRange(row, 2).setValue(value);
}

describe("the monitoring report", () => {
  // One demo school for the file, the tests in order (the later ones change settings and add rows).
  const school = demo();

  it("is built in one click on «Отчёт», with a chart; built again, nothing else in the workbook changes", () => {
    const { ss, bundle } = school;
    // The first build runs the workbook check, which may refresh the roadmap's statuses once.
    const first = bundle.run("buildReport", {}) as { rows: number; message: string; conclusions: string[] };
    expect(first.message).toMatch(/Отчёт на 21\.11\.2026 построен/);
    expect(first.conclusions).toHaveLength(6);
    const others = ss
      .getSheets()
      .filter((s) => s.getName() !== "Отчёт")
      .map((s) => [s.getName(), JSON.stringify(s.getDataRange().getValues())]);
    const report = JSON.stringify(values(ss, "Отчёт"));
    const result = bundle.run("buildReport", {}) as { rows: number };
    const sheet = ss.getSheetByName("Отчёт")!;
    expect(sheet.getRange("A1").getValue()).toBe("Отчёт о реализации целевой модели наставничества");
    expect(sheet.getCharts().length).toBe(1);
    expect(sheet.getLastRow()).toBe(result.rows);
    expect(JSON.stringify(values(ss, "Отчёт"))).toBe(report);
    const changed = others
      .filter(([name, before]) => JSON.stringify(values(ss, name)) !== before)
      .map(([name]) => name);
    expect(changed).toEqual([]);
    expect(
      ss
        .getSheets()
        .map((s) => s.getName())
        .filter((n) => n !== "Отчёт"),
    ).toEqual(others.map(([name]) => name));
  });

  it("lists the indicators of «Показатели» by name, with counts, as numbers the chart can read, and no code", () => {
    const { ss } = school;
    const kpi = values(ss, "Показатели");
    const names = kpi.slice(1).map((r) => String(r[kpi[0].indexOf("Показатель")]));
    const report = values(ss, "Отчёт");
    const header = report.findIndex((r) => r[0] === "№" && r[1] === "Показатель");
    expect(report[header].slice(2, 7)).toEqual([
      "Цель 2026",
      "Факт",
      "Числитель / знаменатель",
      "Статус",
      "Отклонение",
    ]);
    const rows = report.slice(header + 1, header + 1 + names.length);
    expect(rows.map((r) => r[1])).toEqual(names);
    // The counts are those the sheet's live «Числитель» and «Знаменатель» show (one computation, one
    // contract); satisfaction, with no survey wave in the year yet, has none rather than «0 из N».
    const [numerator, denominator] = ["Числитель", "Знаменатель"].map((h) => kpi[0].indexOf(h));
    let counted = 0;
    rows.forEach((r, i) => {
      const [n, d] = [kpi[i + 1][numerator], kpi[i + 1][denominator]];
      if (typeof n === "number" && typeof d === "number" && d > 0) {
        counted++;
        expect([r[1], r[4]]).toEqual([r[1], `${n} из ${d}`]);
        expect(r[3]).toBeCloseTo(n / d, 6);
        expect(String(r[6])).toMatch(/^[+−]?\d+,\d\u00a0п\.\u00a0п\.$/);
      } else expect([r[1], r[3], r[4]]).toEqual([r[1], "", "нет данных"]);
    });
    expect(counted).toBeGreaterThanOrEqual(6);
    const codes = kpi.slice(1).map((r) => String(r[0]));
    expect(cells(ss).filter((c) => codes.includes(c))).toEqual([]);
  });

  it("states the report day and the target year, which stays when «Дата отчёта» is left blank", () => {
    const { ss, bundle } = school;
    const header = () => values(ss, "Отчёт").slice(0, 9);
    const row = (label: string) => header().find((r) => r[0] === label)!;
    expect(row("Дата отчёта")[2]).toBe("«Дата отчёта» из «Настроек»");
    expect(row("Цели показателей")[1]).toBe("«Цель 2026»");
    expect(row("Учебный год отчёта")[1]).toBe("2026-2027 (01.09.2026 – 31.08.2027)");
    setSetting(ss, "Дата отчёта", "");
    bundle.run("buildReport", {});
    expect(row("Дата отчёта")[2]).toBe("сегодня: «Дата отчёта» в «Настройках» не заполнена");
    expect(row("Цели показателей")[1]).toBe("«Цель 2026»");
    setSetting(ss, "Год цели показателей", "учебный");
    bundle.run("buildReport", {});
    expect(row("Цели показателей")[1]).toBe("«Цель 2027»");
  });

  it("shows names in the pair list only, and none in pseudonymous mode", () => {
    const { ss, bundle } = school;
    const mentors = values(ss, "Наставники")
      .slice(1)
      .map((r) => String(r[1]));
    bundle.run("buildReport", {});
    expect(cells(ss).some((c) => mentors.includes(c))).toBe(true);
    setSetting(ss, "Режим псевдонимов", "да");
    bundle.run("buildReport", {});
    expect(cells(ss).some((c) => mentors.includes(c))).toBe(false);
  });

  it("rebuilds whole, with the same number of service calls however many rows the bases hold", () => {
    const { emu, ss, bundle } = school;
    const calls: number[] = [];
    for (const extra of [0, 300]) {
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
