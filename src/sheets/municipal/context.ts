/**
 * The municipal workbook's settings as the roll-up uses them: the report date (blank: today in the
 * spreadsheet's zone), the collection period's start, the target year (the report date's calendar
 * year, the contract's default) and the district targets of that year from «Цели района». «Настройки»
 * is the school's sheet with the municipality's rows (MUNICIPAL_SETTINGS), matched by label.
 */
import { isIsoDate, parseDateText, type IsoDate } from "../../domain/common/dates";
import { labelKey } from "../../domain/common/normalise";
import { asFraction } from "../../domain/indicators/status";
import { periodStart } from "../../domain/municipal/period";
import { MUNICIPAL_SETTINGS, MUNICIPAL_SHEETS, type MunicipalSettingSpec } from "../../domain/workbook/municipal";
import { SHEETS } from "../../domain/workbook/sheets";
import type { Zone } from "../../domain/workbook/zone";
import { targetColumns } from "../indicatorsSheet";
import { readTable, zoneOf, type CellValue } from "../table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MunicipalContext {
  municipality: string;
  coordinator: string;
  reportDate: IsoDate;
  periodStart: IsoDate;
  targetYear: number;
  targets: Record<string, number | null>;
}

const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
const day = (v: CellValue | undefined): IsoDate | null =>
  isIsoDate(v) ? v : typeof v === "string" ? (parseDateText(v) ?? null) : null;

export function readTargets(ss: Spreadsheet, year: number, zone: Zone): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const sheet = ss.getSheetByName(MUNICIPAL_SHEETS.targets.name);
  if (!sheet) return out;
  const table = readTable(sheet, MUNICIPAL_SHEETS.targets, { zone });
  const col = targetColumns(table.header).get(String(year));
  for (const r of table.rows) {
    const code = text(r.cells.code);
    if (!code) continue;
    const v = col === undefined ? "" : table.values[r.rowNumber - 1][col];
    out[code] = typeof v === "number" && Number.isFinite(v) && v >= 0 ? asFraction(v) : null;
  }
  return out;
}

/** The municipality's rows of «Настройки», by key (defaults where blank or missing). */
export function readMunicipalSettings(ss: Spreadsheet, zone: Zone): Record<MunicipalSettingSpec["key"], CellValue> {
  const out = Object.fromEntries(MUNICIPAL_SETTINGS.map((s) => [s.key, s.default])) as Record<
    MunicipalSettingSpec["key"],
    CellValue
  >;
  const sheet = ss.getSheetByName(SHEETS.settings.name);
  if (!sheet) return out;
  const byLabel = new Map(MUNICIPAL_SETTINGS.map((s) => [labelKey(s.label), s.key]));
  for (const row of readTable(sheet, SHEETS.settings, { zone }).rows) {
    const key = byLabel.get(labelKey(text(row.cells.key)));
    if (key && row.cells.value !== "") out[key] = row.cells.value;
  }
  return out;
}

export function readMunicipalContext(ss: Spreadsheet, now: Date): MunicipalContext {
  const zone = zoneOf(ss);
  const s = readMunicipalSettings(ss, zone);
  const reportDate = day(s.reportDate) ?? zone.dateOf(now);
  const targetYear = Number(reportDate.slice(0, 4));
  return {
    municipality: text(s.municipality),
    coordinator: text(s.coordinator),
    reportDate,
    periodStart: periodStart(reportDate, day(s.periodStart)),
    targetYear,
    targets: readTargets(ss, targetYear, zone),
  };
}
