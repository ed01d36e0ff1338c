import { createEmulator } from "../../../emulator/index";

const NOW = new Date("2025-03-10T09:00:00+03:00");
const make = () => createEmulator({ now: () => NOW });
type SS = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe("Range values as in Google Sheets", () => {
  it("a new spreadsheet has one sheet of 1000×26 named Лист1", () => {
    const emu = make();
    const app = emu.globals.SpreadsheetApp as SS;
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    expect(sheet.getName()).toBe("Лист1");
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(app.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe("Europe/Moscow");
    expect(app.getActiveSpreadsheet().getSpreadsheetLocale()).toBe("ru_RU");
  });

  it("returns '' for empty cells and Dates for date cells", () => {
    const emu = make();
    const sheet = emu.spreadsheet.getActiveSheet();
    const d = new Date("2024-09-01T00:00:00+03:00");
    sheet.getRange(1, 1, 1, 3).setValues([["a", d, 5]]);
    sheet.getRange("D1").setNumberFormat("dd.MM.yyyy").setValue(45536); // 2024-09-01 as a serial number
    const v = sheet.getRange("A1:E1").getValues()[0];
    expect(v[0]).toBe("a");
    expect(v[1]).toBeInstanceOf(Date);
    expect((v[1] as Date).getTime()).toBe(d.getTime());
    expect(v[2]).toBe(5);
    expect(v[3]).toBeInstanceOf(Date);
    expect((v[3] as Date).toISOString()).toBe("2024-08-31T21:00:00.000Z"); // midnight in Moscow
    expect(v[4]).toBe("");
  });

  it("throws Google's messages on a shape mismatch", () => {
    const sheet = make().spreadsheet.getActiveSheet();
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.",
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  it("refuses ranges outside the sheet", () => {
    const sheet = make().spreadsheet.getActiveSheet();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange("A1001")).toThrow("Range not found");
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    try {
      sheet.getRange(2000, 1);
    } catch (e) {
      expect(String(e)).toBe("Exception: The coordinates of the range are outside the dimensions of the sheet.");
    }
  });

  it("parses written strings like Sheets: formulas, apostrophes, numbers, booleans, plain-text cells", () => {
    const emu = make();
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange("F1").setNumberFormat("@");
    sheet.getRange("A1:F1").setValues([["=1+1", "'=1+1", "42", "TRUE", "'007", "007"]]);
    expect(sheet.getRange("A1:F1").getValues()[0]).toEqual([2, "=1+1", 42, true, "007", "007"]);
    expect(sheet.getRange("A1").getFormula()).toBe("=1+1");
    expect(sheet.getRange("B1").getFormula()).toBe("");
    sheet.getRange("A2").setValue("3,5");
    expect(sheet.getRange("A2").getValue()).toBe(3.5);
  });

  it("formats display values by number format", () => {
    const sheet = make().spreadsheet.getActiveSheet();
    const d = new Date("2024-09-01T00:00:00+03:00");
    sheet.getRange("A1:H1").setValues([[0.256, 0.256, 0.256, 0.256, 12.34, d, d, "x"]]);
    sheet.getRange("A1:H1").setNumberFormats([["0", "0.0", "0%", "0.0%", "0.0", "dd.MM.yyyy", "yyyy-MM-dd", "@"]]);
    expect(sheet.getRange("A1:H1").getDisplayValues()[0]).toEqual([
      "0",
      "0,3",
      "26\u00a0%", // ru_RU: a no-break space before the percent sign (CLDR)
      "25,6\u00a0%",
      "12,3",
      "01.09.2024",
      "2024-09-01",
      "x",
    ]);
    sheet.getRange("A2").setValue(d);
    expect(sheet.getRange("A2").getDisplayValue()).toBe("01.09.2024");
  });

  it("lets scripts bypass data validation but enforces it for a person typing", () => {
    const emu = make();
    const app = emu.globals.SpreadsheetApp as SS;
    const sheet = emu.spreadsheet.getActiveSheet();
    const rule = app.newDataValidation().requireValueInList(["да", "нет"], true).setAllowInvalid(false).build();
    sheet.getRange("A1:A10").setDataValidation(rule);
    sheet.getRange("A1").setValue("может быть");
    expect(sheet.getRange("A1").getValue()).toBe("может быть");
    expect(() => emu.editAsUser("Лист1", "A2", "может быть")).toThrow("doesn't match the data validation rules");
    emu.editAsUser("Лист1", "A2", "да");
    expect(sheet.getRange("A2").getValue()).toBe("да");
    expect(sheet.getRange("A3").getDataValidation()?.getCriteriaType()).toBe("VALUE_IN_LIST");
    expect(sheet.getRange("A3").getDataValidation()?.getCriteriaValues()).toEqual([["да", "нет"], true]);
    expect(sheet.getRange("A3").getDataValidation()?.getAllowInvalid()).toBe(false);
    const num = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).build();
    sheet.getRange("B1").setDataValidation(num);
    expect(() => emu.editAsUser("Лист1", "B1", "-1")).toThrow();
    emu.editAsUser("Лист1", "B1", "2,5");
    expect(sheet.getRange("B1").getValue()).toBe(2.5);
    const date = app.newDataValidation().requireDate().setAllowInvalid(false).build();
    sheet.getRange("C1").setDataValidation(date);
    expect(() => emu.editAsUser("Лист1", "C1", "вчера")).toThrow();
    emu.editAsUser("Лист1", "C1", "01.09.2024");
    expect(sheet.getRange("C1").getValue()).toEqual(new Date("2024-09-01T00:00:00+03:00"));
  });

  it("checkboxes: insert sets FALSE, check/uncheck toggles", () => {
    const sheet = make().spreadsheet.getActiveSheet();
    sheet.getRange("A1:A3").insertCheckboxes();
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[false], [false], [false]]);
    sheet.getRange("A2").check();
    expect(sheet.getRange("A1:A3").getValues()).toEqual([[false], [true], [false]]);
    expect(sheet.getRange("A2").isChecked()).toBe(true);
    expect(sheet.getRange("A1").getDataValidation()?.getCriteriaType()).toBe("CHECKBOX");
  });

  it("named ranges grow with rows inserted inside them and shift with rows above", () => {
    const emu = make();
    const ss = emu.spreadsheet;
    const sheet = ss.getActiveSheet();
    ss.setNamedRange("Данные", sheet.getRange("A2:B5"));
    sheet.insertRowsAfter(3, 2);
    expect(ss.getRangeByName("Данные")?.getA1Notation()).toBe("A2:B7");
    sheet.insertRowsBefore(1, 1);
    expect(ss.getRangeByName("Данные")?.getA1Notation()).toBe("A3:B8");
    sheet.deleteRows(4, 2);
    expect(ss.getRangeByName("Данные")?.getA1Notation()).toBe("A3:B6");
    expect(sheet.getMaxRows()).toBe(1001);
  });

  it("appendRow, getLastRow, getDataRange, clear", () => {
    const sheet = make().spreadsheet.getActiveSheet();
    expect(sheet.getLastRow()).toBe(0);
    sheet.appendRow(["a", 1]);
    sheet.appendRow(["b", 2, "x"]);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C2");
    sheet.getRange("A1:C1").clearContent();
    expect(sheet.getRange("A1:C1").isBlank()).toBe(true);
  });
});
