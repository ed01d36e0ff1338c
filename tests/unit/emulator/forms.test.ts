import { createEmulator } from "../../../emulator/index";

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  FormApp: GoogleAppsScript.Forms.FormApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  LockService: GoogleAppsScript.Lock.LockService;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
};
const NOW = new Date("2025-03-10T09:00:00+03:00");

function buildForm(g: G) {
  const form = g.FormApp.create("Анкета наставляемого");
  form.addTextItem().setTitle("ФИО").setRequired(true);
  form.addMultipleChoiceItem().setTitle("Желаемая форма").setChoiceValues(["ученик – ученик", "учитель – учитель"]);
  form.addCheckboxItem().setTitle("Запросы").setChoiceValues(["математика", "проекты", "профориентация"]);
  form.addScaleItem().setTitle("Уверенность").setBounds(1, 10).setLabels("низкая", "высокая");
  form.addDateItem().setTitle("Дата рождения");
  form.addSectionHeaderItem().setTitle("Согласие");
  return form;
}

describe("FormApp", () => {
  it("builds items with types and Google's response sheet on setDestination", () => {
    const emu = createEmulator({ now: () => NOW });
    const g = emu.globals as unknown as G;
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const form = buildForm(g);
    expect(form.getItems().map((i) => String(i.getType()))).toEqual([
      "TEXT",
      "MULTIPLE_CHOICE",
      "CHECKBOX",
      "SCALE",
      "DATE",
      "SECTION_HEADER",
    ]);
    const scale = form.getItems(g.FormApp.ItemType.SCALE)[0].asScaleItem();
    expect([scale.getLowerBound(), scale.getUpperBound(), scale.getLeftLabel()]).toEqual([1, 10, "низкая"]);
    expect(() => form.getItems()[0].asScaleItem()).toThrow();
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    expect(form.getDestinationId()).toBe(ss.getId());
    const sheet = ss.getSheets()[0];
    expect(sheet.getName()).toBe("Ответы на форму (1)");
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["Отметка времени", "ФИО", "Желаемая форма", "Запросы", "Уверенность", "Дата рождения"],
    ]);
    expect(ss.getFormUrl()).toBe(form.getPublishedUrl());
    expect(g.FormApp.openById(form.getId()).getTitle()).toBe("Анкета наставляемого");
    // An item added after linking gets a column at the end, like in Google.
    form.addParagraphTextItem().setTitle("Комментарий");
    expect(sheet.getRange(1, 7).getValue()).toBe("Комментарий");
  });

  it("submit appends a row and fires spreadsheet- and form-bound onFormSubmit triggers", () => {
    const emu = createEmulator({ now: () => NOW });
    const g = emu.globals as unknown as G;
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const form = buildForm(g);
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    g.ScriptApp.newTrigger("onSheetSubmit").forSpreadsheet(ss).onFormSubmit().create();
    g.ScriptApp.newTrigger("onFormSubmitted").forForm(form).onFormSubmit().create();
    const events: Array<[string, Record<string, unknown>]> = [];
    emu.onTrigger((name, e) => {
      events.push([name, e]);
      g.LockService.getDocumentLock().waitLock(1000); // released by the emulator when the run ends
    });
    emu.forms.submit(form.getId(), {
      ФИО: "Петров П.",
      "Желаемая форма": "ученик – ученик",
      Запросы: ["математика", "проекты"],
      Уверенность: "7",
      "Дата рождения": "2011-05-04",
    });
    const sheet = ss.getSheetByName("Ответы на форму (1)") as GoogleAppsScript.Spreadsheet.Sheet;
    const row = sheet.getRange(2, 1, 1, 6).getValues()[0];
    expect(row[0]).toEqual(NOW);
    // Moscow kept UTC+4 from March 2011 to October 2014: midnight of 4 May 2011 there is 20:00 UTC.
    expect(row.slice(1)).toEqual([
      "Петров П.",
      "ученик – ученик",
      "математика, проекты",
      7,
      new Date("2011-05-04T00:00:00+04:00"),
    ]);
    expect(events.map(([n]) => n)).toEqual(["onSheetSubmit", "onFormSubmitted"]);
    const sheetEvent = events[0][1] as unknown as GoogleAppsScript.Events.SheetsOnFormSubmit;
    expect(sheetEvent.range.getA1Notation()).toBe("A2:F2");
    expect(sheetEvent.values).toEqual([
      "10.03.2025 9:00:00",
      "Петров П.",
      "ученик – ученик",
      "математика, проекты",
      "7",
      "04.05.2011",
    ]);
    expect(sheetEvent.namedValues["ФИО"]).toEqual(["Петров П."]);
    const formEvent = events[1][1] as unknown as GoogleAppsScript.Events.FormsOnFormSubmit;
    expect(formEvent.response.getItemResponses().map((r) => r.getResponse())).toEqual([
      "Петров П.",
      "ученик – ученик",
      ["математика", "проекты"],
      "7",
      "2011-05-04",
    ]);
    expect(emu.locks.acquired.document).toBe(2);
    // Forms validates what a respondent can send.
    expect(() => emu.forms.submit(form.getId(), { "Желаемая форма": "ученик – ученик" })).toThrow(
      "Required item «ФИО» has no answer.",
    );
    expect(() => emu.forms.submit(form.getId(), { ФИО: "А", Уверенность: "11" })).toThrow("outside 1..10");
    expect(() => emu.forms.submit(form.getId(), { ФИО: "А", Лишнее: "x" })).toThrow("has no item «Лишнее»");
    // A text answer that looks like a formula is stored as text.
    emu.forms.submit(form.getId(), { ФИО: "=1+1" });
    expect(sheet.getRange(3, 2).getValue()).toBe("=1+1");
    expect(sheet.getRange(3, 2).getFormula()).toBe("");
  });
});

describe("DocumentApp", () => {
  it("reads seeded tables cell by cell", () => {
    const emu = createEmulator();
    const g = emu.globals as unknown as G;
    const id = emu.documents.create("Дорожная карта", [
      [
        ["№", "Мероприятие"],
        ["1", "Приказ о ЦМН"],
      ],
    ]);
    const doc = g.DocumentApp.openById(id);
    expect(doc.getName()).toBe("Дорожная карта");
    const table = doc.getBody().getTables()[0];
    expect(table.getNumRows()).toBe(2);
    expect(table.getRow(1).getNumCells()).toBe(2);
    expect(table.getRow(1).getCell(1).getText()).toBe("Приказ о ЦМН");
    expect(g.DocumentApp.openByUrl(`https://docs.google.com/document/d/${id}/edit`).getId()).toBe(id);
  });
});

describe("trigger events hold counted objects", () => {
  it("counts what an onFormSubmit handler calls on the event", () => {
    const emu = createEmulator({ now: () => NOW });
    const g = emu.globals as unknown as G;
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const form = g.FormApp.create("Встреча");
    form.addTextItem().setTitle("ID пары");
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    g.ScriptApp.newTrigger("onSubmit").forSpreadsheet(ss).onFormSubmit().create();
    emu.onTrigger((_name, e) => (e.range as GoogleAppsScript.Spreadsheet.Range).getValues());
    const id = form.getId();
    emu.calls.reset();
    emu.forms.submit(id, { "ID пары": "P-001" });
    expect(emu.calls.byMethod).toEqual({ "Range.getValues": 1 });
  });
});

describe("FormApp page navigation", () => {
  it("follows a choice's page, skips pages not reached and ends at a SUBMIT break", () => {
    const emu = createEmulator({ now: () => NOW });
    const g = emu.globals as unknown as G;
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const form = g.FormApp.create("Согласие");
    const adult = form.addMultipleChoiceItem().setTitle("18 лет?").setRequired(true);
    const selfPage = form.addPageBreakItem().setTitle("Сам");
    form.addTextItem().setTitle("Подпись").setRequired(true);
    const guardianPage = form.addPageBreakItem().setTitle("Родитель");
    form.addTextItem().setTitle("ФИО родителя").setRequired(true);
    adult.setChoices([adult.createChoice("Да", selfPage), adult.createChoice("Нет", guardianPage)]);
    guardianPage.setGoToPage(g.FormApp.PageNavigationType.SUBMIT);
    expect(adult.getChoices().map((c) => String(c.getPageNavigationType()))).toEqual(["GO_TO_PAGE", "GO_TO_PAGE"]);
    expect(String(guardianPage.getPageNavigationType())).toBe("SUBMIT");
    form.setDestination(g.FormApp.DestinationType.SPREADSHEET, ss.getId());
    // «Да»: the self page, then SUBMIT before the guardian page; its required item is not asked.
    emu.forms.submit(form.getId(), { "18 лет?": "Да", Подпись: "А. Б." });
    // «Нет»: straight to the guardian page.
    emu.forms.submit(form.getId(), { "18 лет?": "Нет", "ФИО родителя": "В. Г." });
    expect(() =>
      emu.forms.submit(form.getId(), { "18 лет?": "Нет", Подпись: "А. Б.", "ФИО родителя": "В. Г." }),
    ).toThrow("does not reach");
    expect(() => emu.forms.submit(form.getId(), { "18 лет?": "Да" })).toThrow("Required item «Подпись»");
    // The response sheet keeps receiving answers after it is renamed (Google links it by id).
    const sheet = ss.getSheets()[0];
    sheet.setName("Ответы: согласие");
    emu.forms.submit(form.getId(), { "18 лет?": "Да", Подпись: "Д. Е." });
    expect(
      sheet
        .getDataRange()
        .getValues()
        .map((r) => r.slice(1)),
    ).toEqual([
      ["18 лет?", "Подпись", "ФИО родителя"],
      ["Да", "А. Б.", ""],
      ["Нет", "", "В. Г."],
      ["Да", "Д. Е.", ""],
    ]);
  });
});

describe("FormApp pre-filled links", () => {
  it("builds a link with the answers filled in, read back by a respondent, submitting nothing", () => {
    const emu = createEmulator({ now: () => NOW });
    const g = emu.globals as unknown as G;
    const form = buildForm(g);
    const [name, wanted] = form.getItems();
    const url = form
      .createResponse()
      .withItemResponse(name.asTextItem().createResponse("Иванов Иван & Co"))
      .withItemResponse(wanted.asMultipleChoiceItem().createResponse("ученик – ученик"))
      .toPrefilledUrl();
    expect(url.startsWith(`${form.getPublishedUrl()}?usp=pp_url&entry.${name.getId()}=`)).toBe(true);
    expect(url).toContain("%20%26%20Co");
    expect(emu.forms.prefilled(url).answers).toMatchObject({
      ФИО: "Иванов Иван & Co",
      "Желаемая форма": "ученик – ученик",
    });
    expect(form.getResponses()).toHaveLength(0);
    // Only the form's own choices can be filled in, as when answering.
    expect(() => wanted.asMultipleChoiceItem().createResponse("директор – ученик")).toThrow(/not a choice/);
    expect(() => emu.forms.prefilled("https://example.com/x")).toThrow(/Not a pre-filled link/);
  });
});
