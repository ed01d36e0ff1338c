/**
 * What the workbench page draws: the snapshot of a sheet carries what Sheets would show — conditional
 * colours as evaluated for each row, formulas for the formula bar, value kinds for alignment, checkboxes
 * and dropdowns from validation, and each chart's data.
 */
import { createEmulator } from "../../../emulator/index";
import { shiftFormula } from "../../../emulator/sheets/conditional-eval";

type SS = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const make = () => createEmulator({ now: () => new Date("2026-11-21T09:00:00+03:00") });

describe("the sheet snapshot the workbench page draws", () => {
  it("moves the relative parts of a conditional formula's references, not the absolute ones or strings", () => {
    expect(shiftFormula('=$K2="просрочено"', 3, 5)).toBe('=$K5="просрочено"');
    expect(shiftFormula('=AND(B2<>"",$C$2>A1)', 1, 1)).toBe('=AND(C3<>"",$C$2>B2)');
    expect(shiftFormula('=A2="B2"', 2, 0)).toBe('=A4="B2"');
    expect(shiftFormula("=SUM(A2:A10)>COUNT(Лист1!B2)", 1, 0)).toBe("=SUM(A3:A11)>COUNT(Лист1!B3)");
    expect(shiftFormula("=LOG10(A2)", 1, 0)).toBe("=LOG10(A3)");
  });

  it("paints each row by the first conditional rule whose formula holds there", () => {
    const emu = make();
    const ss = emu.spreadsheet;
    const sheet = ss.getActiveSheet();
    sheet.getRange("A1:B4").setValues([
      ["Мероприятие", "Статус"],
      ["Приказ", "просрочено"],
      ["Положение", "выполнено"],
      ["Встреча", "в работе"],
    ]);
    const App = emu.globals.SpreadsheetApp as SS;
    const rule = (formula: string, colour: string) =>
      App.newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground(colour)
        .setRanges([sheet.getRange("A2:B100")])
        .build();
    sheet.setConditionalFormatRules([rule('=$B2="просрочено"', "#f4c7c3"), rule('=$B2<>""', "#eeeeee")]);
    const cells = ss.snapshot(sheet.getName()).sheets[0].cells;
    const at = (a1: string) => cells.find((c) => `${String.fromCharCode(64 + c.col)}${c.row}` === a1);
    expect(at("A2")).toMatchObject({ background: "#f4c7c3", conditional: true });
    expect(at("B2")).toMatchObject({ background: "#f4c7c3" });
    expect(at("A3")).toMatchObject({ background: "#eeeeee" });
    expect(at("A1")?.conditional).toBeUndefined();
    expect(cells.filter((c) => c.conditional)).toHaveLength(6);
  });

  it("gives formulas, value kinds, checkboxes, dropdown items and chart data", () => {
    const emu = make();
    const ss = emu.spreadsheet;
    const sheet = ss.getActiveSheet();
    const App = emu.globals.SpreadsheetApp as SS;
    const Charts = emu.globals.Charts as GoogleAppsScript.Charts.Charts;
    sheet.getRange("A1:C3").setValues([
      ["Показатель", "Цель", "Факт"],
      ["охват", 0.25, "=B2*2"],
      ["доля", 0.1, 0.2],
    ]);
    sheet.getRange("D2").insertCheckboxes();
    sheet.getRange("D2").setValue(true);
    sheet.getRange("E2").setDataValidation(App.newDataValidation().requireValueInList(["да", "нет"], true).build());
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange("A1:A3"))
        .addRange(sheet.getRange("B1:C3"))
        .build(),
    );
    const snap = ss.snapshot(sheet.getName()).sheets[0];
    const cell = (row: number, col: number) => snap.cells.find((c) => c.row === row && c.col === col);
    expect(cell(2, 3)).toMatchObject({ formula: "=B2*2", kind: "number" });
    expect(cell(2, 2)?.kind).toBe("number");
    expect(cell(2, 1)?.kind).toBeUndefined();
    expect(cell(2, 4)).toMatchObject({ checkbox: true, kind: "boolean" });
    expect(cell(2, 5)?.dropdown).toEqual(["да", "нет"]);
    expect(snap.charts[0].data).toEqual({
      labels: ["охват", "доля"],
      series: [
        { name: "Цель", values: [0.25, 0.1] },
        { name: "Факт", values: [0.5, 0.2] },
      ],
    });
  });
});
