/** The monitoring report: a pure model of the workbook on the report date, and its layout as one block. */
export {
  buildReportModel,
  SWOT_KEYS,
  type KpiRow,
  type ReportModel,
  type SatisfactionRow,
  type SwotKey,
} from "./model";
export { reportInputOf, type CheckTotals, type ReportInput, type RoadmapRow } from "./input";
export { layoutReport, REPORT_DATE_FORMAT, REPORT_WIDTH, type ReportLayout, type LayoutCell } from "./layout";
export { conclusionsOf, factText, type SectionConclusions } from "./conclusions";
export { REPORT_TEXT } from "./messages";
