/**
 * The municipal workbook's settings as the roll-up uses them: the report date (blank: today in the
 * spreadsheet's zone), the collection period's start, the target year (the report date's calendar
 * year, the contract's default) and the district targets of that year from «Цели района». «Настройки»
 * is the school's sheet with the municipality's rows (MUNICIPAL_SETTINGS), matched by label.
 */
import { isIsoDate, parseDateText, type IsoDate } from "../../domain/common/dates";
import { labelKey } from "../../domain/common/normalise";
import { periodStart } from "../../domain/municipal/period";
import { districtTargets, type DistrictTargets } from "../../domain/municipal/targets";
import { MUNICIPAL_SETTINGS, MUNICIPAL_SHEETS, type MunicipalSettingSpec } from "../../domain/workbook/municipal";
import { SHEETS } from "../../domain/workbook/sheets";
import type { Zone } from "../../domain/workbook/zone";
import { readTable, zoneOf, type CellValue } from "../table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MunicipalContext {
  municipality: string;
  coordinator: string;
  reportDate: IsoDate;
  periodStart: IsoDate;
  targetYear: number;
  targets: Record<string, number | null>;
  /** The coordinator's wording of each indicator in «Цели района». */
  targetNames: Record<string, string>;
}

const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
const day = (v: CellValue | undefined): IsoDate | null =>
  isIsoDate(v) ? v : typeof v === "string" ? (parseDateText(v) ?? null) : null;

export function readTargets(ss: Spreadsheet, year: number, zone: Zone): DistrictTargets {
  const sheet = ss.getSheetByName(MUNICIPAL_SHEETS.targets.name);
  return districtTargets(sheet ? readTable(sheet, MUNICIPAL_SHEETS.targets, { zone }) : undefined, year);
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
  const district = readTargets(ss, targetYear, zone);
  return {
    municipality: text(s.municipality),
    coordinator: text(s.coordinator),
    reportDate,
    periodStart: periodStart(reportDate, day(s.periodStart)),
    targetYear,
    targets: district.targets,
    targetNames: district.names,
  };
}
