/**
 * The script's runtime as Google documents it: a script runs in its own time zone (the manifest's
 * `timeZone`), whatever the machine's, so its Date reads and builds local time there; custom functions run
 * in the same script. Each assertion names the page it follows (see emulator/CONFORMANCE.md). These tests
 * hold under any TZ of the machine running them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createEmulator } from "../../../../emulator/index";
import { loadBundle } from "../../../../emulator/bundleRunner";

const REF = {
  manifest: "https://developers.google.com/apps-script/manifest#Manifest.FIELDS.timeZone",
  scriptTimeZone: "https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()",
  customFunctions: "https://developers.google.com/apps-script/guides/sheets/functions#data_types",
  getValues: "https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()",
} as const;

const NOW = new Date("2026-11-21T00:30:00+03:00"); // already the 21st in Moscow, still the 20th in UTC

const SCRIPT = `
function localParts(d) { return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]; }
function made() { return new Date(2026, 10, 21).toISOString(); }
function today() { return localParts(new Date()); }
function zoneOffset() { return new Date(2026, 0, 15).getTimezoneOffset(); }
function cellDay(a1) {
  var v = SpreadsheetApp.getActiveSheet().getRange(a1).getValue();
  return { isDate: v instanceof Date, parts: localParts(v) };
}
function shifted() { var d = new Date(2026, 2, 31); d.setMonth(d.getMonth() + 1); return localParts(d); }
function text() { return String(new Date(2026, 10, 21, 9, 5)); }
function intlZone() { return new Intl.DateTimeFormat().resolvedOptions().timeZone; }
`;

function scriptDir(timeZone: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cmn-runtime-"));
  fs.writeFileSync(path.join(dir, "Code.js"), SCRIPT);
  fs.writeFileSync(path.join(dir, "appsscript.json"), JSON.stringify({ timeZone, runtimeVersion: "V8" }));
  return dir;
}

describe(`the script runs in the manifest's time zone (${REF.manifest})`, () => {
  const emu = createEmulator({ now: () => NOW });
  const bundle = loadBundle(emu, scriptDir("Europe/Moscow"), () => NOW);

  it("local dates are built and read in Europe/Moscow, and new Date() is the emulator's clock", () => {
    expect(bundle.call("made")).toBe("2026-11-20T21:00:00.000Z");
    expect(bundle.call("today")).toEqual([2026, 11, 21, 0, 30]);
    expect(bundle.call("zoneOffset")).toBe(-180);
    expect(bundle.call("shifted")).toEqual([2026, 5, 1, 0, 0]);
    expect(bundle.call("text")).toBe("Sat Nov 21 2026 09:05:00 GMT+0300 (Moscow Standard Time)");
    // Intl's default zone is the script's too (what the add-on's scriptZone() reads).
    expect(bundle.call("intlZone")).toBe("Europe/Moscow");
  });

  it(`a date cell reaches the script as its own Date, the day it shows (${REF.getValues})`, () => {
    emu.spreadsheet.getActiveSheet().getRange("A1").setValue("21.11.2026");
    expect(bundle.call("cellDay", "A1")).toEqual({ isDate: true, parts: [2026, 11, 21, 0, 0] });
  });

  it(`Session.getScriptTimeZone gives the script's zone (${REF.scriptTimeZone})`, () => {
    const session = emu.globals.Session as GoogleAppsScript.Base.Session;
    expect(session.getScriptTimeZone()).toBe("Europe/Moscow");
  });

  it("a spreadsheet in another zone: the script sees its midnight in the script's own zone", () => {
    const far = createEmulator({ now: () => NOW });
    far.spreadsheet.setSpreadsheetTimeZone("Asia/Vladivostok");
    const run = loadBundle(far, scriptDir("Europe/Moscow"), () => NOW);
    far.spreadsheet.getActiveSheet().getRange("A1").setValue("21.11.2026");
    // Midnight in Vladivostok is 17:00 of the day before in Moscow: why the add-on converts dates with the
    // spreadsheet's zone and never with local-time Date methods.
    expect(run.call("cellDay", "A1")).toEqual({ isDate: true, parts: [2026, 11, 20, 17, 0] });
  });
});

describe(`custom functions run as the script (${REF.customFunctions})`, () => {
  it("CMN_AGE counts full years from date cells on the spreadsheet's calendar day", () => {
    const emu = createEmulator({ now: () => NOW });
    const sheet = emu.spreadsheet.getActiveSheet();
    sheet.getRange("A1").setValue("21.11.2012");
    // The birth date arrives as a Date, the reference date as text: on a machine west of Moscow a Date read
    // in the machine's zone would fall on the 20th and make the child a year older.
    sheet.getRange("D1:F1").setFormulas([['=CMN_AGE(A1, "20.11.2026")', '=CMN_AGE(A1, "21.11.2026")', "=CMN_AGE(A1)"]]);
    // F1 counts to today in the script's zone: 00:30 on the 21st in Moscow, still the 20th in UTC.
    expect(sheet.getRange("D1:F1").getValues()).toEqual([[13, 14, 14]]);
  });
});
