import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createEmulator } from "../../../emulator/index";

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  Logger: GoogleAppsScript.Base.Logger;
};
const make = (opts: Parameters<typeof createEmulator>[0] = {}) => {
  const emu = createEmulator({ now: () => new Date("2025-03-10T09:00:00+03:00"), ...opts });
  return { emu, g: emu.globals as unknown as G };
};

describe("call counting", () => {
  it("counts each script call as Class.method and not the emulator's own inner calls", () => {
    const { emu, g } = make();
    emu.calls.reset();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0];
    sheet.getRange(1, 1, 2, 2).setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getDataRange().getValues();
    sheet.appendRow([5, 6]);
    expect(emu.calls.byMethod).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getSheets": 1,
      "Sheet.getRange": 1,
      "Range.setValues": 1,
      "Sheet.getDataRange": 1,
      "Range.getValues": 1,
      "Sheet.appendRow": 1,
    });
    expect(emu.calls.total).toBe(7);
    emu.calls.reset();
    expect(emu.calls.total).toBe(0);
    expect(emu.calls.byMethod).toEqual({});
  });

  it("counts chained builder calls", () => {
    const { emu, g } = make();
    emu.calls.reset();
    g.SpreadsheetApp.newDataValidation().requireValueInList(["a"]).setAllowInvalid(false).build();
    expect(emu.calls.byMethod["DataValidationBuilder.setAllowInvalid"]).toBe(1);
    expect(emu.calls.byMethod["DataValidationBuilder.build"]).toBe(1);
  });
});

describe("Ui", () => {
  it("records menus, answers alerts from a script, records the sidebar and toasts", () => {
    const { emu, g } = make();
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem("Создать лист", "createSheets")
      .addSeparator()
      .addSubMenu(ui.createMenu("Отчёт").addItem("Собрать", "buildReport"))
      .addToUi();
    expect(emu.ui.menus).toEqual([
      {
        title: "Куратор ЦМН",
        addon: true,
        items: [
          { kind: "item", caption: "Создать лист", functionName: "createSheets" },
          { kind: "separator" },
          {
            kind: "submenu",
            caption: "Отчёт",
            items: [{ kind: "item", caption: "Собрать", functionName: "buildReport" }],
          },
        ],
      },
    ]);
    expect(ui.alert("Готово")).toBe(ui.Button.OK);
    emu.ui.answer("NO");
    expect(ui.alert("Удалить?", "Точно?", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    emu.ui.answer("OK", "7");
    const p = ui.prompt("Порог", "Введите число", ui.ButtonSet.OK_CANCEL);
    expect([p.getSelectedButton(), p.getResponseText()]).toEqual([ui.Button.OK, "7"]);
    expect(emu.ui.dialogs.map((d) => d.prompt)).toEqual(["Готово", "Точно?", "Введите число"]);
    const html = g.HtmlService.createHtmlOutput("<p>привет</p>").setTitle("Куратор");
    ui.showSidebar(html);
    expect(emu.ui.sidebar?.getTitle()).toBe("Куратор");
    g.SpreadsheetApp.getActiveSpreadsheet().toast("Сохранено", "ЦМН");
    expect(emu.ui.toasts).toEqual([{ message: "Сохранено", title: "ЦМН", timeoutSeconds: 5 }]);
  });
});

describe("HtmlService", () => {
  it("reads files from htmlDir and evaluates templates with escaped and raw printing", () => {
    const dir = mkdtempSync(join(tmpdir(), "emu-html-"));
    writeFileSync(join(dir, "Sidebar.html"), "<h1>Сайдбар</h1>");
    writeFileSync(join(dir, "T.html"), "<p><?= name ?></p><?!= raw ?><? for (let i = 0; i < 2; i++) { ?>*<? } ?>");
    const { g } = make({ htmlDir: dir });
    const out = g.HtmlService.createHtmlOutputFromFile("Sidebar")
      .setWidth(300)
      .setSandboxMode(g.HtmlService.SandboxMode.IFRAME);
    expect(out.getContent()).toBe("<h1>Сайдбар</h1>");
    expect(out.getWidth()).toBe(300);
    const t = g.HtmlService.createTemplateFromFile("T") as GoogleAppsScript.HTML.HtmlTemplate & Record<string, unknown>;
    t.name = "<b>Иванов</b>";
    t.raw = "<i>ok</i>";
    expect(t.evaluate().getContent()).toBe("<p>&lt;b&gt;Иванов&lt;/b&gt;</p><i>ok</i>**");
    expect(() => g.HtmlService.createHtmlOutputFromFile("Нет")).toThrow("No HTML file named Нет was found.");
  });
});

describe("PropertiesService", () => {
  it("keeps strings per store and enforces the value size quota", () => {
    const { g } = make();
    const doc = g.PropertiesService.getDocumentProperties();
    doc.setProperty("n", 5 as unknown as string);
    expect(doc.getProperty("n")).toBe("5");
    expect(doc.getProperty("missing")).toBeNull();
    doc.setProperties({ a: "1", b: "2" });
    expect(g.PropertiesService.getDocumentProperties().getProperties()).toEqual({ n: "5", a: "1", b: "2" });
    expect(g.PropertiesService.getScriptProperties().getProperties()).toEqual({});
    doc.deleteProperty("a");
    expect(Object.keys(doc.getProperties())).toEqual(["n", "b"]);
    expect(() => doc.setProperty("big", "x".repeat(10_000))).toThrow("Argument too large");
    doc.deleteAllProperties();
    expect(doc.getProperties()).toEqual({});
  });
});

describe("LockService", () => {
  it("times out when another execution holds the lock", () => {
    const { emu, g } = make();
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(g.LockService.getDocumentLock().tryLock(10)).toBe(false);
    lock.releaseLock();
    emu.locks.holdByOther("document");
    expect(() => g.LockService.getDocumentLock().waitLock(30000)).toThrow(
      "Lock timeout: another process was holding the lock for too long.",
    );
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    emu.locks.releaseOther("document");
    g.LockService.getDocumentLock().waitLock(100);
    expect(emu.locks.acquired.document).toBe(2);
  });
});

describe("ScriptApp triggers", () => {
  it("creates, lists, fires and deletes installable triggers", () => {
    const { emu, g } = make();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const t = g.ScriptApp.newTrigger("onSubmit").forSpreadsheet(ss).onFormSubmit().create();
    g.ScriptApp.newTrigger("tick").timeBased().everyHours(4).create();
    expect(() => g.ScriptApp.newTrigger("x").timeBased().everyHours(3).create()).toThrow();
    const triggers = g.ScriptApp.getProjectTriggers();
    expect(
      triggers.map((x) => [x.getHandlerFunction(), String(x.getEventType()), String(x.getTriggerSource())]),
    ).toEqual([
      ["onSubmit", "ON_FORM_SUBMIT", "SPREADSHEETS"],
      ["tick", "CLOCK", "CLOCK"],
    ]);
    expect(t.getTriggerSourceId()).toBe(ss.getId());
    const seen: string[] = [];
    emu.onTrigger((name) => void seen.push(name));
    emu.triggers.fire(triggers[1].getUniqueId());
    expect(seen).toEqual(["tick"]);
    g.ScriptApp.deleteTrigger(triggers[0]);
    expect(g.ScriptApp.getProjectTriggers()).toHaveLength(1);
    for (let i = 0; i < 19; i++) g.ScriptApp.newTrigger("tick").timeBased().after(1000).create();
    expect(() => g.ScriptApp.newTrigger("tick").timeBased().after(1000).create()).toThrow("too many triggers");
  });

  it("refuses the Ui inside a trigger, as Apps Script does", () => {
    const { emu, g } = make();
    g.ScriptApp.newTrigger("tick").timeBased().after(1).create();
    let error = "";
    emu.onTrigger(() => {
      try {
        g.SpreadsheetApp.getUi();
      } catch (e) {
        error = (e as Error).message;
      }
    });
    emu.triggers.fire("1");
    expect(error).toBe("Cannot call SpreadsheetApp.getUi() from this context.");
  });
});

describe("Utilities, Session, Logger", () => {
  it("formats dates in Europe/Moscow with SimpleDateFormat letters", () => {
    const { emu, g } = make({ user: "metodist@school.ru" });
    const d = new Date("2025-03-09T22:30:05Z"); // 10 March 01:30:05 in Moscow
    expect(g.Utilities.formatDate(d, "Europe/Moscow", "yyyy-MM-dd HH:mm:ss")).toBe("2025-03-10 01:30:05");
    expect(g.Utilities.formatDate(d, "Europe/Moscow", "dd.MM.yyyy")).toBe("10.03.2025");
    expect(g.Utilities.formatDate(d, "UTC", "dd.MM.yy HH:mm")).toBe("09.03.25 22:30");
    expect(g.Utilities.formatDate(d, "Europe/Moscow", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe("2025-03-10T01:30:05+03:00");
    expect(g.Utilities.parseDate("10.03.2025", "Europe/Moscow", "dd.MM.yyyy").toISOString()).toBe(
      "2025-03-09T21:00:00.000Z",
    );
    expect(g.Utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    g.Utilities.sleep(500);
    expect(emu.sleeps).toEqual([500]);
    expect(g.Utilities.base64Encode("ЦМН")).toBe(Buffer.from("ЦМН").toString("base64"));
    expect(g.Session.getScriptTimeZone()).toBe("Europe/Moscow");
    expect(g.Session.getActiveUser().getEmail()).toBe("metodist@school.ru");
    expect(g.Session.getTemporaryActiveUserKey()).toHaveLength(43);
    g.Logger.log("строк: %s", 3);
    expect(emu.logs).toEqual(["строк: 3"]);
  });
});

describe("AuthMode.NONE", () => {
  it("allows only menu building before authorisation", () => {
    const { emu, g } = make({ authMode: "NONE" });
    emu.setAuthMode("NONE");
    const ui = g.SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem("Начать", "start").addToUi();
    expect(emu.ui.menus[0].items).toHaveLength(1);
    expect(() => g.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly",
    );
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow("You do not have permission");
    expect(() => g.ScriptApp.getProjectTriggers()).toThrow("You do not have permission");
    expect(() => g.LockService.getDocumentLock()).toThrow("You do not have permission");
    expect(() => ui.alert("x")).toThrow("You do not have permission");
    emu.setAuthMode("FULL");
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getName()).toContain("Куратор ЦМН");
  });

  it("runs a global onOpen in NONE mode through open()", () => {
    const { emu } = make();
    const scope: Record<string, unknown> = {};
    emu.installGlobals(scope);
    const log: string[] = [];
    scope.onOpen = (e: { authMode: string }) => {
      log.push(e.authMode);
      (scope.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .getUi()
        .createAddonMenu()
        .addItem("Начать", "start")
        .addToUi();
      (scope.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet(); // not allowed
    };
    expect(() => emu.open("NONE")).toThrow("You do not have permission");
    expect(log).toEqual(["NONE"]);
    expect(emu.ui.menus).toHaveLength(1);
  });
});
