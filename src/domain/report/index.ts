/** The monitoring report: a pure model of the workbook on the report date, and its layout as one block. */
export { buildReportModel, SWOT_KEYS, type ReportInput, type ReportModel, type SwotKey } from "./model";
export { layoutReport, REPORT_DATE_FORMAT, REPORT_WIDTH, type ReportLayout, type LayoutCell } from "./layout";
export { REPORT_TEXT } from "./messages";
