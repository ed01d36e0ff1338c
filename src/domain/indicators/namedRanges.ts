/**
 * The named ranges the indicator formulas read, as data, so the sheets layer creates exactly these.
 *
 * - One per column of each base: CMN_<Sheet>_<Column> from the English keys of sheets.ts, PascalCase
 *   (CMN_Mentees_Age, CMN_Surveys_Total). Each spans the column's data rows, row 2 to the sheet's last row
 *   (open-ended, e.g. 'Наставляемые'!E2:E), so all columns of one base have the same height, as COUNTIFS
 *   needs, and rows a curator adds are counted.
 * - One per keyed contingent row: CMN_Contingent_<key> on that row's «Факт» cell (CMN_Contingent_pupils_10_18).
 * - One per setting a formula reads: CMN_Settings_<Key> on the «Значение» cell of that setting's row.
 */
import { SHEETS, type SheetKey } from "../workbook/sheets";
import { CONTINGENT_TEMPLATE } from "../contingent/template";

/** The registers whose every column gets a named range. */
export const BASE_SHEETS: readonly SheetKey[] = ["mentors", "mentees", "pairs", "meetings", "surveys"];

/** Settings the formulas read. */
export const FORMULA_SETTINGS: readonly string[] = [
  "reportDay",
  "yearStart",
  "yearEnd",
  "ageOn",
  "ageUpperPlus",
  "ageReference",
  "ageUpperBound",
  "satisfactionWave",
  "satisfactionBase",
  "satisfactionThreshold",
  "reportDate",
  "academicYear",
  "targetYear",
];

export type NamedRangeSpec =
  | { name: string; kind: "column"; sheet: SheetKey; column: string }
  | { name: string; kind: "contingentFact"; sheet: "contingent"; key: string }
  | { name: string; kind: "setting"; sheet: "settings"; key: string };

function pascal(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

export function columnRangeName(sheet: SheetKey, column: string): string {
  return `CMN_${pascal(sheet)}_${pascal(column)}`;
}

export function contingentRangeName(key: string): string {
  return `CMN_Contingent_${key}`;
}

export function settingRangeName(key: string): string {
  return `CMN_Settings_${pascal(key)}`;
}

/** Every named range the formulas may use, in a stable order. */
export function namedRanges(
  contingentKeys: readonly string[] = CONTINGENT_TEMPLATE.map((r) => r.key),
): NamedRangeSpec[] {
  const out: NamedRangeSpec[] = [];
  for (const sheet of BASE_SHEETS) {
    for (const c of SHEETS[sheet].columns)
      out.push({ name: columnRangeName(sheet, c.key), kind: "column", sheet, column: c.key });
  }
  for (const key of contingentKeys)
    out.push({ name: contingentRangeName(key), kind: "contingentFact", sheet: "contingent", key });
  for (const key of FORMULA_SETTINGS)
    out.push({ name: settingRangeName(key), kind: "setting", sheet: "settings", key });
  return out;
}
