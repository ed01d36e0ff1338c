/**
 * «Справочники» read into the reference lists every feature uses. A list whose column is missing, or that
 * the curator emptied, keeps its default (an empty list would make every value wrong).
 */
import { isBlank, squashSpaces } from "../common/normalise";
import { readRoleModels } from "../matching/roleModels";
import type { Problem, RoleModelRef } from "../matching/types";
import { defaultRefs, type Refs } from "../participants/refs";
import { DEFAULT_ROLE_MODELS } from "./defaults";
import type { SheetRows } from "./rows";
import { SHEETS } from "./sheets";

export type { RoleModelRef };

export interface ReferenceLists extends Refs {
  roleModels: readonly RoleModelRef[];
}

/**
 * The lists from «Справочники» as read (or the defaults when there is none). Role models come with their
 * rules (seniority, experience); a rule not understood goes to `problems` and keeps the default.
 */
export function refsFromRows(
  table: Pick<SheetRows, "rows" | "columns"> | null | undefined,
  problems: Problem[] = [],
): ReferenceLists {
  const refs: ReferenceLists = { ...defaultRefs(), roleModels: DEFAULT_ROLE_MODELS };
  if (!table) return refs;
  for (const key of Object.keys(defaultRefs()) as Array<keyof Refs>) {
    if (table.columns[key] === undefined) continue;
    const values = table.rows.map((r) => r.cells[key]).filter((v) => !isBlank(v));
    if (values.length) refs[key] = values.map((v) => squashSpaces(String(v)));
  }
  if (table.columns.roleModelForm !== undefined && table.columns.roleModels !== undefined) {
    const found = readRoleModels(
      table.rows.map((r) => ({
        form: r.cells.roleModelForm,
        model: r.cells.roleModels,
        seniority: r.cells.roleModelSeniority,
        experience: r.cells.roleModelExperience,
        row: r.rowNumber,
      })),
      SHEETS.refs.name,
    );
    if (found.roleModels.length) refs.roleModels = found.roleModels;
    problems.push(...found.problems);
  }
  return refs;
}
