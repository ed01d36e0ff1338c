/**
 * The indicators of the report year from a workbook, by the contract's one computation (compute.ts): the
 * sheets read once each by their readers, the contingent keyed by its named ranges where the workbook has
 * them. Serves the live spreadsheet and a folder of CSV exports (cli/sheetDir.ts) alike.
 */
import { computeIndicators, type IndicatorResult } from "../domain/indicators/compute";
import { contingentOf, indicatorInputOf, type WorkbookRows } from "../domain/indicators/input";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import type { IsoDate } from "../domain/common/dates";
import type { Zone } from "../domain/workbook/zone";
import { readTable, zoneOf } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheets the indicators read. */
export const INDICATOR_SHEETS: readonly SheetKey[] = [
  "settings",
  "refs",
  "mentors",
  "mentees",
  "pairs",
  "surveys",
  "contingent",
  "indicators",
];

export function readWorkbookRows(ss: Spreadsheet, keys: readonly SheetKey[], zone: Zone = zoneOf(ss)): WorkbookRows {
  const out: WorkbookRows = {};
  for (const key of keys) {
    const sheet = ss.getSheetByName(SHEETS[key].name);
    if (sheet) out[key] = readTable(sheet, SHEETS[key], { zone });
  }
  return out;
}

export function readIndicatorFigures(
  ss: Spreadsheet,
  today?: IsoDate,
  zone: Zone = zoneOf(ss),
): IndicatorResult & { inputWarnings: string[] } {
  const data = readWorkbookRows(ss, INDICATOR_SHEETS, zone);
  const { input, warnings } = indicatorInputOf(data, today ?? zone.today(), {
    contingent: contingentOf(data.contingent),
  });
  const result = computeIndicators(input);
  return { ...result, warnings: [...warnings, ...result.warnings], inputWarnings: warnings };
}
