import { createEmulator } from "../../../emulator/index";

const NOW = new Date("2025-03-10T09:00:00+03:00");
const make = (now = NOW) => createEmulator({ now: () => now });

describe("formulas through HyperFormula", () => {
  it("evaluates across sheets with spaces and Cyrillic in their names", () => {
    const emu = make();
    const ss = emu.spreadsheet;
    const road = ss.insertSheet("Дорожная карта");
    road.getRange("A1:A3").setValues([[1], [2], [3]]);
    const s = ss.insertSheet("Отчёт");
    s.getRange("A1:B1").setFormulas([["=SUM('Дорожная карта'!A1:A3)", "=Отчёт!A1*2"]]);
    expect(s.getRange("A1:B1").getValues()).toEqual([[6, 12]]);
    road.getRange("A1").setValue(10);
    expect(s.getRange("A1").getValue()).toBe(15);
    road.setName("План мероприятий");
    expect(s.getRange("A1").getFormula()).toBe("=SUM('План мероприятий'!A1:A3)");
    expect(s.getRange("A1").getValue()).toBe(15);
  });

  it("resolves Cyrillic named ranges (aliased for HyperFormula) and keeps the name in getFormula", () => {
    const emu = make();
    const ss = emu.spreadsheet;
    const sheet = ss.insertSheet("Контингент");
    sheet.getRange("A1:A2").setValues([[40], [60]]);
    // A formula typed before the name exists shows #NAME? and recovers when the name is defined, as in Sheets.
    sheet.getRange("B1").setFormula("=SUM(Контингент_10_18)");
    expect(sheet.getRange("B1").getValue()).toBe("#NAME?");
    ss.setNamedRange("Контингент_10_18", sheet.getRange("A1:A2"));
    expect(sheet.getRange("B1").getValue()).toBe(100);
    sheet.getRange("B2").setFormula("=SUM(Контингент_10_18)/2");
    expect(sheet.getRange("B2").getValue()).toBe(50);
    expect(sheet.getRange("B2").getFormula()).toBe("=SUM(Контингент_10_18)/2");
    // Rows inserted inside the named range are counted, like in Sheets.
    sheet.insertRowsAfter(1, 1);
    sheet.getRange("A2").setValue(5);
    expect(sheet.getRange("B1").getValue()).toBe(105);
    expect(ss.getRangeByName("Контингент_10_18")?.getA1Notation()).toBe("A1:A3");
  });

  it("answers errors like Sheets", () => {
    const sheet = make().spreadsheet.getActiveSheet();
    sheet.getRange("A1:E1").setFormulas([["=1/0", "=NA()", "=NOSUCHFN(1)", '="a"+1', '=IFERROR(1/0, "нет")']]);
    expect(sheet.getRange("A1:E1").getValues()).toEqual([["#DIV/0!", "#N/A", "#NAME?", "#VALUE!", "нет"]]);
    expect(sheet.getRange("A1:E1").getDisplayValues()).toEqual([["#DIV/0!", "#N/A", "#NAME?", "#VALUE!", "нет"]]);
  });

  it("runs CMN_SHARE from the catalogue: value, range and the Russian error text", () => {
    const emu = make();
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange("A1:B3").setValues([
      [12, 40],
      [5, 4],
      [2, 8],
    ]);
    sheet.getRange("C1").setFormula("=CMN_SHARE(A1, B1)");
    expect(sheet.getRange("C1").getValue()).toBeCloseTo(0.3);
    sheet.getRange("C2").setFormula("=CMN_SHARE(A2, B2)");
    expect(sheet.getRange("C2").getValue()).toBe("#ERROR!");
    expect(emu.cellError("Лист1", "C2")).toEqual({ error: "#ERROR!", message: "часть (5) больше целого (4)" });
    sheet.getRange("C3").setFormula('=IFERROR(CMN_SHARE(A2, B2), "—")');
    expect(sheet.getRange("C3").getValue()).toBe("—");
    // A range spills to the size of the first range argument; a bad cell carries its message as text.
    sheet.getRange("E1").setFormula("=CMN_SHARE(A1:A3, B1:B3)");
    expect(sheet.getRange("E1:E3").getValues()).toEqual([[0.3], ["Ошибка: часть (5) больше целого (4)"], [0.25]]);
    sheet.getRange("F1").setFormula("=CMN_SHARE(1, 3, 1)");
    expect(sheet.getRange("F1").getValue()).toBe(0.333);
    sheet.getRange("F2").setFormula("=CMN_SHARE(1)");
    expect(sheet.getRange("F2").getValue()).toBe("#ERROR!");
    expect(emu.cellError("Лист1", "F2")?.message).toBe("не указан знаменатель");
    sheet.getRange("F3").setFormula("=CMN_SHARE(1, 2, 3, 4)");
    expect(sheet.getRange("F3").getValue()).toBe("#N/A");
  });

  it("stores dates as serial numbers so COUNTIFS over dates and TODAY() agree with the clock", () => {
    const emu = make();
    const sheet = emu.spreadsheet.getActiveSheet();
    const d = (s: string) => new Date(`${s}T00:00:00+03:00`);
    sheet.getRange("A1:A4").setValues([[d("2025-03-01")], [d("2025-03-09")], [d("2025-03-10")], [d("2025-04-01")]]);
    sheet.getRange("B1:B3").setFormulas([['=COUNTIFS(A1:A4, "<"&TODAY())'], ["=TODAY()"], ["=A1+1"]]);
    expect(sheet.getRange("B1").getValue()).toBe(2);
    expect(sheet.getRange("B2").getValue()).toEqual(d("2025-03-10"));
    expect(sheet.getRange("B2").getDisplayValue()).toBe("10.03.2025");
    sheet.getRange("B3").setNumberFormat("dd.MM.yyyy");
    expect(sheet.getRange("B3").getValue()).toEqual(d("2025-03-02"));
    sheet.getRange("C1").setFormula("=DATE(2025,3,10)-A1");
    expect(sheet.getRange("C1").getValue()).toBe(9);
  });

  it("moves formula references when rows are inserted or deleted", () => {
    const sheet = make().spreadsheet.getActiveSheet();
    sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.getRange("B1").setFormula("=SUM(A1:A3)");
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange("B1").getFormula()).toBe("=SUM(A1:A5)");
    sheet.getRange("A2").setValue(10);
    expect(sheet.getRange("B1").getValue()).toBe(16);
    sheet.deleteRows(4, 1); // the row holding 2
    expect(sheet.getRange("B1").getFormula()).toBe("=SUM(A1:A4)");
    expect(sheet.getRange("B1").getValue()).toBe(14);
  });

  it("passes date cells to custom functions as Dates", () => {
    const sheet = make().spreadsheet.getActiveSheet();
    sheet.getRange("A1").setValue(new Date("2024-09-01T00:00:00+03:00"));
    // CMN_SHARE refuses a date with its own message: proof that a Date arrived, not a number.
    sheet.getRange("B1").setFormula("=CMN_SHARE(A1, 10)");
    expect(sheet.getRange("B1").getValue()).toBe("#ERROR!");
  });
});
