/**
 * The first check: every sheet and column the add-on needs is there. Each damage is named with its sheet,
 * its column and how to put it back (the structure guard's own words, sheets/structureGuard.ts), and is
 * offered to «Восстановить заголовки». A log found by its header under another name counts as present.
 */
import { headerDamage } from "../../domain/workbook/headerDamage";
import { SHEETS, SHEET_ORDER } from "../../domain/workbook/sheets";
import { describeDamage, findSheet, headerRow } from "../../sheets/structureGuard";
import type { ProblemDto, WorkbookCheck } from "./problem";

/** A sheet «Восстановить заголовки» would repair, as the check view lists it. */
export interface RestoreDto {
  sheet: string;
  kind: "sheet" | "headerRow" | "columns";
  /** Headers of the missing columns (kind "columns"). */
  columns: string[];
}

export function structureReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  problems: ProblemDto[];
  restore: RestoreDto[];
} {
  const problems: ProblemDto[] = [];
  const restore: RestoreDto[] = [];
  for (const key of SHEET_ORDER) {
    const spec = SHEETS[key];
    const sheet = key === "errors" ? findSheet(ss, key) : ss.getSheetByName(spec.name);
    if (!sheet) {
      const damage = { kind: "sheet" as const, sheet: spec.name };
      problems.push({ severity: "error", sheet: spec.name, message: describeDamage(damage) });
      restore.push({ sheet: spec.name, kind: "sheet", columns: [] });
      continue;
    }
    const name = sheet.getName();
    const damage = headerDamage(
      spec,
      headerRow(sheet),
      spec.columns.map((c) => c.key),
      name,
    );
    if (!damage) continue;
    if (damage.kind === "columns") {
      // One problem per column, each with the words that put it back.
      damage.headers.forEach((header, i) =>
        problems.push({
          severity: "error",
          sheet: name,
          row: 1,
          message: describeDamage({ ...damage, keys: [damage.keys[i]], headers: [header] }),
        }),
      );
      restore.push({ sheet: name, kind: "columns", columns: damage.headers });
    } else {
      problems.push({ severity: "error", sheet: name, row: 1, message: describeDamage(damage) });
      restore.push({ sheet: name, kind: damage.kind, columns: [] });
    }
  }
  return { problems, restore };
}

export const checkStructure: WorkbookCheck = (ss) => structureReport(ss).problems;
