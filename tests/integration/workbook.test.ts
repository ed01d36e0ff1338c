/**
 * The curator's first click, through the real built bundle against the emulator: «Создать листы книги»
 * creates every sheet with headers, frozen rows, warning-only protection, validation and named ranges,
 * and running it again keeps every value a person typed.
 */
import { SHEETS, SHEET_ORDER } from "../../src/domain/workbook/sheets";
import { columnRangeName } from "../../src/domain/indicators/namedRanges";
import { freshBundle } from "../support/bundle";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

describe("setupWorkbook through the bundle", () => {
  it("creates every sheet the add-on needs, with the curator's view set up", () => {
    const { emu, bundle } = freshBundle();
    const result = bundle.run("setupWorkbook", {}) as { created: string[]; message: string };
    expect(result.created.sort()).toEqual(SHEET_ORDER.map((k) => SHEETS[k].name).sort());
    expect(result.message).toContain(`создано листов — ${SHEET_ORDER.length},`);

    const ss = emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    for (const key of SHEET_ORDER) {
      const spec = SHEETS[key];
      const sheet = ss.getSheetByName(spec.name) as Sheet;
      // Every spec column, in order («Показатели» also has a target column per programme year).
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      const specHeaders = spec.columns.map((c) => c.header);
      expect(header.filter((h) => specHeaders.includes(String(h)))).toEqual(specHeaders);
      expect(sheet.getFrozenRows()).toBe(1);
      const protections = sheet.getProtections(SpreadsheetAppEnum(emu).ProtectionType.RANGE);
      expect(protections.length).toBe(1);
      expect(protections[0].isWarningOnly()).toBe(true);
    }
    // The curator lands on «Настройки», with every setting and its default.
    expect(ss.getActiveSheet().getName()).toBe("Настройки");
    const settings = ss.getSheetByName("Настройки")!.getDataRange().getValues();
    expect(settings.map((r) => r[0])).toContain("Порог удовлетворённости");
    expect(settings.find((r) => r[0] === "Порог удовлетворённости")![1]).toBe(7);
  });

  it("validates typed columns and points dropdowns at «Справочники»", () => {
    const { emu, bundle } = freshBundle();
    bundle.run("setupWorkbook", {});
    const ss = emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const mentors = ss.getSheetByName("Наставники")!;
    const col = (header: string) => SHEETS.mentors.columns.findIndex((c) => c.header === header) + 1;
    const dv = (header: string) => mentors.getRange(2, col(header)).getDataValidation();
    expect(String(dv("Согласие ПДн")!.getCriteriaType())).toBe("CHECKBOX");
    expect(String(dv("Дата вхождения")!.getCriteriaType())).toMatch(/DATE/);
    expect(String(dv("Макс. наставляемых")!.getCriteriaType())).toMatch(/NUMBER_GREATER_THAN_OR_EQUAL_TO/);
    const category = dv("Категория")!;
    expect(String(category.getCriteriaType())).toBe("VALUE_IN_RANGE");
    const refRange = category.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(refRange.getSheet().getName()).toBe("Справочники");
    const listed = refRange
      .getValues()
      .flat()
      .filter((v) => v !== "");
    expect(listed).toEqual([
      "обучающийся",
      "педагог",
      "студент",
      "представитель работодателя",
      "выпускник",
      "родитель",
    ]);
  });

  it("names a range per column, which formulas can use and which grows with inserted rows", () => {
    const { emu, bundle } = freshBundle();
    bundle.run("setupWorkbook", {});
    const ss = emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const age = ss.getRangeByName(columnRangeName("mentees", "age"))!;
    expect(age.getSheet().getName()).toBe("Наставляемые");
    expect(age.getRow()).toBe(2);
    const sheet = ss.getSheetByName("Наставляемые")!;
    const ageCol = SHEETS.mentees.columns.findIndex((c) => c.key === "age") + 1;
    sheet.getRange(2, ageCol, 3, 1).setValues([[12], [15], [17]]);
    const out = ss.insertSheet("Расчёт");
    out.getRange("A1").setFormula(`=COUNTIF(${columnRangeName("mentees", "age")},">=15")`);
    expect(out.getRange("A1").getValue()).toBe(2);
    sheet.insertRowsAfter(2, 5);
    sheet.getRange(3, ageCol).setValue(16);
    expect(out.getRange("A1").getValue()).toBe(3);
  });

  it("run again, completes a removed column and keeps every value typed by hand", () => {
    const { emu, bundle } = freshBundle();
    bundle.run("setupWorkbook", {});
    const ss = emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const mentees = ss.getSheetByName("Наставляемые")!;
    mentees.getRange(2, 1, 2, 3).setValues([
      ["НЯ-0001", "Иванова Мария", "обучающийся"],
      ["НЯ-0002", "=Петров", "обучающийся"],
    ]);
    // The curator deletes the «Результат» column and adds one of their own.
    const resultCol = SHEETS.mentees.columns.findIndex((c) => c.key === "result") + 1;
    mentees.deleteColumns(resultCol, 1);
    mentees.getRange(1, SHEETS.mentees.columns.length).setValue("Мой столбец");
    const before = mentees.getDataRange().getValues();

    const again = bundle.run("setupWorkbook", {}) as {
      created: string[];
      completed: { sheet: string; columns: string[] }[];
    };
    expect(again.created).toEqual([]);
    expect(again.completed).toEqual([{ sheet: "Наставляемые", columns: ["Результат"] }]);
    const after = mentees.getDataRange().getValues();
    // Every cell typed by hand is kept; the live columns (blank before) now hold the add-on's formulas.
    const live = new Set(SHEETS.mentees.columns.filter((c) => c.formula).map((c) => before[0].indexOf(c.header)));
    for (let r = 0; r < before.length; r++)
      for (let c = 0; c < before[r].length; c++) if (r === 0 || !live.has(c)) expect(after[r][c]).toEqual(before[r][c]);
    for (const c of live) if (c >= 0) expect(mentees.getRange(2, c + 1).getFormula()).toMatch(/^=/);
    expect(after[0][after[0].length - 1]).toBe("Результат");
    const third = bundle.run("setupWorkbook", {}) as { created: string[]; completed: unknown[]; unchanged: string[] };
    expect(third.completed).toEqual([]);
    expect(third.unchanged.length).toBe(SHEET_ORDER.length);
  });

  it("costs a fixed number of service calls whatever is already in the bases", () => {
    const counts: number[] = [];
    for (const rows of [10, 900]) {
      const { emu, bundle } = freshBundle();
      bundle.run("setupWorkbook", {});
      const sheet = (emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getSheetByName(
        "Наставники",
      )!;
      sheet.getRange(2, 1, rows, 2).setValues(Array.from({ length: rows }, (_, i) => [`НТ-${i}`, `Наставник ${i}`]));
      emu.calls.reset();
      bundle.run("setupWorkbook", {});
      counts.push(emu.calls.total);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe("sidebar endpoints", () => {
  it("report the workbook's state as plain JSON", () => {
    const { bundle } = freshBundle();
    const empty = bundle.run("getSidebarState", {}) as { ready: boolean; missingSheets: string[] };
    expect(empty.ready).toBe(false);
    expect(empty.missingSheets).toContain("Наставники");
    expect((bundle.run("programmeProgress", {}) as { figures: unknown }).figures).toBeNull();
    bundle.run("setupWorkbook", {});
    const ready = bundle.run("getSidebarState", {}) as { ready: boolean };
    expect(ready.ready).toBe(true);
    // «Обзор»'s figures wait for the sheets, then start at zero for the settings' year.
    const progress = (bundle.run("programmeProgress", {}) as { figures: Record<string, unknown> | null }).figures;
    expect(progress).toEqual({
      year: expect.stringMatching(/^(\d{4})-\d{4}$/),
      mentors: 0,
      mentees: 0,
      pairs: 0,
      groups: 0,
      proposals: 0,
      waiting: 0,
      registers: { mentors: 0, mentees: 0 },
      roadmap: 0,
    });
  });

  it("follow a link to a cell, and refuse a bad one in Russian", () => {
    const { emu, bundle } = freshBundle();
    bundle.run("setupWorkbook", {});
    bundle.run("selectCell", { sheet: "Пары", row: 5, column: 3 });
    const ss = emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    expect(ss.getActiveSheet().getName()).toBe("Пары");
    expect(ss.getActiveRange()!.getA1Notation()).toBe("C5");
    expect(() => bundle.run("selectCell", { sheet: "Нет такого", row: 1 })).toThrow("Нет листа «Нет такого»");
    expect(() => bundle.run("selectCell", { sheet: "Пары", row: 0 })).toThrow(
      /Панель передала неверные данные в «selectCell»/,
    );
  });

  it("check the workbook and name what is missing", () => {
    const { emu, bundle } = freshBundle();
    bundle.run("setupWorkbook", {});
    const ss = emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    ss.deleteSheet(ss.getSheetByName("Встречи")!);
    const result = bundle.run("checkWorkbook", {}) as {
      problems: { sheet: string; message: string }[];
      summary: string;
    };
    expect(result.problems).toContainEqual(
      expect.objectContaining({ sheet: "Встречи", message: expect.stringContaining("Нет листа «Встречи»") }),
    );
    expect(result.summary).toMatch(/^Найдено: [1-9]\d* ошиб/);
  });

  it("wait for a busy document instead of writing over another execution", () => {
    const { emu, bundle } = freshBundle();
    emu.locks.holdByOther("document");
    expect(() => bundle.run("setupWorkbook", {})).toThrow(/Книгу сейчас меняет другой процесс/);
    expect(
      (emu.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getSheetByName("Наставники"),
    ).toBeNull();
  });
});

function SpreadsheetAppEnum(emu: { globals: Record<string, unknown> }) {
  return emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
