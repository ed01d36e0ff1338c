import { createEmulator } from "../../../emulator/index";

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  Charts: GoogleAppsScript.Charts.Charts;
};
const NOW = new Date("2025-03-10T09:00:00+03:00");

function populate() {
  const emu = createEmulator({ now: () => NOW });
  const g = emu.globals as unknown as G;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet("Наставляемые");
  sheet
    .getRange("A1:C1")
    .setValues([["ФИО", "Дата вхождения", "Согласие"]])
    .setFontWeight("bold")
    .setBackground("#d9ead3");
  sheet.getRange("A2:B3").setValues([
    ["Иванов", new Date("2024-09-02T00:00:00+03:00")],
    ["Петрова", new Date("2024-10-01T12:30:00+03:00")],
  ]);
  sheet.getRange("C2:C3").insertCheckboxes();
  sheet.getRange("A2").setNote("код 01");
  sheet.getRange("D2").setFormula("=COUNTA(Наставляемые_ФИО)");
  sheet.getRange("E2").setNumberFormat("0.0%").setFormula("=CMN_SHARE(1, 3)");
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(1, 240);
  ss.setNamedRange("Наставляемые_ФИО", sheet.getRange("A2:A3"));
  const list = g.SpreadsheetApp.newDataValidation()
    .requireValueInList(["активен", "выбыл"])
    .setAllowInvalid(false)
    .setHelpText("Выберите статус")
    .build();
  sheet.getRange("F2:F10").setDataValidation(list);
  const refs = g.SpreadsheetApp.newDataValidation().requireValueInRange(sheet.getRange("A2:A3"), true).build();
  sheet.getRange("G2").setDataValidation(refs);
  sheet.protect().setWarningOnly(true).setDescription("Заголовок");
  const rule = g.SpreadsheetApp.newConditionalFormatRule()
    .whenTextEqualTo("выбыл")
    .setBackground("#f4cccc")
    .setRanges([sheet.getRange("F2:F10")])
    .build();
  sheet.setConditionalFormatRules([rule]);
  const chart = sheet
    .newChart()
    .setChartType(g.Charts.ChartType.BAR)
    .addRange(sheet.getRange("A1:B3"))
    .setOption("title", "Факт и цель")
    .setPosition(5, 5, 0, 0)
    .build();
  sheet.insertChart(chart);
  g.PropertiesService.getDocumentProperties().setProperty("version", "1");
  g.ScriptApp.newTrigger("onSubmit").forSpreadsheet(ss).onFormSubmit().create();
  const form = g.FormApp.create("Опрос");
  form.addScaleItem().setTitle("Оценка").setBounds(1, 10);
  form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
  emu.onTrigger(() => undefined);
  emu.forms.submit(form.getId(), { Оценка: "9" }, { timestamp: new Date("2025-03-01T10:00:00+03:00") });
  emu.documents.create("Положение", [[["a", "b"]]]);
  return { emu, g, formId: form.getId() };
}

describe("save() and createEmulator({ state })", () => {
  it("round-trips sheets, formats, validations, names, properties, triggers, forms and documents through JSON", () => {
    const { emu, formId } = populate();
    const json = JSON.stringify(emu.save());
    const again = createEmulator({ now: () => NOW, state: JSON.parse(json) });
    const g = again.globals as unknown as G & { DocumentApp: GoogleAppsScript.Document.DocumentApp };
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName("Наставляемые") as GoogleAppsScript.Spreadsheet.Sheet;
    expect(sheet.getRange("A1:E3").getValues()).toEqual([
      ["ФИО", "Дата вхождения", "Согласие", "", ""],
      ["Иванов", new Date("2024-09-02T00:00:00+03:00"), false, 2, 1 / 3],
      ["Петрова", new Date("2024-10-01T12:30:00+03:00"), false, "", ""],
    ]);
    expect(sheet.getRange("E2").getDisplayValue()).toBe("33,3\u00a0%");
    expect(sheet.getRange("D2").getFormula()).toBe("=COUNTA(Наставляемые_ФИО)");
    expect(sheet.getRange("A1").getFontWeight()).toBe("bold");
    expect(sheet.getRange("A1").getBackground()).toBe("#d9ead3");
    expect(sheet.getRange("A2").getNote()).toBe("код 01");
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(1)).toBe(240);
    expect(ss.getRangeByName("Наставляемые_ФИО")?.getA1Notation()).toBe("A2:A3");
    const dv = sheet.getRange("F5").getDataValidation();
    expect([dv?.getCriteriaType(), dv?.getCriteriaValues(), dv?.getAllowInvalid(), dv?.getHelpText()]).toEqual([
      "VALUE_IN_LIST",
      [["активен", "выбыл"], true],
      false,
      "Выберите статус",
    ]);
    const inRange = sheet
      .getRange("G2")
      .getDataValidation()
      ?.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(inRange.getA1Notation()).toBe("A2:A3");
    expect(sheet.getRange("C2").getDataValidation()?.getCriteriaType()).toBe("CHECKBOX");
    const prot = sheet.getProtections(g.SpreadsheetApp.ProtectionType.SHEET)[0];
    expect([prot.isWarningOnly(), prot.getDescription()]).toEqual([true, "Заголовок"]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(["F2:F10"]);
    expect(rules[0].getBooleanCondition()?.getBackground()).toBe("#f4cccc");
    const chart = sheet.getCharts()[0];
    expect(chart.getOptions().get("title")).toBe("Факт и цель");
    expect(chart.getRanges()[0].getA1Notation()).toBe("A1:B3");
    expect(g.PropertiesService.getDocumentProperties().getProperty("version")).toBe("1");
    expect(g.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["onSubmit"]);
    const form = g.FormApp.openById(formId);
    expect(form.getResponses()[0].getTimestamp()).toEqual(new Date("2025-03-01T10:00:00+03:00"));
    expect(ss.getSheetByName("Ответы на форму (1)")?.getRange("A2:B2").getValues()).toEqual([
      [new Date("2025-03-01T10:00:00+03:00"), 9],
    ]);
    expect(
      g.DocumentApp.openById(again.save().documents[0].id).getBody().getTables()[0].getRow(0).getCell(1).getText(),
    ).toBe("b");
    // A second save is the same state.
    expect(JSON.stringify(again.save())).toBe(json);
    // New objects after loading do not collide with saved ids.
    const newForm = g.FormApp.create("Ещё");
    expect(newForm.getId()).not.toBe(formId);
    expect(newForm.addTextItem().getId()).toBeGreaterThan(form.getItems()[0].getId());
  });

  it("snapshot() gives display values trimmed to the used range with formatting, dropdowns and charts", () => {
    const { emu } = populate();
    const snap = emu.spreadsheet.snapshot();
    const s = snap.sheets.find((x) => x.name === "Наставляемые");
    expect(s?.frozenRows).toBe(1);
    expect(s?.rows[0]).toEqual(["ФИО", "Дата вхождения", "Согласие", "", ""]); // F and G hold only validations
    expect(s?.rows[1].slice(0, 5)).toEqual(["Иванов", "02.09.2024", "FALSE", "2", "33,3\u00a0%"]);
    expect(s?.rows[2][1]).toBe("01.10.2024 12:30:00");
    expect(s?.cells.find((c) => c.row === 1 && c.col === 1)).toEqual({
      row: 1,
      col: 1,
      background: "#d9ead3",
      bold: true,
    });
    expect(s?.cells.find((c) => c.row === 2 && c.col === 6)?.dropdown).toEqual(["активен", "выбыл"]);
    expect(s?.cells.find((c) => c.row === 2 && c.col === 7)?.dropdown).toEqual(["Иванов", "Петрова"]);
    expect(s?.cells.find((c) => c.row === 2 && c.col === 3)?.checkbox).toBe(true);
    expect(s?.charts[0].type).toBe("BAR");
    expect(snap.namedRanges).toEqual([{ name: "Наставляемые_ФИО", sheet: "Наставляемые", a1: "A2:A3" }]);
    expect(snap.sheets[0].name).toBe("Ответы на форму (1)");
  });

  it("snapshot(name) gives only that sheet, for a page that shows one tab", () => {
    const { emu } = populate();
    const one = emu.spreadsheet.snapshot("Наставляемые");
    expect(one.sheets.map((x) => x.name)).toEqual(["Наставляемые"]);
    expect(one.sheets[0]).toEqual(emu.spreadsheet.snapshot().sheets.find((x) => x.name === "Наставляемые"));
  });
});
