/**
 * Puts the demo school into an emulated workbook: the real bundle creates the sheets (as a curator's
 * first click would), then the generated rows are written through the sheets layer, one block per sheet.
 */
import type { Emulator } from "../index";
import type { LoadedBundle } from "../bundleRunner";
import { generateDemoSchool } from "./generate";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { SETTINGS } from "../../src/domain/workbook/defaults";
import { readTable, writeTable } from "../../src/sheets/table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function loadDemoSchool(emu: Emulator, bundle: LoadedBundle, options: { seed?: number } = {}): void {
  bundle.run("setupWorkbook", {});
  const school = generateDemoSchool({ seed: options.seed ?? 2026 });
  const ss = emu.spreadsheet as unknown as Spreadsheet;

  const settingsTable = readTable(ss.getSheetByName(SHEETS.settings.name)!, SHEETS.settings);
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
    ["contingent", school.contingent as unknown as Record<string, unknown>[]],
  ];
  for (const [key, rows] of bases) {
    const sheet = ss.getSheetByName(SHEETS[key].name);
    if (!sheet || !rows.length) continue;
    writeTable(readTable(sheet, SHEETS[key]), rows.map((cells) => ({ cells })));
  }
  emu.calls.reset();
}
