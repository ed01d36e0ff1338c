/**
 * The indicators are live formulas: on the demo school, through the built bundle, every «Факт» is its
 * «Числитель» over its «Знаменатель» (the counts themselves are proven against an independent count by the
 * contract in indicatorsContract.test.ts), and a mentee typed by hand with a pair typed by hand counts with no
 * command run; «Статус» is what CMN_STATUS gives for the target of the report year, and follows «Дата отчёта». The contingent of the ООШ с. Талон sample
 * imports, the checks fire where the sample is wrong, and «Проверка» follows hand edits.
 */
import { freshBundle } from "../support/bundle";
import { readSample } from "../../fixtures/samples";
import { loadDemoSchool } from "../../emulator/demo/load";
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";

type Row = Record<string, unknown>;
/** The emulator's clock: a day when the demo's «Дата отчёта» (21.11.2026) is in the past. */
const TODAY = new Date("2027-03-10T09:00:00Z");
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet as header-keyed rows (the header texts the curator sees). */
function rowsOf(sheet: Sheet): Row[] {
  const [header, ...rows] = sheet.getDataRange().getValues();
  return rows
    .filter((r) => r.some((c) => c !== ""))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const CODE = "Служебный код";

describe("«Показатели» on the demo school: live formulas", () => {
  let emu: Emulator;
  let bundle: LoadedBundle;
  beforeAll(() => {
    ({ emu, bundle } = freshBundle({ now: () => TODAY }));
    loadDemoSchool(emu, bundle);
  });

  it("lays out a target column per programme year between «Ед.» and «Факт»", () => {
    const header = emu.spreadsheet.getSheetByName("Показатели")!.getRange(1, 1, 1, 9).getValues()[0];
    expect(header).toEqual([
      CODE,
      "Показатель",
      "Ед.",
      "Числитель",
      "Знаменатель",
      "Цель 2024",
      "Цель 2025",
      "Цель 2026",
      "Цель 2027",
    ]);
  });

  it("gives every «Факт» its «Числитель» over its «Знаменатель», blank where there is nothing to count", () => {
    const rows = rowsOf(emu.spreadsheet.getSheetByName("Показатели")!);
    expect(rows.map((r) => r[CODE]).filter(Boolean)).toHaveLength(8);
    let shares = 0;
    for (const r of rows) {
      const [n, d, fact] = [r["Числитель"], r["Знаменатель"], r["Факт"]];
      if (typeof n === "number" && typeof d === "number" && d > 0) {
        expect({ code: r[CODE], fact }).toEqual({ code: r[CODE], fact: expect.closeTo(n / d, 12) });
        shares++;
      } else expect({ code: r[CODE], fact }).toEqual({ code: r[CODE], fact: "" });
    }
    expect(shares).toBeGreaterThanOrEqual(6);
  });

  it("counts a mentee and a pair typed by hand at once, with no command run", () => {
    const sheet = emu.spreadsheet.getSheetByName("Наставляемые")!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const row = sheet.getLastRow() + 1;
    const numerator = () =>
      rowsOf(emu.spreadsheet.getSheetByName("Показатели")!).find((r) => r[CODE] === "mentees_10_18")!["Числитель"];
    const before = numerator() as number;
    const cell = (h: readonly string[], name: string, r: number) => `${String.fromCharCode(65 + h.indexOf(name))}${r}`;
    emu.editAsUser("Наставляемые", cell(header, "ID", row), "НЯ-9001");
    emu.editAsUser("Наставляемые", cell(header, "ФИО (или код)", row), "Новикова Алиса");
    emu.editAsUser("Наставляемые", cell(header, "Категория", row), "обучающийся");
    emu.editAsUser("Наставляемые", cell(header, "Возраст", row), "12");
    emu.editAsUser("Наставляемые", cell(header, "Согласие ПДн", row), "ИСТИНА");
    // The onEdit trigger gave the row its live count column; with no pair yet she does not count.
    const live = header.indexOf("Пар в году отчёта");
    expect(sheet.getRange(row, live + 1).getFormula()).toMatch(/CMN_Pairs_CountedInYear/);
    expect(numerator()).toBe(before);
    const pairs = emu.spreadsheet.getSheetByName("Пары")!;
    const ph = pairs.getRange(1, 1, 1, pairs.getLastColumn()).getValues()[0].map(String);
    const pr = pairs.getLastRow() + 1;
    const mentor = String(pairs.getRange(2, ph.indexOf("ID наставника") + 1).getValue());
    emu.editAsUser("Пары", cell(ph, "ID наставника", pr), mentor);
    emu.editAsUser("Пары", cell(ph, "ID наставляемого", pr), "НЯ-9001");
    emu.editAsUser("Пары", cell(ph, "Статус", pr), "активна");
    expect(numerator()).toBe(before + 1);
  });

  it("gives «Статус» = CMN_STATUS(fact, target of the report year), and follows «Дата отчёта»", () => {
    const ss = emu.spreadsheet;
    const statusFor = (year: number) =>
      rowsOf(ss.getSheetByName("Показатели")!).map((r) => [
        r[CODE],
        r["Статус"],
        r["Факт"] === "" ? "" : bundle.call("CMN_STATUS", r["Факт"], r[`Цель ${year}`]),
      ]);
    const now = statusFor(2026); // «Дата отчёта» of the demo: 21.11.2026
    for (const [code, status, expected] of now) expect({ code, status }).toEqual({ code, status: expected });
    // Not trivial: the demo's facts give more than one status.
    expect(new Set(now.map((r) => r[1]).filter(Boolean)).size).toBeGreaterThanOrEqual(2);

    const settings = ss.getSheetByName("Настройки")!;
    const labels = settings
      .getRange(1, 1, settings.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    const dateCell = settings.getRange(labels.indexOf("Дата отчёта") + 1, 2);
    emu.editAsUser("Настройки", dateCell.getA1Notation(), "20.05.2027");
    const next = statusFor(2027);
    for (const [code, status, expected] of next) expect({ code, status }).toEqual({ code, status: expected });
    expect(next.map((r) => r[1])).not.toEqual(now.map((r) => r[1]));
    // No date: today's calendar year, not the year «Учебный год» ends (the target year must not flip).
    dateCell.setValue("");
    for (const [code, status, expected] of statusFor(TODAY.getUTCFullYear()))
      expect({ code, status }).toEqual({ code, status: expected });
    emu.editAsUser("Настройки", dateCell.getA1Notation(), "21.11.2026");
  });

  it("shows the KPI table to the sidebar: report year, target, fact, status", () => {
    const kpi = bundle.run("getIndicators", {}) as {
      reportYear: number;
      rows: Array<{ code: string; target: number | null; fact: number; status: string }>;
    };
    expect(kpi.reportYear).toBe(2026); // «Дата отчёта» 21.11.2026: the calendar year's target
    const partners = kpi.rows.find((r) => r.code === "enterprises_share")!;
    expect(partners.target).toBe(0.4); // the demo's 2026 target
    expect(kpi.rows).toHaveLength(8);
  });
});

describe("importing the indicators table of МБОУ «СОШ № 7»", () => {
  it("matches the rows to the catalogue, writes targets by year («-» = none), adds years outside the period", () => {
    const { emu, bundle } = freshBundle();
    loadDemoSchool(emu, bundle);
    emu.calls.reset();
    const result = bundle.run("importIndicators", { text: readSample("indicators-sosh7.txt") }) as {
      matched: number;
      custom: number;
      years: string[];
      warnings: string[];
    };
    expect(emu.calls.byMethod["Range.getValues"]).toBeLessThanOrEqual(3); // «Показатели» twice (after inserting a column), «Настройки» once
    expect(emu.calls.byMethod["Range.setValues"]).toBeLessThanOrEqual(2); // the new header, the block
    expect(result).toMatchObject({ matched: 5, custom: 0, years: ["2022", "2023", "2024", "2025"] });
    expect(result.warnings.join()).toMatch(/Годы 2022, 2023 вне периода программы/);
    const sheet = emu.spreadsheet.getSheetByName("Показатели")!;
    const [header] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues();
    const first = header.indexOf("Цель 2022");
    expect(header.slice(first, first + 6)).toEqual([
      "Цель 2022",
      "Цель 2023",
      "Цель 2024",
      "Цель 2025",
      "Цель 2026",
      "Цель 2027",
    ]);
    const byCode = new Map(rowsOf(sheet).map((r) => [r[CODE], r]));
    const mentees = byCode.get("mentees_10_18")!;
    expect([mentees["Цель 2022"], mentees["Цель 2023"], mentees["Цель 2024"], mentees["Цель 2025"]]).toEqual([
      0.1,
      0.2,
      0.35,
      "-",
    ]);
    expect(mentees["Цель 2026"]).toBe(0.3); // the demo's, untouched
    expect(byCode.get("teachers_coverage")!["Цель 2025"]).toBe(0.3);
    expect(String(byCode.get("mentors_15_18")!["Показатель"])).toMatch(/^Доля обучающихся в возрасте от 15 до 18 лет/);
    // Formulas survive the inserted columns.
    expect(typeof byCode.get("mentees_10_18")!["Факт"]).toBe("number");
    const col = (h: string) => header.indexOf(h) + 1;
    expect(sheet.getRange(2, col("Факт")).getFormula()).toMatch(/CMN_SHARE\(/);
    expect(sheet.getRange(2, col("Статус")).getFormula()).toMatch(/INDEX\(\$F2:\$K2,1,MATCH/);
  });

  it("keeps a school's own indicator as a row with no formula and a status once the fact is typed", () => {
    const { emu, bundle } = freshBundle({ now: () => new Date("2026-11-21T09:00:00Z") });
    bundle.run("setupWorkbook", {});
    const text = [
      "\tНаименование показателя",
      "\t2026 г.",
      "\t2027 г.",
      "",
      "\tДоля выпускников-наставников, вернувшихся в школу, %",
      "\t5",
      "\t6",
      "",
    ].join("\n");
    const result = bundle.run("importIndicators", { text }) as { matched: number; custom: number };
    expect(result).toMatchObject({ matched: 0, custom: 1 });
    const sheet = emu.spreadsheet.getSheetByName("Показатели")!;
    const rows = rowsOf(sheet);
    expect(rows).toHaveLength(9); // the catalogue and the school's own
    const own = rows[8];
    expect(own[CODE]).toBe("");
    expect(own["Факт"]).toBe("");
    expect(own["Статус"]).toBe("");
    // No «Дата отчёта»: today's calendar year (2026), target 5 %.
    const factColumn = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf("Факт");
    emu.editAsUser("Показатели", `${String.fromCharCode(65 + factColumn)}10`, "5%");
    expect(rowsOf(sheet)[8]["Статус"]).toBe("достигнуто");
    // «Год цели показателей» = учебный: the academic year 2026-2027 ends in 2027, target 6 %.
    const settings = emu.spreadsheet.getSheetByName("Настройки")!;
    const labels = settings
      .getRange(1, 1, settings.getLastRow(), 1)
      .getValues()
      .map((r) => r[0]);
    emu.editAsUser("Настройки", `B${labels.indexOf("Год цели показателей") + 1}`, "учебный");
    expect(rowsOf(sheet)[8]["Статус"]).toBe("близко");
  });
});

const TALON = (() => {
  const text = readSample("roadmap-oosh-talon.txt");
  return text.slice(text.indexOf("4. Характеристика контингента"), text.indexOf("5. План мероприятий"));
})();

describe("«Контингент»: the ООШ с. Талон sample", () => {
  let emu: Emulator;
  let bundle: LoadedBundle;
  let result: {
    message: string;
    problems: Array<{ severity: string; row?: number; column?: number; message: string }>;
    suggestions: number;
    warnings: string[];
  };
  beforeAll(() => {
    ({ emu, bundle } = freshBundle());
    bundle.run("setupWorkbook", {});
    emu.calls.reset();
    result = bundle.run("importContingent", { text: TALON }) as typeof result;
    calls = { ...emu.calls.byMethod };
  });
  let calls: Record<string, number>;

  it("reads and writes the sheet once", () => {
    expect(calls["Range.getValues"]).toBe(1);
    expect(calls["Range.getFormulas"]).toBe(1);
    expect(calls["Range.setValues"]).toBe(1);
  });

  const sheet = () => emu.spreadsheet.getSheetByName("Контингент")!;
  const rowOf = (code: string) =>
    sheet()
      .getRange(1, 1, sheet().getLastRow(), 1)
      .getValues()
      .findIndex((r) => r[0] === code) + 1;

  it("imports every row and reports the contradiction with links to both cells' row", () => {
    expect(result.message).toMatch(/прочитано строк — 21/);
    expect(result.problems.map((p) => [p.severity, p.row, p.column])).toEqual([
      ["error", rowOf("2"), 3],
      ["error", rowOf("2"), 4],
    ]);
    expect(result.problems[0].message).toMatch(
      /«Факт»: 10 не равно сумме строк «в том числе» \(2\.1 \+ 2\.2 \+ 2\.3 \+ 2\.4 \+ 2\.5 \+ 2\.6\) = 14/,
    );
    // The sample has no rows for pupils aged 10–18 and 15–18: the template's stay (blank), so no «missing row» warning.
    expect(result.suggestions).toBe(2);
  });

  it("keeps the template rows the indicators need, names them, and drops the untouched rest", () => {
    const codes = sheet()
      .getRange(2, 1, sheet().getLastRow() - 1, 2)
      .getValues();
    expect(codes.filter((r) => r[0] === "1.3")).toEqual([]); // template «10-11 классы», not in the sample
    expect(codes.find((r) => r[0] === "1.4")?.[1]).toBe("численность обучающихся в возрасте от 10 до 18 лет, чел.");
    const named = (key: string) => emu.spreadsheet.getRangeByName(`CMN_Contingent_${key}`)?.getA1Notation();
    expect(named("teachers_0_3")).toBe(`C${rowOf("2.3")}`);
    expect(named("pupils_10_18")).toBe(`C${rowOf("1.4")}`);
    expect(named("employers")).toBe(`C${rowOf("3")}`);
    expect(named("pupils_10_11")).toBeUndefined();
  });

  it("shows the checks live in «Проверка», also after hand edits", () => {
    const check = (code: string) => String(sheet().getRange(rowOf(code), 5).getValue());
    expect(check("1")).toBe("«Факт»: пусто, сумма строк 1.1 + 1.2 = 17; «Прогноз»: пусто, сумма строк 1.1 + 1.2 = 14");
    expect(check("2")).toBe(
      "«Факт» не равно сумме строк 2.1 + 2.2 + 2.3 + 2.4 + 2.5 + 2.6 = 14; «Прогноз» не равно сумме строк 2.1 + 2.2 + 2.3 + 2.4 + 2.5 + 2.6 = 17",
    );
    expect(check("1.1.1")).toBe("");

    const filled = bundle.run("fillContingentSums", {}) as { filled: number };
    expect(filled.filled).toBe(2);
    expect(sheet().getRange(rowOf("1"), 3, 1, 2).getValues()).toEqual([[17, 14]]);
    expect(check("1")).toBe("");

    emu.editAsUser("Контингент", `C${rowOf("1.1.1")}`, "12"); // more pupils on «4» and «5» than in grades 1–4
    expect(check("1.1.1")).toBe("«Факт» больше, чем в строке 1.1");
    emu.editAsUser("Контингент", `C${rowOf("1.2")}`, "9");
    expect(check("1")).toBe("«Факт» не равно сумме строк 1.1 + 1.2 = 19");
    emu.editAsUser("Контингент", `D${rowOf("1.1.2")}`, "2,5");
    expect(check("1.1.2")).toBe("«Прогноз»: не целое число ≥ 0");
  });

  it("reports the same problems in «Проверить книгу», with links", () => {
    const checked = bundle.run("checkWorkbook", {}) as {
      problems: Array<{ sheet: string; severity: string; row?: number; column?: number; message: string }>;
    };
    const ours = checked.problems.filter((p) => p.sheet === "Контингент");
    expect(ours.map((p) => [p.severity, p.row, p.column])).toEqual(
      expect.arrayContaining([
        ["error", rowOf("1.1.2"), 4],
        ["error", rowOf("1.1.1"), 3],
        ["error", rowOf("1"), 3],
        ["error", rowOf("2"), 3],
      ]),
    );
  });

  it("re-points the names when a curator inserts rows above, on the next setup run", () => {
    const before = rowOf("2.3");
    sheet().insertRowsBefore(2, 2);
    expect(emu.spreadsheet.getRangeByName("CMN_Contingent_teachers_0_3")?.getRow()).toBe(before + 2);
    bundle.run("setupWorkbook", {});
    expect(emu.spreadsheet.getRangeByName("CMN_Contingent_teachers_0_3")?.getRow()).toBe(before + 2);
    expect(
      String(
        sheet()
          .getRange(before + 2, 5)
          .getFormula(),
      ),
    ).toContain(`C${before + 2}`);
  });
});
