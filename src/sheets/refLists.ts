/** «Справочники» from the workbook: one getValues; the lists themselves are read by domain/workbook/refs.ts. */
import { refsFromRows, type ReferenceLists } from "../domain/workbook/refs";
import { SHEETS } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { readTable, zoneOf, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type { ReferenceLists };
export { refsFromRows as refsFromTable };

/** «Справочники» as a table, or undefined when the sheet is missing. */
export function readRefsTable(ss: Spreadsheet, zone: Zone = zoneOf(ss)): Table | undefined {
  const sheet = ss.getSheetByName(SHEETS.refs.name);
  return sheet ? readTable(sheet, SHEETS.refs, { zone }) : undefined;
}

/** The lists as the curator edited them. */
export function readRefs(ss: Spreadsheet, zone?: Zone): ReferenceLists {
  return refsFromRows(readRefsTable(ss, zone));
}
