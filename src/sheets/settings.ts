/** «Настройки» read into typed settings with one getValues; labels are matched loosely (domain/workbook/settings.ts). */
import { SHEETS } from "../domain/workbook/sheets";
import { parseSettings, type SettingProblem, type Settings } from "../domain/workbook/settings";
import type { Zone } from "../domain/workbook/zone";
import { readTable, zoneOf } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { Settings };

export function readSettingsWithProblems(
  ss: Spreadsheet,
  zone: Zone = zoneOf(ss),
): { settings: Settings; problems: SettingProblem[] } {
  const sheet = ss.getSheetByName(SHEETS.settings.name);
  if (!sheet) return parseSettings([]);
  const table = readTable(sheet, SHEETS.settings, { zone });
  return parseSettings(table.rows.map((r) => ({ label: String(r.cells.key ?? ""), value: r.cells.value ?? "" })));
}

export function readSettings(ss: Spreadsheet, zone?: Zone): Settings {
  return readSettingsWithProblems(ss, zone).settings;
}
