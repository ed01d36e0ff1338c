/**
 * The school's computed figures for its snapshot: the monitoring report's model of the workbook on the
 * report date (reportSheet.ts, domain/report), whose indicators are computeIndicators' numerators and
 * denominators by the counting contract, whatever «Показатели» shows. So the snapshot, the report and the
 * sidebar give the same counts, and a fact typed by hand has none (the school's own indicator).
 */
import { schoolFigures, type SchoolFigures } from "../domain/snapshot/index";
import { readReportModel, type ReportReadOptions } from "./reportSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Everything the snapshot takes, for the report date in «Настройки» (or `now`). */
export function readSchoolFigures(ss: Spreadsheet, now: Date, options: ReportReadOptions = {}): SchoolFigures {
  return schoolFigures(readReportModel(ss, now, options));
}
