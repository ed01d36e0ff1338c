/**
 * Puts the demo school into an emulated workbook: the real bundle creates the sheets (as a curator's
 * first click would), then the generated rows are written through the sheets layer, one block per sheet.
 */
import { refreshSatisfactionWave } from "../../src/sheets/liveColumns";
import type { Emulator } from "../index";
import type { LoadedBundle } from "../bundleRunner";
import { generateDemoSchool, type DemoSize } from "./generate";
import type { ContingentRow as DemoContingentRow } from "./contingent";
import type { IndicatorRow } from "./indicators";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { SETTINGS } from "../../src/domain/workbook/defaults";
import { readTable, writeTable, zoneOf } from "../../src/sheets/table";
import { importContingent } from "../../src/sheets/contingentSheet";
import { importIndicators } from "../../src/sheets/indicatorsSheet";
import type { ImportedIndicator } from "../../src/domain/indicators/parse";
import { isoDay } from "./calendar";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The demo contingent as a pasted table would come: header, then marker rows above each group. */
export function contingentTable(rows: readonly DemoContingentRow[]): unknown[][] {
  const table: unknown[][] = [["Код", "Показатель", "Факт", "Прогноз"]];
  const lastGroup = new Map<string, string | undefined>();
  for (const r of rows) {
    const parent = r.code.includes(".") ? r.code.slice(0, r.code.lastIndexOf(".")) : "";
    if (r.group && lastGroup.get(parent) !== r.group) table.push(["", `${r.group}:`, "", ""]);
    lastGroup.set(parent, r.group);
    table.push([r.code, r.name, r.fact, r.forecast]);
  }
  return table;
}

export function demoIndicators(rows: readonly IndicatorRow[]): ImportedIndicator[] {
  return rows.map((r, i) => ({ number: String(i + 1), name: r.name, code: r.code, unit: r.unit, targets: r.targets }));
}

export function loadDemoSchool(
  emu: Emulator,
  bundle: LoadedBundle,
  options: { seed?: number; size?: DemoSize } = {},
): void {
  bundle.run("setupWorkbook", {});
  const school = generateDemoSchool({ seed: options.seed ?? 2026, size: options.size });
  const ss = emu.spreadsheet as unknown as Spreadsheet;

  const settingsTable = readTable(ss.getSheetByName(SHEETS.settings.name)!, SHEETS.settings, { zone: zoneOf(ss) });
  const labelToRow = new Map(settingsTable.rows.map((r) => [String(r.cells.key), r.rowNumber]));
  writeTable(
    settingsTable,
    SETTINGS.filter((s) => school.settings[s.key] !== undefined && labelToRow.has(s.label)).map((s) => ({
      rowNumber: labelToRow.get(s.label)!,
      cells: { value: school.settings[s.key] },
    })),
  );

  const bases: Array<[SheetKey, Record<string, unknown>[]]> = [
    ["roadmap", school.roadmap],
    ["mentors", school.mentors],
    ["mentees", school.mentees],
    ["preferences", school.preferences],
    ["pairs", school.pairs],
    ["meetings", school.meetings],
    ["surveys", school.surveys],
  ];
  // The demo's calendar days go to the sheets layer as IsoDate, which the codec writes as midnights of the
  // spreadsheet's zone, whatever the machine's.
  const asDays = (cells: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v instanceof Date ? isoDay(v) : v]));
  for (const [key, rows] of bases) {
    const sheet = ss.getSheetByName(SHEETS[key].name);
    if (!sheet || !rows.length) continue;
    writeTable(
      readTable(sheet, SHEETS[key], { zone: zoneOf(ss) }),
      rows.map((cells) => ({ cells: asDays(cells) })),
    );
  }
  // «Контингент» and «Показатели» through the add-on's own importers, as a curator's paste would go.
  importContingent(ss, ss.getSheetByName(SHEETS.contingent.name)!, {
    kind: "table",
    rows: contingentTable(school.contingent),
  });
  importIndicators(ss, ss.getSheetByName(SHEETS.indicators.name)!, demoIndicators(school.indicators));
  // What «Проверить книгу» keeps up to date: the satisfaction wave the formulas read.
  refreshSatisfactionWave(ss);
  emu.calls.reset();
}
