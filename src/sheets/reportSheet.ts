/**
 * «Построить отчёт»: reads each sheet the report needs with one getValues, builds the pure report model,
 * and rewrites «Отчёт» whole (one setValues and one call per kind of format), with a bar chart of fact
 * against target. Nothing else in the workbook is touched.
 */
import { encodeCell, keepCell } from "../domain/workbook/codec";
import { isBlank, matchLabel, parseYesNo, splitTags } from "../domain/common/normalise";
import {
  STAGE_ENTRY,
  STAGE_EXIT,
  GROWTH_ITEMS,
  LOWER_IS_BETTER,
} from "../domain/questionnaires/definitions/evaluation";
import { SURVEY_NAMES } from "../domain/questionnaires/catalogue";
import {
  buildReportModel,
  layoutReport,
  REPORT_TEXT,
  REPORT_DATE_FORMAT,
  REPORT_WIDTH,
  SWOT_KEYS,
  type ReportInput,
} from "../domain/report/index";
import { DEFAULT_FORMS, PAIR_STATUSES, ROADMAP_STATUSES } from "../domain/workbook/defaults";
import { planOf, planStates } from "../domain/matching/plans";
import { NEEDS, type Needs } from "../domain/workbook/needs";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import { readSettings, type Settings } from "./settings";
import { isIsoDate, type IsoDate } from "../domain/common/dates";
import type { Zone } from "../domain/workbook/zone";
import { requireNeeds } from "./structureGuard";
import { readTable, zoneOf, type CellValue, type Table, type TableRow } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const text = (v: CellValue | undefined) => (v === undefined || v === null ? "" : String(v).trim());
const num = (v: CellValue | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v)
    ? v
    : typeof v === "string" && /^-?\d+([.,]\d+)?$/.test(v.trim())
      ? Number(v.replace(",", "."))
      : null;

/** What the report reads of each sheet: a missing column stops it rather than counting blanks. */
const REPORT_NEEDS: Needs = {
  ...NEEDS.report,
  surveys: [...NEEDS.report.surveys, ...GROWTH_ITEMS.map((i) => i.key), ...SWOT_KEYS],
};

/** A sheet read as a table (decoded rows, the header and its columns, the raw block), or null when absent. */
export type ReportTables = (key: SheetKey) => Pick<Table, "rows" | "header" | "columns" | "values"> | null;

/** Each sheet of the workbook read once, on first use; a sheet missing a column the report needs stops it. */
export function workbookTables(ss: Spreadsheet, zone: Zone = zoneOf(ss)): ReportTables {
  const cache = new Map<SheetKey, Table | null>();
  return (key) => {
    if (!cache.has(key)) {
      const sheet = ss.getSheetByName(SHEETS[key].name);
      const table = sheet ? readTable(sheet, SHEETS[key], { zone }) : null;
      if (table) requireNeeds(table, REPORT_NEEDS);
      cache.set(key, table);
    }
    return cache.get(key) ?? null;
  };
}

function rowsOf(tables: ReportTables, key: SheetKey): { rows: TableRow[]; header: string[] } {
  const table = tables(key);
  return table ? { rows: table.rows, header: table.header } : { rows: [], header: [] };
}

function readIndicators(tables: ReportTables, year: number): ReportInput["indicators"] {
  const table = tables("indicators");
  if (!table) return [];
  const targetCol = table.header.findIndex((h) => new RegExp(`^\\s*(цель|целевое значение)?\\s*${year}`, "i").test(h));
  return table.rows
    .filter((r) => !isBlank(r.cells.name))
    .map((r) => {
      const rawTarget = targetCol >= 0 ? table.values[r.rowNumber - 1][targetCol] : "";
      const target = typeof rawTarget === "object" ? null : num(rawTarget);
      const factCell = r.cells.fact;
      return {
        code: text(r.cells.code),
        name: text(r.cells.name),
        target,
        fact: num(factCell) ?? (isBlank(factCell) ? null : text(factCell)),
        status: text(r.cells.status),
      };
    });
}

export function readReportInput(ss: Spreadsheet, today: Date, problems: ReportInput["problems"]): ReportInput {
  const zone = zoneOf(ss);
  return reportInputFrom(workbookTables(ss, zone), readSettings(ss, zone), zone.dateOf(today), problems);
}

/** The report's input from sheets already read (a live workbook, or a folder of CSV files). */
export function reportInputFrom(
  tables: ReportTables,
  settings: Settings,
  today: IsoDate,
  problems: ReportInput["problems"],
): ReportInput {
  const reportDate = settings.reportDate ?? today;
  const forms = rowsOf(tables, "refs")
    .rows.map((r) => text(r.cells.forms))
    .filter(Boolean);
  const formList = forms.length ? forms : [...DEFAULT_FORMS];
  const form = (v: CellValue | undefined) => matchLabel(text(v), formList) ?? text(v);
  const yes = (v: CellValue | undefined) => parseYesNo(v) === true;
  const plans = planStates(rowsOf(tables, "pairPlans").rows.map((r) => r.cells));

  return {
    today: reportDate,
    settings: {
      organisation: settings.organisation,
      municipality: settings.municipality,
      academicYear: settings.academicYear,
      programPeriod: settings.programPeriod,
      satisfactionThreshold: settings.satisfactionThreshold,
      pseudonymous: settings.pseudonymous,
    },
    indicators: readIndicators(tables, Number(reportDate.slice(0, 4))),
    mentors: rowsOf(tables, "mentors").rows.map((r) => ({
      id: text(r.cells.id),
      name: text(r.cells.name),
      forms: splitTags(r.cells.forms).map((f) => form(f)),
      status: text(r.cells.status),
      consent: yes(r.cells.consent),
    })),
    mentees: rowsOf(tables, "mentees").rows.map((r) => ({
      id: text(r.cells.id),
      name: text(r.cells.name),
      form: form(r.cells.form),
      status: text(r.cells.status),
      consent: yes(r.cells.consent),
      needs: splitTags(r.cells.needs),
    })),
    pairs: rowsOf(tables, "pairs").rows.map((r) => ({
      pairId: text(r.cells.pairId),
      mentorId: text(r.cells.mentorId),
      menteeId: text(r.cells.menteeId),
      mentorName: text(r.cells.mentorName),
      menteeName: text(r.cells.menteeName),
      form: form(r.cells.form),
      status: text(r.cells.status),
      ...planOf(plans, text(r.cells.pairId)),
    })),
    roadmap: rowsOf(tables, "roadmap").rows.map((r) => ({
      number: text(r.cells.number),
      title: text(r.cells.title),
      status: text(r.cells.status),
      end: isIsoDate(r.cells.end) ? r.cells.end : null,
    })),
    meetings: rowsOf(tables, "meetings").rows.map((r) => ({
      pairId: text(r.cells.pairId),
      date: isIsoDate(r.cells.date) ? r.cells.date : null,
    })),
    surveys: rowsOf(tables, "surveys").rows.map((r) => ({
      participantId: text(r.cells.participantId),
      role: text(r.cells.role),
      questionnaire: text(r.cells.questionnaire),
      stage: text(r.cells.stage),
      total: num(r.cells.total),
      items: Object.fromEntries(GROWTH_ITEMS.map((i) => [i.key, num(r.cells[i.key])])),
      open: Object.fromEntries(SWOT_KEYS.map((k) => [k, text(r.cells[k])])) as ReportInput["surveys"][number]["open"],
    })),
    problems,
    forms: formList,
    growthItems: GROWTH_ITEMS.map((i) => ({
      key: i.key,
      label: SHEETS.surveys.columns.find((c) => c.key === i.key)?.header ?? i.key,
      lowerIsBetter: LOWER_IS_BETTER.includes(i.key),
    })),
    names: {
      satisfaction: SURVEY_NAMES.satisfaction!,
      evaluation: SURVEY_NAMES.evaluation!,
      entry: STAGE_ENTRY,
      exit: STAGE_EXIT,
      mentorRole: "наставник",
      menteeRole: "наставляемый",
    },
  };
}

export function writeReport(ss: Spreadsheet, input: ReportInput): { rows: number; indicators: number } {
  const model = buildReportModel(input, { pairStatuses: PAIR_STATUSES, roadmapStatuses: ROADMAP_STATUSES });
  const layout = layoutReport(model);
  let sheet = ss.getSheetByName(SHEETS.report.name);
  if (!sheet) sheet = ss.insertSheet(SHEETS.report.name);
  else {
    sheet.clear();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  }
  const rows = layout.values.length;
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const block = sheet.getRange(1, 1, rows, REPORT_WIDTH);
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
  sheet.setColumnWidths(1, 1, 140);
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
