/** Where a roadmap table comes from inside the workbook: a sheet the curator pasted the document's table into. */
import { ROADMAP_SHEET_TEXT as T } from "../domain/roadmap";
import { decodeCell } from "../domain/workbook/codec";
import { ROADMAP_SPEC, RoadmapSheetError } from "./roadmapSheet";
import { zoneOf } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The named sheet (or the active one) as rows of cells: one getValues. */
export function readSourceSheet(ss: Spreadsheet, name: string | undefined): { name: string; rows: unknown[][] } {
  const sheet = name ? ss.getSheetByName(name) : ss.getActiveSheet();
  if (!sheet) throw new RoadmapSheetError(T.sourceSheetMissing(name ?? ""));
  const sheetName = sheet.getName();
  if (sheetName === ROADMAP_SPEC.name) throw new RoadmapSheetError(T.sourceIsRoadmap(sheetName));
  const zone = zoneOf(ss);
  // A pasted document is text: every cell decoded as text (a date cell as «дд.мм.гггг» of its day).
  const rows = (sheet.getDataRange().getValues() as unknown[][]).map((r) => r.map((c) => decodeCell("text", c, zone)));
  if (rows.every((r) => r.every((c) => c === "" || c === null))) throw new RoadmapSheetError(T.sourceEmpty(sheetName));
  return { name: sheetName, rows };
}
