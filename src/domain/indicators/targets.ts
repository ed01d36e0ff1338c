/**
 * The yearly targets of «Показатели»: one column «Цель <year>» per programme year, and the report year
 * the «Статус» formula compares against: see `reportYear`. The same rule exists twice, as a formula over the settings' named ranges (so «Статус» follows a
 * changed setting with no script run) and in TypeScript (for the sidebar); a test holds them together.
 */
import { academicYearOf, type IsoDate } from "../common/dates";
import { normaliseDashes } from "../common/normalise";
import { INDICATORS_SHEET_TEXT } from "./messages";
import { settingRangeName } from "./namedRanges";
import { statusFormula } from "./formulas";

export const TARGET_HEADER = /^\s*цель\s*(\d{4})\b/i;

/** «Цель <year>» columns of a header: year → 0-based index (the first of a year wins). */
export function targetColumns(header: readonly unknown[]): Map<string, number> {
  const out = new Map<string, number>();
  header.forEach((h, i) => {
    const m = TARGET_HEADER.exec(String(h ?? ""));
    if (m && !out.has(m[1])) out.set(m[1], i);
  });
  return out;
}

/** A target cell as a fraction: 0.35, 35, «35%», «35 %» → 0.35; «-», blank or text → null. */
export function targetValue(cell: unknown): number | null {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell > 1 ? cell / 100 : cell;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(%?)\s*$/.exec(String(cell ?? ""));
  if (!m) return null;
  const n = Number(m[1].replace(",", "."));
  return m[2] || n > 1 ? n / 100 : n;
}

export function targetHeader(year: string): string {
  return INDICATORS_SHEET_TEXT.targetHeader(year);
}

/** «2024-2027», «2020–2024», «2024/2027 гг.» → every year between; one year → itself; none → []. */
export function yearsOf(text: unknown): string[] {
  const found = normaliseDashes(String(text ?? "")).match(/\b20\d\d\b/g) ?? [];
  if (found.length === 0) return [];
  const from = Number(found[0]);
  const to = Number(found[found.length - 1]);
  if (to < from || to - from > 15) return [String(from)];
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

/** The programme years from the settings: «Период программы», or «Учебный год» when it names none. */
export function programmeYears(settings: { programPeriod?: unknown; academicYear?: unknown }): string[] {
  const years = yearsOf(settings.programPeriod);
  return years.length ? years : yearsOf(settings.academicYear);
}

/**
 * The year whose target column a report reads: the calendar year of the report date (blank: today), as
 * the national-project targets are set per calendar year; with the setting «учебный», the year the
 * report's academic year ends. Never the academic-year setting: a blank report date must not move it.
 */
export function reportYear(
  settings: { reportDate: IsoDate | null; targetYear?: "calendar" | "academic" },
  today: IsoDate,
): number {
  const day = settings.reportDate ?? today;
  return settings.targetYear === "academic" ? academicYearOf(day) + 1 : Number(day.slice(0, 4));
}

/** The report year as a Sheets expression over the settings' named ranges: `reportYear` as a formula. */
export function reportYearExpression(): string {
  const date = settingRangeName("reportDate");
  const convention = settingRangeName("targetYear");
  // N(): a date's serial, 0 for blank or text. (ISNUMBER would do in Sheets, but HyperFormula answers
  // TRUE for a named range on a blank cell.)
  const day = `IF(N(${date})>0,${date},TODAY())`;
  return `YEAR(${day})+IF(LOWER(TRIM(${convention}))="учебный",IF(MONTH(${day})>=9,1,0),0)`;
}

/**
 * «Статус» of one row: CMN_STATUS(fact, the target of the report year), the target found by its header
 * among the target columns, so it follows the setting; blank when the fact is blank (a school's own
 * indicator not yet filled in). `targets` is the row's target span («$D5:$G5»), `header` the same
 * span on row 1 («$D$1:$G$1»).
 */
export function statusCellFormula(factCell: string, targets: string, header: string): string {
  const target = `IFERROR(INDEX(${targets},1,MATCH("${targetHeader("")}"&${reportYearExpression()},${header},0)),"")`;
  return `=IF(${factCell}="","",${statusFormula(factCell, target).slice(1)})`;
}

/** An imported target (in percent, as schools write it) as a «%» cell stores it; null → «-» (no target). */
export function targetCell(percent: number | null): number | string {
  return percent === null ? "-" : Math.round(percent * 1e6) / 1e8;
}
