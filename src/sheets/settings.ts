/** «Настройки» read into typed settings with one getValues; labels are matched loosely (domain/workbook/settings.ts). */
import { SHEETS } from "../domain/workbook/sheets";
import { textForCell } from "../domain/workbook/codec";
import {
  parseSettings,
  settingKeyOf,
  type SettingKey,
  type SettingProblem,
  type Settings,
} from "../domain/workbook/settings";
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

/**
 * Write settings by key into «Настройки» (which must exist): only the value cells of those rows, one
 * setValue each (a handful, whatever the sheet's size), so nothing else — a formula the curator put in
 * another value cell, their own rows — is touched. Values are the curator's text, kept as text.
 */
export function writeSettings(ss: Spreadsheet, values: Partial<Record<SettingKey, string>>): void {
  const sheet = ss.getSheetByName(SHEETS.settings.name);
  if (!sheet) return;
  const table = readTable(sheet, SHEETS.settings, { zone: zoneOf(ss) });
  const valueColumn = table.columns.value;
  if (valueColumn === undefined) return;
  for (const row of table.rows) {
    const key = settingKeyOf(String(row.cells.key ?? ""));
    const next = key === undefined ? undefined : values[key];
    if (next !== undefined && next !== String(row.cells.value ?? ""))
      sheet.getRange(row.rowNumber, valueColumn + 1).setValue(textForCell(next));
  }
}
