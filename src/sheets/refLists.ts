/**
 * «Справочники» read into the reference lists every feature uses: one getValues. A list whose column is
 * missing, or that the curator emptied, keeps its default (an empty list would make every value wrong).
 */
import { isBlank, squashSpaces } from "../domain/common/normalise";
import { defaultRefs, type Refs } from "../domain/participants";
import { DEFAULT_ROLE_MODELS } from "../domain/workbook/defaults";
import { SHEETS } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { readTable, zoneOf, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RoleModelRef {
  form: string;
  model: string;
}

export interface ReferenceLists extends Refs {
  roleModels: readonly RoleModelRef[];
}

/** The lists from a «Справочники» table already read (or the defaults when there is none). */
export function refsFromTable(table: Pick<Table, "rows" | "columns"> | null | undefined): ReferenceLists {
  const refs: ReferenceLists = { ...defaultRefs(), roleModels: DEFAULT_ROLE_MODELS };
  if (!table) return refs;
  for (const key of Object.keys(defaultRefs()) as Array<keyof Refs>) {
    if (table.columns[key] === undefined) continue;
    const values = table.rows.map((r) => r.cells[key]).filter((v) => !isBlank(v));
    if (values.length) refs[key] = values.map((v) => squashSpaces(String(v)));
  }
  if (table.columns.roleModelForm !== undefined && table.columns.roleModels !== undefined) {
    const found = table.rows
      .filter((r) => !isBlank(r.cells.roleModelForm) && !isBlank(r.cells.roleModels))
      .map((r) => ({
        form: squashSpaces(String(r.cells.roleModelForm)),
        model: squashSpaces(String(r.cells.roleModels)),
      }));
    if (found.length) refs.roleModels = found;
  }
  return refs;
}

/** «Справочники» as a table, or undefined when the sheet is missing. */
export function readRefsTable(ss: Spreadsheet, zone: Zone = zoneOf(ss)): Table | undefined {
  const sheet = ss.getSheetByName(SHEETS.refs.name);
  return sheet ? readTable(sheet, SHEETS.refs, { zone }) : undefined;
}

/** The lists as the curator edited them. */
export function readRefs(ss: Spreadsheet, zone?: Zone): ReferenceLists {
  return refsFromTable(readRefsTable(ss, zone));
}
