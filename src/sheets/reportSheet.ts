/**
 * «Построить отчёт»: reads each sheet the report needs with one getValues (through the cell codec),
 * builds the pure report model (domain/report), and rewrites «Отчёт» whole: one setValues and one call
 * per kind of format, with a bar chart of fact against target. Nothing else in the workbook is touched,
 * so building the report again changes nothing but «Отчёт».
 */
import type { IsoDate } from "../domain/common/dates";
import type { PeriodContext } from "../domain/periods";
import {
  buildReportModel,
  layoutReport,
  reportInputOf,
  REPORT_DATE_FORMAT,
  type ReportLayout,
  REPORT_TEXT,
  REPORT_WIDTH,
  SWOT_KEYS,
  type CheckTotals,
  type ReportInput,
  type ReportModel,
} from "../domain/report/index";
import { encodeCell, keepCell } from "../domain/workbook/codec";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import { NEEDS, type Needs } from "../domain/workbook/needs";
import { GROWTH_ITEMS } from "../domain/questionnaires/definitions/evaluation";
import { zoneOf } from "./table";
import { workbookRows, workbookTables, type WorkbookTables } from "./workbookRows";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the report and the documents read of each sheet: a missing column stops them rather than counting blanks. */
export const REPORT_NEEDS: Needs = {
  ...NEEDS.report,
  surveys: [...NEEDS.report.surveys, ...GROWTH_ITEMS.map((i) => i.key), ...SWOT_KEYS],
};

/** The sheets the report and the programme's figures read. */
export const REPORT_SHEETS: readonly SheetKey[] = [
  "settings",
  "refs",
  "contingent",
  "indicators",
  "mentors",
  "mentees",
  "pairs",
  "pairPlans",
  "meetings",
  "surveys",
  "roadmap",
];

export interface ReportReadOptions {
  check?: CheckTotals | null;
  /** The context the roadmap was imported in (else «Настройки»). */
  roadmapContext?: PeriodContext | null;
}

/** The report's input from sheets already read (a live workbook, or a folder of CSV files). */
export function reportInputFrom(tables: WorkbookTables, today: IsoDate, options: ReportReadOptions = {}): ReportInput {
  return reportInputOf(workbookRows(tables, REPORT_SHEETS), today, {
    check: options.check ?? null,
    ...(options.roadmapContext ? { roadmapContext: options.roadmapContext } : {}),
  });
}

export function readReportInput(ss: Spreadsheet, now: Date, options: ReportReadOptions = {}): ReportInput {
  const zone = zoneOf(ss);
  return reportInputFrom(workbookTables(ss, zone, REPORT_NEEDS), zone.dateOf(now), options);
}

/** The report's model for the workbook as it is now. */
export function readReportModel(ss: Spreadsheet, now: Date, options: ReportReadOptions = {}): ReportModel {
  return buildReportModel(readReportInput(ss, now, options));
}

/**
 * A report's layout written into «Отчёт» (the school's or the municipality's), rebuilt whole: one block,
 * one call per layer; a cell with a date format holds an IsoDate and is written as that day.
 */
export function writeReportLayout(ss: Spreadsheet, layout: ReportLayout, width: number): Sheet {
  let sheet = ss.getSheetByName(SHEETS.report.name);
  if (!sheet) sheet = ss.insertSheet(SHEETS.report.name);
  else {
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  }
  const rows = layout.values.length;
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const block = sheet.getRange(1, 1, rows, width);
  const zone = zoneOf(ss);
  block.setValues(
    layout.values.map((r, i) =>
      r.map((v, j) =>
        layout.formats[i][j] === REPORT_DATE_FORMAT ? encodeCell({ type: "date" }, v, zone) : keepCell(v),
      ),
    ),
  );
  block.setNumberFormats(layout.formats.map((r) => r.map((f) => f || "General")));
  block.setFontWeights(layout.weights);
  if (layout.styles) block.setFontStyles(layout.styles);
  block.setBackgrounds(layout.backgrounds.map((r) => r.map((b) => b || "#ffffff")));
  if (layout.wraps) block.setWraps(layout.wraps);
  else block.setWrap(true);
  block.setVerticalAlignment("top");
  return sheet;
}

export function writeReport(ss: Spreadsheet, model: ReportModel): { rows: number; indicators: number } {
  const layout = layoutReport(model);
  const rows = layout.values.length;
  const sheet = writeReportLayout(ss, layout, REPORT_WIDTH);
  sheet.setColumnWidths(1, 1, 220);
  sheet.setColumnWidths(2, 1, 360);
  sheet.setColumnWidths(3, REPORT_WIDTH - 2, 110);
  if (layout.chart) {
    const { firstRow, rows: n } = layout.chart;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange(firstRow - 1, 2, n + 1, 1))
      .addRange(sheet.getRange(firstRow - 1, 3, n + 1, 2))
      .setOption("title", REPORT_TEXT.kpi.chartTitle)
      .setOption("hAxis", { format: "percent" })
      .setPosition(2, REPORT_WIDTH + 2, 0, 0)
      .build();
    sheet.insertChart(chart);
  }
  return { rows, indicators: model.kpi.length };
}
