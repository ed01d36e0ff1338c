/**
 * Named ranges the add-on keeps: one per column of every data sheet (rows 2 to the sheet's end), so
 * formulas like COUNTIFS(CMN_Mentees_Age, ">=10") survive inserted rows and count rows added by hand.
 * Names are ASCII: Sheets accepts Cyrillic names, but formula engines and other tools are safer with
 * ASCII, and the curator sees them only inside formulas.
 */
import { SHEETS, type SheetKey } from "./sheets";

const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

export function columnRangeName(sheet: SheetKey, column: string): string {
  return `CMN_${pascal(sheet)}_${pascal(column)}`;
}

/** Sheets whose columns get named ranges. */
export const NAMED_SHEETS: SheetKey[] = ["roadmap", "mentors", "mentees", "preferences", "pairs", "meetings", "surveys"];

export function namedColumns(sheet: SheetKey): { name: string; column: string }[] {
  return SHEETS[sheet].columns.map((c) => ({ name: columnRangeName(sheet, c.key), column: c.key }));
}
