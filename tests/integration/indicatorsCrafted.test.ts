/**
 * The crafted school of the counting contract, put into a workbook through the add-on's own sheets layer:
 * the live formulas of «Показатели» (evaluated by the emulator's HyperFormula) and `cmn indicators` on a
 * CSV export give each indicator the numerator and denominator of the independent count
 * (tests/support/independentCount.ts, sharing no code with src/). The demo school is the other half of this
 * proof (indicatorsContract.test.ts); the report's side is tests/unit/report/counts.test.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freshBundle } from "../support/bundle";
import { cmn } from "../support/cli";
import { crafted, DAY, NAMES } from "../support/craftedSchool";
import { independentCount } from "../support/independentCount";
import type { Emulator } from "../../emulator/index";
import { CONTINGENT_TEMPLATE } from "../../src/domain/contingent/template";
import { SETTINGS } from "../../src/domain/workbook/defaults";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { importContingent } from "../../src/sheets/contingentSheet";
import { importIndicators } from "../../src/sheets/indicatorsSheet";
import { refreshSatisfactionWave } from "../../src/sheets/liveColumns";
import { readTable, writeTable, zoneOf } from "../../src/sheets/table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Counts = Record<string, { numerator: number | null; denominator: number | null }>;

const num = (v: unknown): number | null => (typeof v === "number" ? v : v === "" ? null : Number(v));

function loadCrafted(emu: Emulator): void {
  const ss = emu.spreadsheet as unknown as Spreadsheet;
  const zone = zoneOf(ss);
  const settings = readTable(ss.getSheetByName(SHEETS.settings.name)!, SHEETS.settings, { zone });
  const rowOf = new Map(settings.rows.map((r) => [String(r.cells.key), r.rowNumber]));
  const values: Record<string, unknown> = { organisation: "МБОУ «СОШ № 7»", reportDate: DAY };
  writeTable(
    settings,
    SETTINGS.filter((s) => s.key in values).map((s) => ({
      rowNumber: rowOf.get(s.label)!,
      cells: { value: values[s.key] },
    })),
  );
  const bases: Array<[SheetKey, readonly Record<string, unknown>[]]> = [
    ["mentors", crafted.mentors],
    ["mentees", crafted.mentees],
    ["pairs", crafted.pairs],
    ["surveys", crafted.surveys],
  ];
  for (const [key, rows] of bases)
    writeTable(
      readTable(ss.getSheetByName(SHEETS[key].name)!, SHEETS[key], { zone }),
      rows.map((cells) => ({ cells: { ...cells } })),
    );
  // The contingent as a pasted table with the template's wording, the crafted facts in «Факт».
  const contingent = crafted.contingent as Record<string, number>;
  const table: unknown[][] = [["Код", "Показатель", "Факт", "Прогноз"]];
  for (const row of CONTINGENT_TEMPLATE)
    if (row.key in contingent) table.push([row.code, row.name, contingent[row.key], contingent[row.key]]);
  importContingent(ss, ss.getSheetByName(SHEETS.contingent.name)!, { kind: "table", rows: table });
  importIndicators(
    ss,
    ss.getSheetByName(SHEETS.indicators.name)!,
    Object.entries(NAMES).map(([code, name], i) => ({
      number: String(i + 1),
      name,
      code,
      unit: "%",
      targets: { "2026": 10, "2027": 30 },
    })),
  );
  refreshSatisfactionWave(ss);
}

function sheetCounts(emu: Emulator): Counts {
  const [header, ...rows] = emu.spreadsheet.getSheetByName("Показатели")!.getDataRange().getValues();
  const col = (h: string) => header.indexOf(h);
  return Object.fromEntries(
    rows
      .filter((r) => r[col("Служебный код")])
      .map((r) => [
        String(r[col("Служебный код")]),
        { numerator: num(r[col("Числитель")]), denominator: num(r[col("Знаменатель")]) },
      ]),
  );
}

async function cliCounts(emu: Emulator): Promise<Counts> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cmn-crafted-"));
  try {
    for (const sheet of emu.spreadsheet.getSheets()) {
      const csv = sheet
        .getDataRange()
        .getDisplayValues()
        .map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(","))
        .join("\r\n");
      fs.writeFileSync(path.join(dir, `${sheet.getName()}.csv`), csv);
    }
    const out = await cmn("indicators", "--dir", dir);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as { indicators: Array<{ code: string } & Counts[string]> };
    return Object.fromEntries(
      json.indicators.map((i) => [i.code, { numerator: i.numerator, denominator: i.denominator }]),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("the crafted school in a workbook: one set of figures", () => {
  let emu: Emulator;
  const oracle = independentCount(crafted, DAY).indicators as Counts;
  beforeAll(() => {
    let bundle;
    ({ emu, bundle } = freshBundle({ now: () => new Date(`${DAY}T09:00:00Z`) }));
    bundle.run("setupWorkbook", {});
    loadCrafted(emu);
  });

  // «до 35 лет в первые три года» has no row in the contingent template: the sheet leaves its denominator
  // blank until the school adds one, while the oracle is given it. Its numerator is compared.
  const comparable = (counts: Counts): Counts =>
    Object.fromEntries(
      Object.entries(counts).map(([code, c]) => [
        code,
        { numerator: c.numerator, denominator: code === "young_teachers_35" ? null : c.denominator },
      ]),
    );

  it("the live formulas give every indicator the independent count's numerator and denominator", () => {
    expect(comparable(sheetCounts(emu))).toEqual(comparable(oracle));
    // Not trivial: people in the programme, answers in the year's wave, a person counted once.
    expect(oracle.mentees_10_18.numerator).toBeGreaterThan(0);
    expect(oracle.mentee_satisfaction.numerator).toBeGreaterThan(0);
  });

  it("`cmn indicators` on a CSV export gives the same counts", async () => {
    expect(comparable(await cliCounts(emu))).toEqual(comparable(sheetCounts(emu)));
  });
});
