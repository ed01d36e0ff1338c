/** «Справочники» read into the reference lists the checks and questionnaires use: one getValues. */
import { isBlank } from "../domain/common/normalise";
import { defaultRefs, type Refs } from "../domain/participants";
import { SHEETS } from "../domain/workbook/sheets";
import { readTable } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The lists as the curator edited them; a list whose column is missing keeps its default. */
export function readRefs(ss: Spreadsheet): Refs {
  const refs = defaultRefs();
  const sheet = ss.getSheetByName(SHEETS.refs.name);
  if (!sheet) return refs;
  const table = readTable(sheet, SHEETS.refs);
  for (const key of Object.keys(refs) as Array<keyof Refs>) {
    if (table.columns[key] === undefined) continue;
    refs[key] = table.rows
      .map((r) => r.cells[key])
      .filter((v) => !isBlank(v))
      .map((v) => String(v).trim());
  }
  return refs;
}
