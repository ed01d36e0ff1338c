/**
 * An old workbook still opens: built the old way (no «Дата рождения», no «Волна», no «Учебный год», no
 * «Дата анкеты», no «Ключ персоны», typed ages), «Создать листы книги» through the built bundle adds the
 * columns at the end without touching a cell of the data, gives the old survey rows their wave and
 * programme year from their date in one write, and the indicators use the typed ages with a warning.
 */
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { computeIndicators } from "../../src/domain/indicators/compute";
import { indicatorInputOf, type WorkbookRows } from "../../src/domain/indicators/input";
import { rowsFromGrid } from "../../src/domain/workbook/rows";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { zoneOf } from "../../src/sheets/table";
import { freshBundle } from "../support/bundle";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const quietly = <T>(emu: Emulator, fn: () => T): T => (emu.calls as unknown as { quiet<R>(f: () => R): R }).quiet(fn);
const ss = (emu: Emulator) => emu.spreadsheet as unknown as Spreadsheet;

/** The sheets as an add-on of a year ago made them: fewer columns, ages typed. Values typed as text. */
const OLD: Partial<Record<SheetKey, string[][]>> = {
  settings: [
    ["Параметр", "Значение", "Пояснение"],
    ["Организация", "МБОУ «СОШ № 3»", ""],
    ["Учебный год", "2025-2026", ""],
    ["Период программы", "2024-2027", ""],
  ],
  mentors: [
    ["ID", "ФИО (или код)", "Категория", "Класс", "Возраст", "Стаж, лет", "Формы", "Согласие ПДн", "Статус"],
    ["НТ-0001", "Гусев Кирилл", "обучающийся", "10", "16", "", "ученик – ученик", "да", "активен"],
  ],
  mentees: [
    ["ID", "ФИО (или код)", "Категория", "Класс", "Возраст", "Согласие ПДн", "Статус", "Дата вхождения в программу"],
    ["НЯ-0001", "Орлов Павел", "обучающийся", "6", "12", "да", "активен", "15.09.2025"],
    ["НЯ-0002", "Лебедева Ирина", "обучающийся", "7", "13", "да", "активен", "15.09.2025"],
  ],
  pairs: [
    ["ID пары", "ID наставника", "ID наставляемого", "Форма", "Статус", "Дата начала", "Дата окончания"],
    ["П-0001", "НТ-0001", "НЯ-0001", "ученик – ученик", "активна", "20.09.2025", ""],
    ["П-0002", "НТ-0001", "НЯ-0002", "ученик – ученик", "активна", "20.09.2025", ""],
  ],
  surveys: [
    ["ID участника", "Роль", "Анкета", "Этап", "Дата", "Итог"],
    ["НЯ-0001", "наставляемый", "Удовлетворённость", "", "12.12.2025", "8"],
    // The curator's own formula: the rows given their wave around it must leave it a formula.
    ["НЯ-0002", "наставляемый", "Удовлетворённость", "", "20.05.2026", "=AVERAGE(5,7)"],
    ["НТ-0001", "наставник", "Удовлетворённость", "", "21.05.2026", "9"],
  ],
};

function oldWorkbook() {
  const { emu, bundle } = freshBundle({ now: () => new Date("2026-05-25T09:00:00Z") });
  quietly(emu, () => {
    for (const [key, rows] of Object.entries(OLD) as Array<[SheetKey, string[][]]>) {
      const sheet = ss(emu).insertSheet(SHEETS[key].name);
      sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    }
  });
  return { emu, bundle };
}

/** Counts the script's setValues per sheet name (the test's own reads are not counted). */
function countWrites(emu: Emulator, bundle: LoadedBundle): Map<string, number> {
  const writes = new Map<string, number>();
  const wrap = (obj: unknown): unknown => {
    if (obj === null || typeof obj !== "object" || Array.isArray(obj) || obj instanceof Date) return obj;
    return new Proxy(obj as object, {
      get(target, prop) {
        const value = Reflect.get(target, prop) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => {
          if (prop === "setValues") {
            const name = quietly(emu, () => (target as GoogleAppsScript.Spreadsheet.Range).getSheet().getName());
            writes.set(name, (writes.get(name) ?? 0) + 1);
          }
          return wrap((value as (...a: unknown[]) => unknown).apply(target, args));
        };
      },
    });
  };
  const context = bundle.context as unknown as Record<string, unknown>;
  context.SpreadsheetApp = wrap(context.SpreadsheetApp);
  return writes;
}

function grid(emu: Emulator, key: SheetKey): unknown[][] {
  return quietly(emu, () => ss(emu).getSheetByName(SHEETS[key].name)!.getDataRange().getValues());
}

describe("an old workbook", () => {
  it("gets the new columns at the end, and not one cell of its data changes", () => {
    const { emu, bundle } = oldWorkbook();
    const before = Object.fromEntries(Object.keys(OLD).map((k) => [k, grid(emu, k as SheetKey)]));
    const writes = countWrites(emu, bundle);
    const result = bundle.run("setupWorkbook", {}) as {
      completed: Array<{ sheet: string; columns: string[] }>;
      surveyWaves: number;
    };
    const added = new Map(result.completed.map((c) => [c.sheet, c.columns]));
    expect(added.get("Наставники")).toEqual(
      expect.arrayContaining(["Дата рождения", "Дата анкеты", "Дата завершения", "Ключ персоны"]),
    );
    expect(added.get("Опросы")).toEqual(expect.arrayContaining(["Волна", "Учебный год", "Хочет продолжить"]));
    expect(added.get("Пары")).toEqual(expect.arrayContaining(["Архив"]));
    for (const key of ["mentors", "mentees", "pairs"] as SheetKey[]) {
      const after = grid(emu, key);
      const old = before[key];
      // The old block, cell for cell (dates compared as instants).
      const at = (v: unknown) => (v instanceof Date ? v.getTime() : v);
      expect(after.slice(0, old.length).map((r) => r.slice(0, old[0].length).map(at))).toEqual(
        old.map((r) => r.map(at)),
      );
      expect(after[0].slice(old[0].length).length).toBeGreaterThan(0);
    }

    // The survey rows got their wave and programme year from their dates (the other cells as they were).
    expect(result.surveyWaves).toBe(3);
    // «Опросы» is written twice: its completed header, then the waves and years of every row at once.
    expect(writes.get("Опросы")).toBe(2);
    const surveys = quietly(emu, () => rowsFromGrid(SHEETS.surveys, grid(emu, "surveys"), zoneOf(ss(emu))).rows);
    expect(surveys.map((r) => [r.cells.participantId, r.cells.date, r.cells.wave, r.cells.academicYear])).toEqual([
      ["НЯ-0001", "2025-12-12", "декабрь 2025", "2025-2026"],
      ["НЯ-0002", "2026-05-20", "май 2026", "2025-2026"],
      ["НТ-0001", "2026-05-21", "май 2026", "2025-2026"],
    ]);

    const formulas = quietly(emu, () => ss(emu).getSheetByName("Опросы")!.getRange("F3").getFormula());
    expect([formulas, surveys[1].cells.total]).toEqual(["=AVERAGE(5,7)", 6]);

    // Run again: nothing left to fill, nothing written to «Опросы».
    const again = bundle.run("setupWorkbook", {}) as { surveyWaves: number };
    expect(again.surveyWaves).toBe(0);
  });

  it("is counted with its typed ages, and the computation says they go stale", () => {
    const { emu, bundle } = oldWorkbook();
    bundle.run("setupWorkbook", {});
    const zone = quietly(emu, () => zoneOf(ss(emu)));
    const rows: WorkbookRows = {};
    for (const key of ["settings", "refs", "mentors", "mentees", "pairs", "surveys"] as SheetKey[])
      rows[key] = rowsFromGrid(SHEETS[key], grid(emu, key), zone);
    const { input } = indicatorInputOf(rows, "2026-05-25");
    const result = computeIndicators({ ...input, contingent: new Map([["pupils_10_18", 20]]) });
    const mentees = result.indicators.find((i) => i.code === "mentees_10_18")!;
    expect([mentees.numerator, mentees.denominator]).toEqual([2, 20]);
    expect(result.warnings.join("\n")).toMatch(/нет даты рождения: взят введённый возраст/);
  });
});
