/** `npm start`'s workbench: the demo school through the real bundle, saving and loading its state. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { createWorkbench } from "../../emulator/app";
import { startupLine } from "../../emulator/http";
import { DIST, requireBuild } from "../support/bundle";

const now = () => new Date("2026-11-21T09:00:00Z");

describe("the workbench", () => {
  beforeAll(requireBuild);

  it("opens on a demo school with hundreds of people, made by the real bundle's setup", () => {
    const bench = createWorkbench({ distDir: DIST, now, seed: 2026 });
    const state = bench.state() as { sheets: string[]; menus: { title: string }[] };
    expect(state.sheets).toEqual(
      expect.arrayContaining(["Настройки", "Наставники", "Наставляемые", "Пары", "Дорожная карта"]),
    );
    expect(state.menus.map((m) => m.title)).toContain("Наставничество (ЦМН)");
    const sidebar = bench.run("getSidebarState") as { ok: true; result: { organisation: string } };
    expect(sidebar.ok).toBe(true);
    expect(sidebar.result.organisation).not.toBe("");
    // «Обзор»: the registers' sizes and the year's pairs, beside the checklist.
    const overview = bench.run("programmeProgress") as {
      ok: true;
      result: { figures: { registers: Record<string, number>; pairs: number } };
    };
    expect(overview.result.figures.registers.mentees).toBeGreaterThanOrEqual(200);
    expect(overview.result.figures.registers.mentors).toBeGreaterThanOrEqual(50);
    expect(overview.result.figures.pairs).toBeGreaterThan(0);
    // The demo is a clean school: its dates and lists pass the check, as the registers' readers read them.
    const check = bench.run("checkWorkbook") as { ok: true; result: { counts: { error: number }; summary: string } };
    expect(check.result.counts.error).toBe(0);
    expect(check.result.summary).not.toMatch(/ошиб(ка|ки|ок)/);
  });

  it("is the same school for the same seed and another for another seed", () => {
    const a = createWorkbench({ distDir: DIST, now, seed: 1 }).sheet("Наставники") as { rows: unknown[][] };
    const b = createWorkbench({ distDir: DIST, now, seed: 1 }).sheet("Наставники") as { rows: unknown[][] };
    const c = createWorkbench({ distDir: DIST, now, seed: 2 }).sheet("Наставники") as { rows: unknown[][] };
    expect(a.rows).toEqual(b.rows);
    expect(a.rows).not.toEqual(c.rows);
  });

  it("saves its state to a JSON file and loads it back", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cmn-")), "state.json");
    const bench = createWorkbench({ distDir: DIST, now, demo: false, statePath: file });
    bench.run("setupWorkbook");
    bench.emulator.spreadsheet
      .getSheetByName("Наставники")!
      .getRange("A2:B2")
      .setValues([["НТ-0001", "Сохранённая Анна"]]);
    bench.save();
    const other = createWorkbench({ distDir: DIST, now, demo: false, statePath: file });
    expect(other.emulator.spreadsheet.getSheetByName("Наставники")).toBeNull();
    other.load();
    expect(other.emulator.spreadsheet.getSheetByName("Наставники")!.getRange("B2").getValue()).toBe("Сохранённая Анна");
    expect((other.state() as { menus: unknown[] }).menus.length).toBe(1);
  });

  it("refuses Dates across google.script.run, as Apps Script does", () => {
    const bench = createWorkbench({ distDir: DIST, now, demo: false });
    const result = bench.run("selectCell", { sheet: "Лист1", row: 1, when: new Date() });
    expect(result).toEqual({ ok: false, error: expect.stringContaining("Date") });
  });

  it("serves the sidebar with a google.script.run shim", () => {
    const html = createWorkbench({ distDir: DIST, now, demo: false }).sidebarHtml();
    expect(html).toMatch(/window\.google = \{ script: \{ run:/);
    expect(html.indexOf("window.google")).toBeLessThan(html.indexOf("<body"));
  });
});

describe("the workbench as the page drives it", () => {
  beforeAll(requireBuild);

  it("says at startup whether it holds a demo school or an empty workbook", () => {
    expect(startupLine(true, 8080, 1200)).toContain("с демо-школой");
    expect(startupLine(false, 8080, 900)).toContain("с пустой книгой");
    expect(startupLine(false, 8080, 900)).not.toContain("демо");
  });

  it("stops a call at a script's prompt and goes on with the person's answer", () => {
    const bench = createWorkbench({ distDir: DIST, now, demo: false });
    vm.runInContext(
      `function askYear() {
        var ui = SpreadsheetApp.getUi();
        var r = ui.prompt("Учебный год", "Какой учебный год?", ui.ButtonSet.OK_CANCEL);
        if (r.getSelectedButton() !== ui.Button.OK) return "отменено";
        SpreadsheetApp.getActiveSpreadsheet().toast(r.getResponseText());
        return r.getResponseText();
      }`,
      bench.bundle.context,
    );
    const first = bench.menu("askYear");
    expect(first).toEqual({
      ok: false,
      dialog: { kind: "prompt", title: "Учебный год", prompt: "Какой учебный год?", buttons: "OK_CANCEL" },
      answered: 0,
    });
    expect(bench.emulator.ui.toasts).toHaveLength(0);
    expect(bench.menu("askYear", [{ button: "OK", text: "2026-2027" }])).toEqual({ ok: true, result: "2026-2027" });
    expect(bench.state().toast).toMatchObject({ message: "2026-2027" });
    expect(bench.menu("askYear", [{ button: "CANCEL" }])).toEqual({ ok: true, result: "отменено" });
  });

  it("edits a cell as a person: validation applies and its refusal reads in Russian", () => {
    const bench = createWorkbench({ distDir: DIST, now, demo: false });
    bench.run("setupWorkbook");
    const sheet = bench.emulator.spreadsheet.getSheetByName("Встречи")!;
    const App = bench.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    sheet
      .getRange("D2")
      .setDataValidation(
        App.newDataValidation()
          .requireNumberBetween(1, 10)
          .setAllowInvalid(false)
          .setHelpText("Оценка от 1 до 10")
          .build(),
      );
    const refused = bench.edit("Встречи", "D2", "11");
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/^Введённое значение .* Оценка от 1 до 10$/) });
    expect(sheet.getRange("D2").getValue()).toBe("");
    expect(bench.edit("Встречи", "D2", "8")).toEqual({ ok: true, result: undefined });
    expect(sheet.getRange("D2").getValue()).toBe(8);
  });
});
