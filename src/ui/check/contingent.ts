/** The contingent's rules (domain/contingent/validate.ts) over «Контингент» as it is now, with links. */
import { validateContingent } from "../../domain/contingent/validate";
import { SHEETS } from "../../domain/workbook/sheets";
import { contingentSheetOf, problemColumn, readContingentSheet } from "../../sheets/contingentSheet";
import type { ProblemDto, WorkbookCheck } from "./problem";

const SEVERITY = { error: "error", warning: "warning", suggestion: "info" } as const;

export const checkContingent: WorkbookCheck = (ss) => {
  const sheet = contingentSheetOf(ss);
  if (!sheet) return []; // the structure check reports the missing sheet
  const current = readContingentSheet(ss, sheet);
  if (current.table.missing.includes("fact")) return [];
  return validateContingent(current.rows).map((p): ProblemDto => ({
    severity: SEVERITY[p.severity],
    sheet: SHEETS.contingent.name,
    row: p.row ?? undefined,
    column: problemColumn(current.table, p),
    message: p.message,
  }));
};
