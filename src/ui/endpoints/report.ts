/** «Построить отчёт»: the report for the report date in «Настройки», rebuilt whole. */
import { formatDateRu } from "../../domain/common/dates";
import { readReportModel, writeReport } from "../../sheets/reportSheet";
import { runChecks } from "../check/index";
import { endpoint, NoInput } from "../endpoint";
import { withDocumentLock } from "../../sheets/lock";
import { UI_TEXT } from "../messages";
import { refreshContext } from "../roadmapRefresh";
import { isMunicipalWorkbook, rebuildSummary } from "./municipal";

export interface ReportBuiltDto {
  rows: number;
  indicators: number;
  message: string;
  /** The workbook check in one line, and whether the curator should open «Проверка». */
  check: { line: string; problems: number } | null;
  /** The written conclusion of each section, in the report's order. */
  conclusions: string[];
}

export function buildReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ReportBuiltDto {
  // The same menu item in the municipality's workbook builds the district's report.
  if (isMunicipalWorkbook(ss))
    return { rows: 0, indicators: 0, check: null, conclusions: [], ...rebuildSummary(ss, new Date(), true) };
  // The check first (it also refreshes the roadmap's statuses): the report gives its totals one line.
  const { problems } = runChecks(ss);
  const check = {
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
  };
  const model = readReportModel(ss, new Date(), { check, roadmapContext: refreshContext(ss) });
  return withDocumentLock(() => {
    const written = writeReport(ss, model);
    ss.getSheetByName("Отчёт")?.activate();
    const c = model.conclusions;
    return {
      ...written,
      message: UI_TEXT.reportDone(formatDateRu(model.header.frame.day)),
      check: { line: c.check, problems: check.errors + check.warnings },
      conclusions: [c.kpi, c.participants, c.roadmap, c.meetings, c.satisfaction, c.growth],
    };
  });
}

export const REPORT_ENDPOINTS = {
  buildReport: endpoint("buildReport", NoInput, () => buildReport(SpreadsheetApp.getActiveSpreadsheet())),
};
