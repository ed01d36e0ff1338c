/** Where a roadmap table comes from inside the workbook: a sheet the curator pasted the document's table into. */
import { ROADMAP_SHEET_TEXT as T } from "../domain/roadmap";
import { ROADMAP_SPEC, RoadmapSheetError } from "./roadmapSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The named sheet (or the active one) as rows of cells: one getValues. */
export function readSourceSheet(ss: Spreadsheet, name: string | undefined): { name: string; rows: unknown[][] } {
  const sheet = name ? ss.getSheetByName(name) : ss.getActiveSheet();
  if (!sheet) throw new RoadmapSheetError(T.sourceSheetMissing(name ?? ""));
  const sheetName = sheet.getName();
  if (sheetName === ROADMAP_SPEC.name) throw new RoadmapSheetError(T.sourceIsRoadmap(sheetName));
  const rows = sheet.getDataRange().getValues() as unknown[][];
  if (rows.every((r) => r.every((c) => c === "" || c === null))) throw new RoadmapSheetError(T.sourceEmpty(sheetName));
  return { name: sheetName, rows };
}
