/**
 * Which sheets get a named range per column (rows 2 to the sheet's end), so formulas such as
 * COUNTIFS(CMN_Mentees_Age, ">=10") survive inserted rows and count rows added by hand. The naming
 * scheme itself lives with the formulas that use it: src/domain/indicators/namedRanges.ts.
 */
import { BASE_SHEETS, columnRangeName } from "../indicators/namedRanges";
import { SHEETS, type SheetKey } from "./sheets";

/** The bases the indicators read, plus the roadmap and preferences (for the curator's own formulas). */
export const NAMED_SHEETS: SheetKey[] = [...BASE_SHEETS, "roadmap", "preferences"];

export function namedColumns(sheet: SheetKey): { name: string; column: string }[] {
  return SHEETS[sheet].columns.map((c) => ({ name: columnRangeName(sheet, c.key), column: c.key }));
}
