/**
 * «Справочники» read into the reference lists every feature uses. A list whose column is missing, or that
 * the curator emptied, keeps its default (an empty list would make every value wrong).
 */
import { isBlank, squashSpaces } from "../common/normalise";
import { defaultRefs, type Refs } from "../participants/refs";
import { DEFAULT_ROLE_MODELS } from "./defaults";
import type { SheetRows } from "./rows";

export interface RoleModelRef {
  form: string;
  model: string;
}

export interface ReferenceLists extends Refs {
  roleModels: readonly RoleModelRef[];
}

/** The lists from «Справочники» as read (or the defaults when there is none). */
export function refsFromRows(table: Pick<SheetRows, "rows" | "columns"> | null | undefined): ReferenceLists {
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
