/** Several spreadsheets in one emulated Drive (a district and its municipality), and sheet filters. */
import { createEmulator } from "../../../emulator/index";

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const make = () => {
  const emu = createEmulator({ now: () => new Date("2026-11-21T09:00:00Z") });
  return { emu, app: (emu.globals as { SpreadsheetApp: App }).SpreadsheetApp };
};
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return null;
};

describe("the emulated Drive", () => {
  it("opens another spreadsheet by id or by its link, counted as a script call", () => {
    const { emu, app } = make();
    const school = emu.spreadsheets.create("СОШ № 1");
    school.getSheets()[0].getRange("A1").setValue("снимок");
    emu.calls.reset();
    expect(app.openById(school.getId()).getSheets()[0].getRange("A1").getValue()).toBe("снимок");
    expect(app.openByUrl(school.getUrl()).getName()).toBe("СОШ № 1");
    expect(emu.calls.byMethod["SpreadsheetApp.openById"]).toBe(1);
    expect(emu.calls.byMethod["SpreadsheetApp.openByUrl"]).toBe(1);
    expect(app.getActiveSpreadsheet().getName()).not.toBe("СОШ № 1");
  });

  it("refuses a spreadsheet the user has no access to, and a deleted one, as Apps Script does", () => {
    const { emu, app } = make();
    const closed = emu.spreadsheets.create("закрытая");
    const gone = emu.spreadsheets.create("удалённая");
    emu.spreadsheets.denyAccess(closed.getId());
    emu.spreadsheets.remove(gone.getId());
    expect(errorOf(() => app.openById(closed.getId()))).toBe(
      "Exception: You do not have permission to access the requested document.",
    );
    expect(errorOf(() => app.openByUrl(gone.getUrl()))).toBe(
      "Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.",
    );
    emu.spreadsheets.denyAccess(closed.getId(), false);
    expect(app.openById(closed.getId()).getName()).toBe("закрытая");
    expect(emu.spreadsheets.list().map((s) => s.name)).not.toContain("удалённая");
  });

  it("switches the active spreadsheet, and saves and restores the Drive with who may open what", () => {
    const { emu, app } = make();
    const muni = emu.spreadsheets.create("Муниципалитет");
    const closed = emu.spreadsheets.create("закрытая");
    emu.spreadsheets.denyAccess(closed.getId());
    emu.spreadsheets.setActive(muni.getId());
    expect(app.getActiveSpreadsheet().getName()).toBe("Муниципалитет");
    expect(emu.spreadsheet.getName()).toBe("Муниципалитет");
    expect(() => emu.spreadsheets.remove(muni.getId())).toThrow(/active/);

    const again = createEmulator({ state: emu.save() });
    const app2 = (again.globals as { SpreadsheetApp: App }).SpreadsheetApp;
    expect(app2.getActiveSpreadsheet().getName()).toBe("Муниципалитет");
    expect(errorOf(() => app2.openById(closed.getId()))).toMatch(/permission/);
    expect(again.spreadsheets.list().find((s) => s.name === "закрытая")!.denied).toBe(true);
    expect(again.spreadsheet.snapshot().sheets.length).toBeGreaterThan(0);
  });
});

describe("filters", () => {
  it("covers a range, sorts the rows under its header by a column, and is one per sheet", () => {
    const { app } = make();
    const sheet = app.getActiveSpreadsheet().getSheets()[0];
    sheet.getRange(1, 1, 4, 2).setValues([
      ["Школа", "Факт"],
      ["СОШ № 1", 0.3],
      ["СОШ № 2", 0.1],
      ["СОШ № 3", 0.5],
    ]);
    const filter = sheet.getRange(1, 1, 4, 2).createFilter();
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe("A1:B4");
    expect(() => sheet.getRange("A1:B2").createFilter()).toThrow(/already has a filter/);
    filter.sort(2, false);
    expect(sheet.getRange("A1:A4").getValues().flat()).toEqual(["Школа", "СОШ № 3", "СОШ № 1", "СОШ № 2"]);
    filter.remove();
    expect(sheet.getFilter()).toBeNull();
    sheet.getRange("A1:B2").createFilter();
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe("A1:B2");
  });
});
