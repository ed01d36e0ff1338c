/**
 * The municipal workbook's settings as the roll-up uses them: the report date (blank: today), the
 * collection period's start, the target year (the report date's calendar year, the contract's default)
 * and the district targets of that year from «Цели района».
 */
import { periodStart } from "../../domain/municipal/period";
import { asFraction } from "../../domain/indicators/status";
import { MUNICIPAL_SETTINGS, MUNICIPAL_SHEETS } from "../../domain/workbook/municipal";
import { targetColumns } from "../indicatorsSheet";
import { isoDate } from "../reportSheet";
import { readSettings } from "../settings";
import { readTable } from "../table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface MunicipalContext {
  municipality: string;
  coordinator: string;
  reportDate: string;
  periodStart: string;
  targetYear: number;
  targets: Record<string, number | null>;
}

const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());

export function readTargets(ss: Spreadsheet, year: number): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const sheet = ss.getSheetByName(MUNICIPAL_SHEETS.targets.name);
  if (!sheet) return out;
  const table = readTable(sheet, MUNICIPAL_SHEETS.targets);
  const col = targetColumns(table.header).get(String(year));
  for (const r of table.rows) {
    const code = text(r.cells.code);
    if (!code) continue;
    const v = col === undefined ? "" : table.values[r.rowNumber - 1][col];
    out[code] = typeof v === "number" && Number.isFinite(v) && v >= 0 ? asFraction(v) : null;
  }
  return out;
}

export function readMunicipalContext(ss: Spreadsheet, now: Date): MunicipalContext {
  const s = readSettings(ss, MUNICIPAL_SETTINGS);
  const reportDate = isoDate(s.reportDate instanceof Date ? s.reportDate : now);
  const start = s.periodStart instanceof Date ? isoDate(s.periodStart) : null;
  const targetYear = Number(reportDate.slice(0, 4));
  return {
    municipality: text(s.municipality),
    coordinator: text(s.coordinator),
    reportDate,
    periodStart: periodStart(reportDate, start),
    targetYear,
    targets: readTargets(ss, targetYear),
  };
}
