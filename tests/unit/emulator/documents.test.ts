/** The emulated DocumentApp and DriveApp: what the documents feature relies on, held to Google's rules. */
import { createEmulator } from "../../../emulator/index";

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
};
const make = () => {
  const emu = createEmulator({ now: () => new Date("2026-11-21T09:00:00+03:00") });
  return { emu, g: emu.globals as unknown as G };
};

describe("DocumentApp", () => {
  it("creates a document with one empty paragraph and appends paragraphs, tables and page breaks", () => {
    const { emu, g } = make();
    const doc = g.DocumentApp.create("Приказ");
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    body.appendParagraph("ПРИКАЗ").setAttributes({ BOLD: true, HORIZONTAL_ALIGNMENT: "CENTER" });
    const table = body.appendTable([
      ["№", "Наставник"],
      ["1", "Иванов И. И."],
    ]);
    table.getRow(0).editAsText().setBold(true);
    body.appendPageBreak();
    body.appendParagraph("Приложение");
    body.getChild(0).removeFromParent();
    expect(body.getNumChildren()).toBe(4);
    expect([0, 1, 2, 3].map((i) => body.getChild(i).getType())).toEqual([
      "PARAGRAPH",
      "TABLE",
      "PARAGRAPH",
      "PARAGRAPH",
    ]);
    expect(body.getChild(0).getAttributes()).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: "CENTER" });
    expect(emu.documents.text(doc.getId())).toBe(
      ["ПРИКАЗ", "№ | Наставник", "1 | Иванов И. И.", "———— разрыв страницы ————", "Приложение"].join("\n"),
    );
    expect(g.DocumentApp.openByUrl(doc.getUrl()).getName()).toBe("Приказ");
  });

  it("appends only detached elements, and keeps the body's last paragraph", () => {
    const { g } = make();
    const body = g.DocumentApp.create("Шаблон").getBody();
    const first = body.getChild(0).asParagraph();
    expect(() => body.appendParagraph(first)).toThrow("Element must be detached.");
    const detached = first.copy();
    detached.setText("копия");
    const copy = body.appendParagraph(detached);
    expect(copy.getText()).toBe("копия");
    expect(first.getText()).toBe("");
    copy.removeFromParent();
    expect(() => first.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    expect(() => body.getChild(3)).toThrow("Child index (3) must be less than the number of child elements (1).");
  });

  it("copies table rows and replaces text literally, as the documents feature fills a template", () => {
    const { g } = make();
    const body = g.DocumentApp.create("Шаблон").getBody();
    const table = body.appendTable([
      ["№", "Пара"],
      ["{{#пары}}{{№}}", "{{наставник}} — {{наставляемый}}"],
    ]);
    const template = table.getRow(1);
    for (const [n, who] of [
      ["1", "Иванов $1"],
      ["2", "Петров"],
    ]) {
      const row = table.appendTableRow(template.copy());
      row.replaceText("\\{\\{#пары\\}\\}", "");
      row.replaceText("\\{\\{№\\}\\}", n);
      row.replaceText("\\{\\{наставник\\}\\}", who);
    }
    table.removeRow(1);
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(1).getCell(0).getText()).toBe("1");
    expect(table.getRow(1).getCell(1).getText()).toBe("Иванов $1 — {{наставляемый}}");
    body.replaceText("\\{\\{наставляемый\\}\\}", "Сидоров");
    expect(table.getCell(2, 1).getText()).toBe("Петров — Сидоров");
  });

  it("counts each call and refuses DocumentApp and DriveApp before authorisation", () => {
    const { emu, g } = make();
    emu.calls.reset();
    g.DocumentApp.create("Приказ").getBody().appendParagraph("текст");
    expect(emu.calls.byMethod).toEqual({ "DocumentApp.create": 1, "Document.getBody": 1, "Body.appendParagraph": 1 });
    emu.setAuthMode("NONE");
    expect(() => g.DriveApp.getRootFolder()).toThrow(
      "You do not have permission to call DriveApp.getRootFolder. Required permissions: https://www.googleapis.com/auth/drive.file",
    );
  });
});

describe("DriveApp", () => {
  it("puts the workbook in the root, folders under it, and a copy of a Doc where it is asked", () => {
    const { emu, g } = make();
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const parents = g.DriveApp.getFileById(ss.getId()).getParents();
    expect(parents.hasNext()).toBe(true);
    const root = parents.next();
    expect(root.getName()).toBe("Мой диск");
    expect(parents.hasNext()).toBe(false);
    const folder = root.createFolder("Документы ЦМН");
    const template = g.DocumentApp.create("Шаблон");
    template.getBody().appendParagraph("Приказ {{организация}}");
    const copy = g.DriveApp.getFileById(template.getId()).makeCopy("Приказ — 21.11.2026", folder);
    expect(copy.getMimeType()).toBe("application/vnd.google-apps.document");
    expect(copy.getParents().next().getName()).toBe("Документы ЦМН");
    const opened = g.DocumentApp.openById(copy.getId());
    opened.getBody().replaceText("\\{\\{организация\\}\\}", "МБОУ «СОШ № 7»");
    expect(emu.documents.text(copy.getId())).toBe("\nПриказ МБОУ «СОШ № 7»");
    expect(emu.documents.text(template.getId())).toBe("\nПриказ {{организация}}");
    const moved = g.DocumentApp.create("Положение");
    g.DriveApp.getFileById(moved.getId()).moveTo(folder);
    const files = folder.getFiles();
    const names: string[] = [];
    while (files.hasNext()) names.push(files.next().getName());
    expect(names).toEqual(["Приказ — 21.11.2026", "Положение"]);
    expect(emu.documents.list().map((d) => [d.name, d.folder])).toEqual([
      ["Шаблон", "Мой диск"],
      ["Приказ — 21.11.2026", "Документы ЦМН"],
      ["Положение", "Документы ЦМН"],
    ]);
    expect(() => g.DriveApp.getFolderById(moved.getId())).toThrow(/No item with the given ID/);
    g.DriveApp.getFolderById(folder.getId()).setTrashed(true);
    expect(g.DriveApp.getFolderById(folder.getId()).isTrashed()).toBe(true);
  });

  it("saves and loads documents and folders with the rest of the emulator", () => {
    const { emu, g } = make();
    const folder = g.DriveApp.createFolder("Документы ЦМН");
    const doc = g.DocumentApp.create("Приказ");
    doc.getBody().appendTable([["a", "b"]]);
    g.DriveApp.getFileById(doc.getId()).moveTo(folder);
    const again = createEmulator({ state: JSON.parse(JSON.stringify(emu.save())) });
    const g2 = again.globals as unknown as G;
    expect(g2.DocumentApp.openById(doc.getId()).getBody().getTables()[0].getCell(0, 1).getText()).toBe("b");
    expect(g2.DriveApp.getFileById(doc.getId()).getParents().next().getName()).toBe("Документы ЦМН");
    const next = g2.DocumentApp.create("Новый");
    expect(next.getId()).not.toBe(doc.getId());
  });
});
