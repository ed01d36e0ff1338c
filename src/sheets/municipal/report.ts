/**
 * The municipality's «Отчёт», rebuilt whole like the school's (one block, one call per layer, a bar
 * chart of the district's facts against the municipal targets). The municipality's own roadmap is
 * summarised by the school report's model from its «Дорожная карта», statuses refreshed first.
 */
import { layoutMunicipalReport, MUNICIPAL_REPORT_WIDTH } from "../../domain/municipal/reportLayout";
import { SHEETS } from "../../domain/workbook/sheets";
import { REPORT_TEXT } from "../../domain/report/messages";
import { readReportModel } from "../reportSheet";
import { encodeCell, keepCell } from "../../domain/workbook/codec";
import { REPORT_DATE_FORMAT } from "../../domain/report/layout";
import { zoneOf } from "../table";
import type { Rollup } from "../../domain/municipal/rollup";
import type { MunicipalContext } from "./context";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function writeMunicipalReport(
  ss: Spreadsheet,
  data: { rollup: Rollup; context: MunicipalContext },
  now: Date,
): { rows: number } {
  const own = readReportModel(ss, now).roadmap;
  const layout = layoutMunicipalReport({
    municipality: data.context.municipality,
    coordinator: data.context.coordinator,
    reportDate: data.context.reportDate,
    periodStart: data.context.periodStart,
    rollup: data.rollup,
    ownRoadmap: { items: own.total, byStatus: own.byStatus, overdue: own.overdue },
  });
  let sheet = ss.getSheetByName(SHEETS.report.name);
  if (!sheet) sheet = ss.insertSheet(SHEETS.report.name);
  else {
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  }
  const rows = layout.values.length;
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const block = sheet.getRange(1, 1, rows, MUNICIPAL_REPORT_WIDTH);
  const zone = zoneOf(ss);
  // A cell with a date format holds an IsoDate: written as that day; everything else as it is.
  block.setValues(
    layout.values.map((r, i) =>
      r.map((v, j) =>
        layout.formats[i][j] === REPORT_DATE_FORMAT ? encodeCell({ type: "date" }, v, zone) : keepCell(v),
      ),
    ),
  );
  block.setNumberFormats(layout.formats.map((r) => r.map((f) => f || "General")));
  block.setFontWeights(layout.weights);
  block.setBackgrounds(layout.backgrounds.map((r) => r.map((b) => b || "#ffffff")));
  block.setWrap(true).setVerticalAlignment("top");
  sheet.setColumnWidths(1, 1, 320);
  sheet.setColumnWidths(2, MUNICIPAL_REPORT_WIDTH - 1, 120);
  if (layout.chart) {
    const { firstRow, rows: n } = layout.chart;
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange(firstRow - 1, 1, n + 1, 3))
        .setOption("title", REPORT_TEXT.kpi.chartTitle)
        .setOption("hAxis", { format: "percent" })
        .setPosition(2, MUNICIPAL_REPORT_WIDTH + 2, 0, 0)
        .build(),
    );
  }
  return { rows };
}
