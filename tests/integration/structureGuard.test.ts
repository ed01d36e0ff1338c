/**
 * Damaged headers through the built bundle: a deleted header row, a renamed or deleted column. An answer
 * that cannot be written whole goes whole to «Журнал ошибок» (never «accepted» with its data nowhere);
 * matching stops instead of ignoring the pairs it cannot read; «Проверить книгу» names the sheet and the
 * column and puts the header back without touching a data cell; a renamed log keeps its pending entries.
 */
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { isRowFormula } from "../../src/domain/indicators/rowFormulas";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { sheetRows, title } from "../../fixtures/forms";
import { formsWorld } from "../support/formsWorld";

const NOW = new Date("2026-10-12T12:00:00+03:00");
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface CheckResult {
  problems: Array<{ severity: string; sheet: string; row?: number; message: string }>;
  restore: Array<{ sheet: string; kind: string; columns: string[] }>;
}
interface Overview {
  logPending: number;
  latest: Array<{ reason: string; pending: boolean }>;
  forms: Array<{ key: string; accepted: number; pending: number }>;
}

const world = formsWorld(NOW, 4);

const sheetOf = (emu: Emulator, key: SheetKey): Sheet => emu.spreadsheet.getSheetByName(SHEETS[key].name)!;
const headerOf = (sheet: Sheet): string[] =>
  sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]
    .map((v) => String(v));
const columnOf = (sheet: Sheet, header: string): number => headerOf(sheet).indexOf(header) + 1;
const grid = (sheet: Sheet): unknown[][] => sheet.getDataRange().getValues();

const t = (k: string) => title("mentee", k);
const ADULT_MENTEE = {
  [t("name")]: "Родителева Нина",
  [t("category")]: "родитель",
  [t("birthDate")]: "1986-01-20",
  [t("requests")]: ["общение"],
  [t("adult")]: "Да",
  [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
};

const overview = (bundle: LoadedBundle) => bundle.run("formsOverview", {}) as Overview;
const mentee = (o: Overview) => o.forms.find((f) => f.key === "mentee")!;

describe("an answer whose register lost a column goes whole to «Журнал ошибок»", () => {
  const damages: Array<[string, (s: Sheet) => void, RegExp]> = [
    ["the header row deleted", (s) => s.deleteRow(1), /«Наставляемые».*строк[аи] заголовков/],
    [
      "«ФИО (или код)» renamed",
      (s) => s.getRange(1, columnOf(s, "ФИО (или код)")).setValue("Имя"),
      /«Наставляемые».*«ФИО \(или код\)»/,
    ],
    ["«Согласие ПДн» deleted", (s) => s.deleteColumn(columnOf(s, "Согласие ПДн")), /«Наставляемые».*«Согласие ПДн»/],
  ];
  it.each(damages)("%s: logged, not accepted, the register untouched", (_what, damage, reason) => {
    const { emu, bundle, ids } = world();
    const sheet = sheetOf(emu, "mentees");
    damage(sheet);
    const before = grid(sheet);
    emu.forms.submit(ids.mentee, ADULT_MENTEE, { timestamp: NOW });

    expect(grid(sheet)).toEqual(before);
    const o = overview(bundle);
    expect(mentee(o).accepted).toBe(0);
    expect(o.logPending).toBe(1);
    expect(o.latest[0].reason).toMatch(reason);
    const logged = JSON.parse(String(sheetRows(emu, "Журнал ошибок")[0]["Исходные данные"]));
    expect(logged.answers[t("name")]).toEqual(["Родителева Нина"]);
  });

  it("after the column is put back, «Повторить обработку» accepts the answer", () => {
    const { emu, bundle, ids } = world();
    const sheet = sheetOf(emu, "mentees");
    sheet.deleteColumn(columnOf(sheet, "Согласие ПДн"));
    emu.forms.submit(ids.mentee, ADULT_MENTEE, { timestamp: NOW });
    expect(bundle.run("retryFormAnswers", {})).toMatchObject({ processed: 0, still: 1 });

    bundle.run("restoreStructure", {});
    expect(bundle.run("retryFormAnswers", {})).toMatchObject({ processed: 1, still: 0 });
    const row = sheetRows(emu, "Наставляемые").find((r) => r["ФИО (или код)"] === "Родителева Нина")!;
    expect(row["Согласие ПДн"]).toBe(true);
  });
});

describe("«Проверить книгу» names a damaged header and puts it back without touching data", () => {
  it("a deleted column: the message says how to restore it; the restore adds it with its validation", () => {
    const { emu, bundle } = world();
    // The live columns in place first, as in a workbook the add-on has checked (the check fills them).
    bundle.run("checkWorkbook", {});
    const sheet = sheetOf(emu, "mentees");
    sheet.deleteColumn(columnOf(sheet, "Согласие ПДн"));
    const before = grid(sheet);

    const check = bundle.run("checkWorkbook", {}) as CheckResult;
    const problem = check.problems.find((p) => p.sheet === "Наставляемые" && /Согласие ПДн/.test(p.message))!;
    expect(problem.severity).toBe("error");
    expect(problem.message).not.toMatch(/не пострадают/);
    expect(problem.message).toMatch(/Восстановить/);
    expect(check.restore).toEqual([{ sheet: "Наставляемые", kind: "columns", columns: ["Согласие ПДн"] }]);

    bundle.run("restoreStructure", {});
    const after = grid(sheet);
    const consent = columnOf(sheet, "Согласие ПДн");
    expect(consent).toBe(before[0].length + 1);
    // Every data cell where it was; the new column empty below its header.
    expect(after.map((r) => r.slice(0, before[0].length))).toEqual(before);
    expect(after.slice(1).map((r) => r[consent - 1])).toEqual(before.slice(1).map(() => ""));
    expect(sheet.getRange(2, consent).getDataValidation()?.getCriteriaType()).toBe("CHECKBOX");
    const again = bundle.run("checkWorkbook", {}) as CheckResult;
    expect(again.restore).toEqual([]);
    expect(again.problems.filter((p) => p.sheet === "Наставляемые" && p.row === 1)).toEqual([]);
  });

  it("a deleted live formula column: the restore puts its header back and the check refills its formulas", () => {
    const { emu, bundle } = world();
    bundle.run("checkWorkbook", {});
    const sheet = sheetOf(emu, "mentees");
    const header = "Пар в году отчёта";
    const formulasOf = (c: number) =>
      sheet
        .getRange(2, c, sheet.getLastRow() - 1, 1)
        .getFormulas()
        .map((r) => r[0]);
    const valuesOf = (c: number) =>
      sheet
        .getRange(2, c, sheet.getLastRow() - 1, 1)
        .getValues()
        .map((r) => r[0]);
    const counted = valuesOf(columnOf(sheet, header));
    expect(formulasOf(columnOf(sheet, header)).every((f) => isRowFormula("menteePairs", f))).toBe(true);
    sheet.deleteColumn(columnOf(sheet, header));

    const check = bundle.run("checkWorkbook", {}) as CheckResult;
    expect(check.restore).toEqual([{ sheet: "Наставляемые", kind: "columns", columns: [header] }]);
    bundle.run("restoreStructure", {});
    expect(columnOf(sheet, header)).toBeGreaterThan(0);

    const again = bundle.run("checkWorkbook", {}) as CheckResult;
    expect(again.restore).toEqual([]);
    const c = columnOf(sheet, header);
    expect(formulasOf(c).every((f) => isRowFormula("menteePairs", f))).toBe(true);
    // The same counts as before the column was lost.
    expect(valuesOf(c)).toEqual(counted);
  });

  it("a renamed column: the message names the unknown header the curator may rename back", () => {
    const { emu, bundle } = world();
    const sheet = sheetOf(emu, "mentees");
    sheet.getRange(1, columnOf(sheet, "ФИО (или код)")).setValue("Имя");
    const check = bundle.run("checkWorkbook", {}) as CheckResult;
    const problem = check.problems.find((p) => p.sheet === "Наставляемые" && /ФИО \(или код\)/.test(p.message))!;
    expect(problem.message).toMatch(/«Имя»/);
  });

  it("a deleted header row: the restore inserts a header above the data, every data row kept", () => {
    const { emu, bundle } = world();
    const sheet = sheetOf(emu, "mentees");
    const header = headerOf(sheet);
    sheet.deleteRow(1);
    const before = grid(sheet);
    const check = bundle.run("checkWorkbook", {}) as CheckResult;
    expect(check.problems.find((p) => p.sheet === "Наставляемые")!.message).toMatch(/строк[аи] заголовков/);
    expect(check.restore).toEqual([{ sheet: "Наставляемые", kind: "headerRow", columns: [] }]);

    bundle.run("restoreStructure", {});
    expect(headerOf(sheet)).toEqual(header);
    const width = before[0].length;
    expect(
      grid(sheet)
        .slice(1)
        .map((r) => r.slice(0, width)),
    ).toEqual(before);
    expect(
      grid(sheet)
        .slice(1)
        .flatMap((r) => r.slice(width)),
    ).toEqual(before.flatMap(() => [""]));
  });
});

describe("matching stops on a «Пары» it cannot read", () => {
  it("without «Статус» it refuses with the sheet and column, and writes nothing", () => {
    const { emu, bundle } = world();
    const pairs = sheetOf(emu, "pairs");
    pairs.deleteColumn(columnOf(pairs, "Статус"));
    const before = grid(pairs);
    expect(() => bundle.run("runMatching", {})).toThrow(/«Пары».*«Статус»/);
    expect(grid(pairs)).toEqual(before);
  });
});

describe("what the curator typed in an ID column", () => {
  it("an ID on two rows: the answer of that person waits in the log, naming both rows; neither is overwritten", () => {
    const { emu, bundle, ids } = world();
    emu.forms.submit(ids.mentee, ADULT_MENTEE, { timestamp: NOW });
    const sheet = sheetOf(emu, "mentees");
    const rows = grid(sheet);
    const idCol = columnOf(sheet, "ID");
    const nameCol = columnOf(sheet, "ФИО (или код)");
    const nina = rows.findIndex((r) => r[nameCol - 1] === "Родителева Нина") + 1;
    const other = nina === 2 ? 3 : 2;
    // The same code pasted over another pupil's.
    sheet.getRange(other, idCol).setValue(rows[nina - 1][idCol - 1]);
    const before = grid(sheet);

    // The same person answers again (same name and birth date): found, but on two rows.
    emu.forms.submit(ids.mentee, ADULT_MENTEE, { timestamp: NOW });
    expect(grid(sheet)).toEqual(before);
    const o = overview(bundle);
    expect(o.logPending).toBe(1);
    expect(o.latest[0].reason).toMatch(
      new RegExp(`«Наставляемые».*несколько строк \\(${Math.min(nina, other)}, ${Math.max(nina, other)}\\)`),
    );
  });

  it("«Проверить книгу» gives an ID to a row without one and keeps a formula in the column", () => {
    const { emu, bundle } = world();
    const sheet = sheetOf(emu, "mentees");
    const idCol = columnOf(sheet, "ID");
    sheet.getRange(2, idCol).setFormula('=UPPER("ня-0900")');
    sheet.getRange(3, idCol).setValue("");
    bundle.run("checkWorkbook", {});
    expect(sheet.getRange(2, idCol).getFormula()).toBe('=UPPER("ня-0900")');
    expect(String(sheet.getRange(3, idCol).getValue())).toMatch(/^НЯ-\d{4}$/);
  });
});
