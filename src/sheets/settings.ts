/** «Настройки» read into a keyed record with one getValues; labels are matched loosely. */
import { labelKey } from "../domain/common/normalise";
import { SETTINGS } from "../domain/workbook/defaults";
import { SHEETS } from "../domain/workbook/sheets";
import { readTable, type Cell } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type Settings = Record<string, Cell>;

export function readSettings(ss: Spreadsheet): Settings {
  const out: Settings = {};
  for (const s of SETTINGS) out[s.key] = s.default;
  const sheet = ss.getSheetByName(SHEETS.settings.name);
  if (!sheet) return out;
  const table = readTable(sheet, SHEETS.settings);
  const byLabel = new Map(SETTINGS.map((s) => [labelKey(s.label), s.key]));
  for (const row of table.rows) {
    const key = byLabel.get(labelKey(String(row.cells.key ?? "")));
    if (key && row.cells.value !== "") out[key] = row.cells.value;
  }
  return out;
}
