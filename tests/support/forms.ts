/**
 * Test and bench helpers for the questionnaires: a workbook with seeded registers and the seven forms made
 * by the real bundle, and plain accessors. Item titles come from the definitions (the form's own titles).
 */
import { createZone } from "../../src/domain/workbook/zone";
import { SHEETS } from "../../src/domain/workbook/sheets";
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
  /** Rows keyed by column key, laid out by the sheet's own header (the workbook's column order may change). */
  const write = (key: "mentors" | "mentees" | "pairs", rows: Array<Record<string, unknown>>) => {
    if (rows.length === 0) return;
    const spec = SHEETS[key];
    const sheet = ss.getSheetByName(spec.name) as GoogleAppsScript.Spreadsheet.Sheet;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const at = (k: string) => header.indexOf(spec.columns.find((c) => c.key === k)!.header);
    if (sheet.getMaxRows() < rows.length + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    const block = rows.map((r) => {
      const out: unknown[] = header.map(() => "");
      for (const [k, v] of Object.entries(r)) out[at(k)] = v;
      return out;
    });
    sheet.getRange(2, 1, block.length, header.length).setValues(block);
  };
  write(
    "mentors",
    seed.mentors.map((m) => ({
      id: m.id,
      name: m.name,
      category: m.category,
      age: m.age,
      experience: 10,
      subject: "математика",
      competencies: "методика",
      forms: "учитель – учитель",
      capacity: 2,
      trained: true,
      consent: true,
      status: "активен",
      joined: SHEET_ZONE.midnight("2026-09-01"),
      source: "вручную",
    })),
  );
  write(
    "mentees",
    seed.mentees.map((e) => ({
      id: e.id,
      name: e.name,
      category: e.category,
      grade: e.grade,
      age: e.age,
      requests: "математика",
      form: "ученик – ученик",
      consent: true,
      status: "активен",
      joined: SHEET_ZONE.midnight("2026-09-01"),
      source: "вручную",
    })),
  );
  write(
    "pairs",
    seed.pairs.map((p) => ({
      pairId: p.pairId,
      mentorId: p.mentorId,
      mentorName: p.mentorName,
      menteeId: p.menteeId,
      menteeName: p.menteeName,
      form: "ученик – ученик",
      score: 80,
      status: "активна",
      locked: false,
      start: SHEET_ZONE.midnight("2026-09-05"),
    })),
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
