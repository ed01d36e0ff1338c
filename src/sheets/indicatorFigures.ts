/**
 * The indicators of the report year from a workbook, by the contract's one computation (compute.ts): the
 * sheets read once each by the workbook's one reader (workbookRows.ts), the contingent keyed by its named ranges where the workbook has
 * them. Serves the live spreadsheet and a folder of CSV exports (cli/sheetDir.ts) alike.
 */
import { computeIndicators, type IndicatorResult } from "../domain/indicators/compute";
import { contingentOf, indicatorInputOf } from "../domain/indicators/input";
import type { SheetKey } from "../domain/workbook/sheets";
import type { IsoDate } from "../domain/common/dates";
import type { Zone } from "../domain/workbook/zone";
import { zoneOf } from "./table";
import { readWorkbookRows } from "./workbookRows";

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
