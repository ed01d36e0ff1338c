/**
 * «Создать книгу муниципалитета»: the coordinator's sheets in the current (new) spreadsheet, created or
 * completed, never destroying what was typed — «Настройки» with the municipality's settings, «Школы»,
 * «Сводка», «Цели района» (the catalogue's indicators with one target column per programme year),
 * «Дорожная карта» (the school's spec, so the roadmap import works here), «Отчёт», and the hidden
 * store «Снимки школ». A fixed number of calls per sheet.
 */
import { DEFAULT_INDICATORS } from "../../domain/indicators/catalogue";
import { programmeYears, targetHeader } from "../../domain/indicators/targets";
import { MUNICIPAL_SETTINGS, MUNICIPAL_SHEETS } from "../../domain/workbook/municipal";
import { SHEETS, type SheetSpec } from "../../domain/workbook/sheets";
import { TARGET_FORMAT } from "../indicatorsSheet";
import { keepCell } from "../../domain/workbook/codec";
import { applyValidation, ensureSheet, fillSettings, hideServiceColumns, type SetupResult } from "../setup";
import { zoneOf } from "../table";
import { readMunicipalSettings } from "./context";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets whose rows mean this is a school's workbook (a municipal one must not be mixed with it). */
const SCHOOL_DATA: SheetSpec[] = [SHEETS.mentors, SHEETS.mentees, SHEETS.pairs];

export function hasSchoolData(ss: Spreadsheet): boolean {
  return SCHOOL_DATA.some((spec) => (ss.getSheetByName(spec.name)?.getLastRow() ?? 0) > 1);
}

function ensure(ss: Spreadsheet, spec: SheetSpec, result: SetupResult) {
  if (spec.columns.length) {
    const ensured = ensureSheet(ss, spec, result);
    // Codes are internal: a column flagged hidden stays for matching, out of sight.
    hideServiceColumns(ensured.sheet, spec, ensured.header);
    return ensured;
  }
  // «Сводка» and «Отчёт» have no fixed header: they are written whole by their commands.
  const existing = ss.getSheetByName(spec.name);
  if (existing) result.unchanged.push(spec.name);
  else result.created.push(spec.name);
  return { sheet: existing ?? ss.insertSheet(spec.name), header: [] as string[], isNew: !existing };
}

function seedTargets(ss: Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const settings = readMunicipalSettings(ss, zoneOf(ss));
  const years = programmeYears(settings);
  const header = [...MUNICIPAL_SHEETS.targets.columns.map((c) => c.header), ...years.map((y) => targetHeader(y))];
  const rows = DEFAULT_INDICATORS.filter((d) => !d.optional).map((d) => [
    d.code,
    d.name,
    d.unit,
    ...years.map(() => ""),
  ]);
  if (header.length > sheet.getMaxColumns())
    sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
  const block = sheet.getRange(1, 1, rows.length + 1, header.length);
  block.setValues([header, ...rows].map((r) => r.map((v) => keepCell(v))));
  sheet.getRange(1, 1, 1, header.length).setFontWeight("bold").setBackground("#e8f0fe").setWrap(true);
  if (years.length)
    sheet.getRange(2, 4, Math.max(sheet.getMaxRows() - 1, 1), years.length).setNumberFormat(TARGET_FORMAT);
}

export function setupMunicipalWorkbook(ss: Spreadsheet): SetupResult {
  const result: SetupResult = { created: [], completed: [], unchanged: [] };
  const settings = ensure(ss, SHEETS.settings, result);
  fillSettings(settings.sheet, settings.header, MUNICIPAL_SETTINGS);
  const schools = ensure(ss, MUNICIPAL_SHEETS.schools, result);
  if (schools.isNew) {
    // Dates written by the collection show as dates (one call per column).
    const rows = Math.max(schools.sheet.getMaxRows() - 1, 1);
    for (const [key, format] of [
      ["received", "dd.MM.yyyy HH:mm"],
      ["dataDate", "dd.MM.yyyy"],
    ] as const) {
      const index = MUNICIPAL_SHEETS.schools.columns.findIndex((c) => c.key === key);
      schools.sheet.getRange(2, index + 1, rows, 1).setNumberFormat(format);
    }
  }
  ensure(ss, MUNICIPAL_SHEETS.summary, result);
  const targets = ensure(ss, MUNICIPAL_SHEETS.targets, result);
  if (targets.isNew) seedTargets(ss, targets.sheet);
  const roadmap = ensure(ss, SHEETS.roadmap, result);
  if (roadmap.isNew) applyValidation(ss, roadmap.sheet, SHEETS.roadmap, roadmap.header, null);
  ensure(ss, SHEETS.report, result);
  const received = ensure(ss, MUNICIPAL_SHEETS.received, result);
  if (received.isNew) received.sheet.hideSheet();
  if (result.created.length) ss.getSheetByName(MUNICIPAL_SHEETS.schools.name)?.activate();
  return result;
}
