/**
 * SpreadsheetApp as Google documents it, behaviour by behaviour; each assertion names the page it follows
 * (the references are listed in emulator/CONFORMANCE.md). Where Google is silent the emulator is stricter,
 * and the test says so.
 */
import { createEmulator } from "../../../../emulator/index";

const NOW = new Date("2026-03-10T09:00:00+03:00");
const NBSP = "\u00a0";

const REF = {
  valueInput: "https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption",
  valueRender: "https://developers.google.com/sheets/api/reference/rest/v4/ValueRenderOption",
  formats: "https://developers.google.com/sheets/api/guides/formats",
  getValues: "https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()",
  getDisplayValues: "https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()",
  setLocale: "https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)",
  gridRange: "https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange",
  setNamedRange:
    "https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setNamedRange(String,Range)",
  nameRangeHelp: "https://support.google.com/docs/answer/63175",
  requireValueInRange:
    "https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInRange(Range,Boolean)",
} as const;

function sheetIn(locale?: string) {
  const emu = createEmulator({ now: () => NOW });
  if (locale) emu.spreadsheet.setSpreadsheetLocale(locale);
  return { emu, ss: emu.spreadsheet, sheet: emu.spreadsheet.getActiveSheet() };
}

/** Write each text into column A (one setValues) and read values, display values and formats back. */
function written(texts: string[], locale?: string) {
  const { sheet } = sheetIn(locale);
  const range = sheet.getRange(1, 1, texts.length, 1);
  range.setValues(texts.map((t) => [t]));
  return {
    values: range.getValues().map((r) => r[0]),
    shown: range.getDisplayValues().map((r) => r[0]),
    formats: range.getNumberFormats().map((r) => r[0]),
    formulas: range.getFormulas().map((r) => r[0]),
  };
}

const moscow = (iso: string) => new Date(`${iso}T00:00:00+03:00`);

describe(`strings written by setValues are read as typed in the UI (${REF.valueInput})`, () => {
  it("ru_RU: day-month dates with and without a year, in the spreadsheet's zone and the current year", () => {
    const r = written(["21.11.2026", "1.10", "7.1", "21.11.26", "2026-11-21", "21 ноября 2026"]);
    // USER_ENTERED: "strings may be converted to numbers, dates, etc. following the same rules that are
    // applied when entering text into a cell via the Google Sheets UI"; dates are serials in the
    // spreadsheet's zone (REF.formats, «About date & time values»), so they read back as midnights there.
    expect(r.values).toEqual([
      moscow("2026-11-21"),
      moscow("2026-10-01"),
      moscow("2026-01-07"),
      moscow("2026-11-21"),
      moscow("2026-11-21"),
      moscow("2026-11-21"),
    ]);
    expect(r.shown).toEqual(["21.11.2026", "01.10.2026", "07.01.2026", "21.11.2026", "21.11.2026", "21.11.2026"]);
    // The automatic cell takes the date format it was read with (REF.getDisplayValues: formats "applied
    // automatically by the spreadsheet's locale setting").
    expect(new Set(r.formats)).toEqual(new Set(["dd.MM.yyyy"]));
  });

  it("ru_RU: decimal comma, grouping by spaces, leading zeros, exponent", () => {
    const r = written(["7,1", "1 000", `1${NBSP}000,5`, "007", "-5", "+5", "1,5E3", "3.14"]);
    expect(r.values).toEqual([7.1, 1000, 1000.5, 7, -5, 5, 1500, 3.14]);
    // «3.14» is no date (month 14); the emulator reads it as a number rather than keep it as text
    // (stricter: not documented for a comma locale).
    expect(r.shown.slice(0, 4)).toEqual(["7,1", `1${NBSP}000`, `1${NBSP}000,50`, "7"]);
  });

  it("ru_RU: percentages, currency and booleans, in Russian and English words", () => {
    const r = written(["50%", "50 %", "7,5%", "100 ₽", "100₽", "$5", "TRUE", "ложь", "ИСТИНА"]);
    expect(r.values).toEqual([0.5, 0.5, 0.075, 100, 100, 5, true, false, true]);
    expect(r.shown.slice(0, 4)).toEqual([`50${NBSP}%`, `50${NBSP}%`, `7,50${NBSP}%`, `100,00${NBSP}₽`]);
    expect(r.formats.slice(0, 3)).toEqual(["0%", "0%", "0.00%"]);
  });

  it("times and date-times become Dates; the cell shows them in the locale's pattern", () => {
    const r = written(["9:30", "21.11.2026 9:30"]);
    // A time is a fraction of a day on 30.12.1899 (REF.formats): a Date of that day.
    expect(r.values[0]).toBeInstanceOf(Date);
    expect(r.values[1]).toEqual(new Date("2026-11-21T09:30:00+03:00"));
    expect(r.shown).toEqual(["9:30:00", "21.11.2026 9:30:00"]);
  });

  it("a leading apostrophe keeps text, and a plain-text (@) cell keeps every string", () => {
    const { sheet } = sheetIn();
    sheet.getRange("B1:B3").setNumberFormat("@");
    sheet.getRange("A1:B3").setValues([
      ["'007", "007"],
      ["'1.10", "1.10"],
      ["'=1+1", "=1+1"],
    ]);
    // REF.valueInput: the apostrophe is the UI's way to enter text; «@» is the plain-text format (REF.formats).
    expect(sheet.getRange("A1:B3").getValues()).toEqual([
      ["007", "007"],
      ["1.10", "1.10"],
      ["=1+1", "=1+1"],
    ]);
    expect(sheet.getRange("B3").getFormula()).toBe("");
  });

  it("text stays text: grades, codes; a leading + or - that is not a number starts a formula", () => {
    const r = written(["7Б", "НЯ-0007", "1-4 классы", "2025-2026", "+7 900 123-45-67"]);
    expect(r.values.slice(0, 4)).toEqual(["7Б", "НЯ-0007", "1-4 классы", "2025-2026"]);
    // Typed in the UI, «+…» is taken as a formula; this one does not parse.
    expect(r.formulas[4]).toBe("=+7 900 123-45-67");
    expect(r.values[4]).toBe("#ERROR!");
  });

  it("a person typing is read by the same rules (editAsUser), with validation enforced", () => {
    const { emu, sheet } = sheetIn();
    emu.editAsUser("Лист1", "A1", "1.10");
    emu.editAsUser("Лист1", "A2", "ЛОЖЬ");
    expect(sheet.getRange("A1:A2").getValues()).toEqual([[moscow("2026-10-01")], [false]]);
  });
});

describe(`en_US reads and shows as Sheets' default locale (${REF.setLocale})`, () => {
  it("month-day dates, decimal point, comma grouping, dollar and am/pm", () => {
    const r = written(
      ["11/21/2026", "11/21", "1.10", "7,1", "1,000.5", "$1,000.50", "50%", "9:30 PM", "ИСТИНА"],
      "en_US",
    );
    expect(r.values.slice(0, 7)).toEqual([moscow("2026-11-21"), moscow("2026-11-21"), 1.1, "7,1", 1000.5, 1000.5, 0.5]);
    expect(r.shown).toEqual([
      "11/21/2026",
      "11/21/2026",
      "1.1",
      "7,1",
      "1,000.50",
      "$1,000.50",
      "50%",
      "9:30:00 PM",
      "ИСТИНА",
    ]);
  });

  it("switching the locale re-shows numbers and automatic date cells; explicit patterns stay", () => {
    const { ss, sheet } = sheetIn();
    sheet.getRange("A1:C1").setValues([["7,1", "21.11.2026", "0,5"]]);
    sheet.getRange("C1").setNumberFormat("0.0%");
    sheet.getRange("D1").setValue(moscow("2026-11-21")).setNumberFormat("dd.MM.yyyy");
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([["7,1", "21.11.2026", `50,0${NBSP}%`, "21.11.2026"]]);
    // REF.valueRender: "Formatting is based on the spreadsheet's locale".
    ss.setSpreadsheetLocale("en_US");
    expect(ss.getSpreadsheetLocale()).toBe("en_US");
    expect(sheet.getRange("A1:D1").getDisplayValues()).toEqual([["7.1", "11/21/2026", "50.0%", "21.11.2026"]]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([[7.1, moscow("2026-11-21"), 0.5, moscow("2026-11-21")]]);
  });

  it("locales the emulator does not model are refused rather than guessed (stricter)", () => {
    const { ss } = sheetIn();
    expect(() => ss.setSpreadsheetLocale("de_DE")).toThrow("not modelled");
    expect(ss.getSpreadsheetLocale()).toBe("ru_RU");
  });
});

describe(`dates read back as midnights in the spreadsheet's zone (${REF.getValues})`, () => {
  it("a date cell is a Date at 00:00 of the spreadsheet's zone, and follows setSpreadsheetTimeZone", () => {
    const { ss, sheet } = sheetIn();
    sheet.getRange("A1").setValue("21.11.2026");
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2026-11-20T21:00:00.000Z");
    ss.setSpreadsheetTimeZone("Asia/Vladivostok");
    sheet.getRange("A2").setValue("21.11.2026");
    expect((sheet.getRange("A2").getValue() as Date).toISOString()).toBe("2026-11-20T14:00:00.000Z");
    expect(sheet.getRange("A2").getDisplayValue()).toBe("21.11.2026");
  });
});

describe(`open-ended ranges keep their open end (${REF.gridRange})`, () => {
  it("B2:B, 5:7 and D:F keep their notation and reach the sheet's last row or column as it grows", () => {
    const { sheet } = sheetIn();
    // GridRange: "Missing indexes indicate the range is unbounded on that side" (Sheet1!A5:B).
    const col = sheet.getRange("B2:B");
    const rows = sheet.getRange("5:7");
    const cols = sheet.getRange("D:F");
    expect([col.getA1Notation(), rows.getA1Notation(), cols.getA1Notation()]).toEqual(["B2:B", "5:7", "D:F"]);
    expect([col.getNumRows(), rows.getNumColumns(), cols.getNumRows()]).toEqual([999, 26, 1000]);
    sheet.insertRowsAfter(1000, 50);
    sheet.insertColumnsAfter(26, 2);
    expect([col.getNumRows(), rows.getNumColumns(), cols.getNumRows()]).toEqual([1049, 28, 1050]);
    expect(col.getLastRow()).toBe(1050);
  });

  it("a dropdown's source range stays open and lists values added past the old end", () => {
    const { emu, ss, sheet } = sheetIn();
    const refs = ss.insertSheet("Справочники");
    refs.getRange("A2:A3").setValues([["да"], ["нет"]]);
    const rule = (emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .newDataValidation()
      .requireValueInRange(refs.getRange("A2:A") as never, true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange("C1:C5").setDataValidation(rule);
    const source = sheet
      .getRange("C1")
      .getDataValidation()!
      .getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    // REF.requireValueInRange: the rule keeps the range; its A1 notation stays open.
    expect(source.getA1Notation()).toBe("A2:A");
    refs.insertRowsAfter(1000, 10);
    refs.getRange("A1005").setValue("может быть");
    emu.editAsUser("Лист1", "C1", "может быть");
    expect(sheet.getRange("C1").getValue()).toBe("может быть");
    expect(() => emu.editAsUser("Лист1", "C2", "никогда")).toThrow("data validation");
  });

  it("a named range on an open range stays open, grows with rows added at the end, and its formulas follow", () => {
    const { ss, sheet } = sheetIn();
    ss.setNamedRange("Оценки", sheet.getRange("A2:A"));
    sheet.getRange("A2:A3").setValues([[4], [5]]);
    sheet.getRange("B1").setFormula("=SUM(Оценки)");
    expect(ss.getRangeByName("Оценки")!.getA1Notation()).toBe("A2:A");
    sheet.insertRowsAfter(1000, 1);
    sheet.getRange("A1001").setValue(10);
    expect(sheet.getRange("B1").getValue()).toBe(19);
    sheet.appendRow(["", 0]);
    sheet.getRange(1002, 1).setValue(1);
    expect(sheet.getRange("B1").getValue()).toBe(20);
    expect(ss.snapshot().namedRanges).toContainEqual({ name: "Оценки", sheet: "Лист1", a1: "A2:A" });
  });

  it("open ends survive save() and loading the state (named ranges and dropdown sources)", () => {
    const { emu, ss, sheet } = sheetIn();
    const refs = ss.insertSheet("Справочники");
    ss.setNamedRange("Оценки", sheet.getRange("A2:A"));
    const app = emu.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const rule = app
      .newDataValidation()
      .requireValueInRange(refs.getRange("B2:B") as never)
      .build();
    sheet.getRange("C1").setDataValidation(rule);
    const loaded = createEmulator({ now: () => NOW, state: emu.save() }).spreadsheet;
    expect(loaded.getRangeByName("Оценки")!.getA1Notation()).toBe("A2:A");
    const source = loaded.getSheetByName("Лист1")!.getRange("C1").getDataValidation()!.getCriteriaValues()[0];
    expect((source as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe("B2:B");
  });
});

describe(`named ranges take the names Sheets takes (${REF.setNamedRange}, ${REF.nameRangeHelp})`, () => {
  it("accepts letters then digits, underscores and Cyrillic, and formulas use them", () => {
    const { ss, sheet } = sheetIn();
    sheet.getRange("A1:A2").setValues([[3], [4]]);
    for (const name of ["Total2025", "Итог_2025", "_доля", "ABCD1"]) ss.setNamedRange(name, sheet.getRange("A1:A2"));
    sheet.getRange("B1:B4").setFormulas([["=SUM(Total2025)"], ["=SUM(Итог_2025)"], ["=SUM(_доля)"], ["=SUM(ABCD1)"]]);
    expect(sheet.getRange("B1:B4").getValues()).toEqual([[7], [7], [7], [7]]);
    expect(sheet.getRange("B1").getFormula()).toBe("=SUM(Total2025)");
    // A cell reference beside such a name still means the cell.
    ss.setNamedRange("Rate2025", sheet.getRange("A2"));
    sheet.getRange("C1").setFormula("=A1+Rate2025");
    expect(sheet.getRange("C1").getValue()).toBe(7);
  });

  it("refuses names that look like a cell reference (A1 or R1C1), spaces, leading digits, TRUE", () => {
    const { ss, sheet } = sheetIn();
    // Help «Name a range»: letters, numbers, underscores; not starting with a number or TRUE/FALSE; no
    // spaces or punctuation; not in A1 or R1C1 syntax. R and C alone are refused too (stricter).
    for (const bad of ["A1", "ZZZ9", "R1C1", "RC", "R2", "C3", "Итог 2025", "2025Итог", "TRUE", "a.b", "R"]) {
      expect(() => ss.setNamedRange(bad, sheet.getRange("A1"))).toThrow(`Invalid named range name: ${bad}`);
    }
    expect(ss.getNamedRanges()).toHaveLength(0);
  });
});
