/** «Построить отчёт»: the report for the report date in «Настройки», rebuilt whole. */
import { readReportInput, writeReport } from "../../sheets/reportSheet";
import { runChecks } from "../check/index";
import { endpoint, NoInput } from "../endpoint";
import { withDocumentLock } from "../../sheets/lock";
import { UI_TEXT } from "../messages";
import { isMunicipalWorkbook, rebuildSummary } from "./municipal";

export function buildReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  rows: number;
  indicators: number;
  message: string;
} {
  // The same menu item in the municipality's workbook builds the district's report.
  if (isMunicipalWorkbook(ss)) return { rows: 0, indicators: 0, ...rebuildSummary(ss, new Date(), true) };
  // Checks first: their problems are the report's last section.
  const { problems } = runChecks(ss);
  const input = readReportInput(ss, new Date(), problems);
  return withDocumentLock(() => {
    const written = writeReport(ss, input);
    ss.getSheetByName("Отчёт")?.activate();
    return { ...written, message: UI_TEXT.reportDone(input.today.split("-").reverse().join(".")) };
  });
}

export const REPORT_ENDPOINTS = {
  buildReport: endpoint("buildReport", NoInput, () => buildReport(SpreadsheetApp.getActiveSpreadsheet())),
};
