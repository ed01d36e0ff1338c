/**
 * The municipality's «Отчёт», rebuilt whole like the school's (one block, one call per layer, a bar
 * chart of the district's facts against the municipal targets). The municipality's own roadmap is
 * summarised by the school report's model from its «Дорожная карта», statuses refreshed first.
 */
import { layoutMunicipalReport, MUNICIPAL_REPORT_WIDTH } from "../../domain/municipal/reportLayout";
import { REPORT_TEXT } from "../../domain/report/messages";
import { readReportModel, writeReportLayout } from "../reportSheet";
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
  const rows = layout.values.length;
  const sheet = writeReportLayout(ss, layout, MUNICIPAL_REPORT_WIDTH);
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
