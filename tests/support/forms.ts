/**
 * Test and bench helpers for the questionnaires: a workbook with seeded registers and the seven forms made
 * by the real bundle, and plain accessors. Item titles come from the definitions (the form's own titles).
 */
import { createZone } from "../../src/domain/workbook/zone";
import type { Emulator } from "../../emulator/index";
import type { LoadedBundle } from "../../emulator/bundleRunner";
import { QUESTIONNAIRE_ORDER, item, type FormKey } from "../../src/domain/questionnaires";

/** The emulated spreadsheet's zone. */
const SHEET_ZONE = createZone("Europe/Moscow");

export type Row = Record<string, string | number | boolean | Date>;

export const title = (form: FormKey, key: string): string => item(form, key).title;

export interface Seed {
  mentors: Array<{ id: string; name: string; category: string; age: number }>;
  mentees: Array<{ id: string; name: string; category: string; grade: string; age: number }>;
  pairs: Array<{ pairId: string; mentorId: string; menteeId: string; mentorName: string; menteeName: string }>;
}

const pad = (n: number) => String(n).padStart(4, "0");

/** Registers of a school with `mentors` mentors, `mentees` mentees and `pairs` active pairs, all with consent. */
export function seedBases(emu: Emulator, mentors: number, mentees: number, pairs: number): Seed {
  const seed: Seed = { mentors: [], mentees: [], pairs: [] };
  for (let i = 1; i <= mentors; i++)
    seed.mentors.push({ id: `НТ-${pad(i)}`, name: `Наставникова Анна ${i}`, category: "педагог", age: 30 + (i % 30) });
  for (let i = 1; i <= mentees; i++)
    seed.mentees.push({
      id: `НЯ-${pad(i)}`,
      name: `Ученикова Вера ${i}`,
      category: "обучающийся",
      grade: `${5 + (i % 6)}А`,
      age: 11 + (i % 6),
    });
  for (let i = 1; i <= pairs; i++) {
    const m = seed.mentors[(i - 1) % mentors];
    const e = seed.mentees[(i - 1) % mentees];
    seed.pairs.push({ pairId: `П-${pad(i)}`, mentorId: m.id, menteeId: e.id, mentorName: m.name, menteeName: e.name });
  }
  const ss = emu.spreadsheet;
  emu.calls.reset();
  const write = (sheetName: string, rows: unknown[][]) => {
    if (rows.length === 0) return;
    const sheet = ss.getSheetByName(sheetName) as GoogleAppsScript.Spreadsheet.Sheet;
    if (sheet.getMaxRows() < rows.length + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows.length, rows[0].length).setValues(rows);
  };
  // Column order of a fresh workbook (sheets.ts): ID, ФИО, Категория, Класс, Возраст, Стаж, Предмет, …
  write(
    "Наставники",
    seed.mentors.map((m) => [
      m.id,
      m.name,
      m.category,
      "",
      m.age,
      10,
      "математика",
      "методика",
      "учитель – учитель",
      2,
      true,
      true,
      "",
      "",
      "активен",
      SHEET_ZONE.midnight("2026-09-01"),
      "вручную",
    ]),
  );
  write(
    "Наставляемые",
    seed.mentees.map((e) => [
      e.id,
      e.name,
      e.category,
      e.grade,
      e.age,
      "",
      "",
      "математика",
      "",
      "ученик – ученик",
      true,
      "активен",
      SHEET_ZONE.midnight("2026-09-01"),
      "",
      "",
      "вручную",
    ]),
  );
  write(
    "Пары",
    seed.pairs.map((p) => [
      p.pairId,
      p.mentorId,
      p.mentorName,
      p.menteeId,
      p.menteeName,
      "ученик – ученик",
      "",
      80,
      "",
      "активна",
      false,
      new Date(2026, 8, 5),
      "",
      "",
    ]),
  );
  emu.calls.reset();
  return seed;
}

/** «Создать листы книги», then «Создать анкеты» step by step, as the sidebar does. */
export function createForms(bundle: LoadedBundle): Array<{ key: FormKey; url: string }> {
  const out: Array<{ key: FormKey; url: string }> = [];
  for (let index = 0; index < QUESTIONNAIRE_ORDER.length; index++) {
    const step = bundle.run("createFormsStep", { index }) as { key: FormKey; url: string };
    out.push({ key: step.key, url: step.url });
  }
  return out;
}

export function formIds(bundle: LoadedBundle): Record<FormKey, string> {
  const overview = bundle.run("formsOverview", {}) as { forms: Array<{ key: FormKey; url: string | null }> };
  const ids = {} as Record<FormKey, string>;
  for (const f of overview.forms) ids[f.key] = /\/forms\/d\/(?:e\/)?([^/]+)/.exec(f.url ?? "")?.[1] ?? "";
  return ids;
}

/** A sheet's data rows as records keyed by header text. */
export function sheetRows(emu: Emulator, name: string): Row[] {
  const sheet = emu.spreadsheet.getSheetByName(name);
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const [header, ...rows] = values;
  return rows
    .filter((r) => r.some((v) => v !== "" && v !== null))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i] as Row[string]])));
}

/** A date cell's day in the emulated spreadsheet's zone (Europe/Moscow), whatever the host's. */
export const day = (d: unknown): string => (d instanceof Date ? SHEET_ZONE.dateOf(d) : String(d));
