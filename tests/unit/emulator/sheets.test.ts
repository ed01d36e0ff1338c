import * as vm from "node:vm";
import { createEmulator } from "../../../emulator/index";

type SS = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const make = () => createEmulator({ now: () => new Date("2025-03-10T09:00:00+03:00") });

describe("sheets and spreadsheet structure", () => {
  it("inserts, finds, renames, hides and deletes sheets like Sheets", () => {
    const ss = make().spreadsheet;
    const a = ss.insertSheet("Настройки");
    expect(ss.getActiveSheet().getName()).toBe("Настройки");
    ss.insertSheet("Справочники", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Справочники", "Лист1", "Настройки"]);
    expect(() => ss.insertSheet("настройки")).toThrow(
      'A sheet with the name "настройки" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName("НАСТРОЙКИ")?.getSheetId()).toBe(a.getSheetId());
    a.hideSheet();
    expect(a.isSheetHidden()).toBe(true);
    ss.deleteSheet(ss.getSheetByName("Лист1") as GoogleAppsScript.Spreadsheet.Sheet);
    ss.deleteSheet(a);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  it("keeps named ranges, protections and validation rules with their rows; refuses invalid names", () => {
    const emu = make();
    const ss = emu.spreadsheet;
    const sheet = ss.getActiveSheet();
    ss.setNamedRange("CMN_Mentors", sheet.getRange("B2:D20"));
    const p = sheet.getRange("A1:D1").protect().setDescription("шапка").setWarningOnly(true);
    sheet.insertColumnsBefore(1, 2);
    expect(ss.getRangeByName("CMN_Mentors")?.getA1Notation()).toBe("D2:F20");
    expect(p.getRange().getA1Notation()).toBe("C1:F1");
    sheet.deleteColumns(4, 3);
    expect(ss.getRangeByName("CMN_Mentors")).toBeNull();
    expect(() => ss.setNamedRange("A1", sheet.getRange("A1"))).toThrow("Invalid named range name");
    expect(() => ss.setNamedRange("два слова", sheet.getRange("A1"))).toThrow("Invalid named range name");
    const app = emu.globals.SpreadsheetApp as SS;
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getDescription()).toBe("шапка");
  });

  it("frozen rows, column widths, merges, charts, conditional rules", () => {
    const emu = make();
    const app = emu.globals.SpreadsheetApp as SS;
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.setFrozenRows(1);
    sheet.setColumnWidths(1, 3, 150);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(2), sheet.getColumnWidth(5)]).toEqual([1, 150, 100]);
    sheet.getRange("A1:B1").setValues([["Отчёт", "x"]]);
    sheet.getRange("A1:B1").merge();
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["Отчёт", ""]]);
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(true);
    const chart = sheet.newChart().asBarChart().addRange(sheet.getRange("A1:B3")).setPosition(2, 4, 0, 0).build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    sheet.updateChart(sheet.getCharts()[0].modify().setOption("title", "Цели").build());
    expect(sheet.getCharts()[0].getOptions().get("title")).toBe("Цели");
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied("=$C2<TODAY()")
      .setBackground("#f4cccc")
      .setRanges([sheet.getRange("A2:D100")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(2, 1);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe("A3:D101");
  });

  it("fires the installed onEdit trigger when a person edits a cell", () => {
    const emu = make();
    const app = emu.globals.SpreadsheetApp as SS;
    const ScriptApp = emu.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    ScriptApp.newTrigger("whenEdited").forSpreadsheet(app.getActiveSpreadsheet()).onEdit().create();
    const seen: unknown[] = [];
    emu.onTrigger(
      (name, e) =>
        void seen.push([name, (e.range as GoogleAppsScript.Spreadsheet.Range).getA1Notation(), e.value, e.oldValue]),
    );
    emu.spreadsheet.getActiveSheet().getRange("B2").setValue(1);
    emu.editAsUser("Лист1", "B2", "5");
    expect(seen).toEqual([["whenEdited", "B2", 5, 1]]);
  });

  it("works inside a node:vm context: globals installed, Dates in the script's own realm", () => {
    const emu = make();
    const context = vm.createContext({});
    emu.installGlobals(context);
    const result = vm.runInContext(
      `
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
      sheet.getRange("A1:B1").setValues([[new Date(2024, 8, 1), "x"]]);
      const v = sheet.getRange("A1:B1").getValues()[0];
      function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem("Открыть", "showSidebar").addToUi(); }
      [v[0] instanceof Date, typeof v[1]];
      `,
      context,
    );
    expect(result).toEqual([true, "string"]);
    emu.open("NONE");
    expect(emu.ui.menus[0].items).toEqual([{ kind: "item", caption: "Открыть", functionName: "showSidebar" }]);
  });
});
