/** The first check: every sheet and column the add-on needs is there. */
import { SHEETS, SHEET_ORDER } from "../../domain/workbook/sheets";
import { mapColumns } from "../../sheets/table";
import type { ProblemDto, WorkbookCheck } from "./problem";
import { CHECK_TEXT } from "./messages";

export const checkStructure: WorkbookCheck = (ss) => {
  const problems: ProblemDto[] = [];
  for (const key of SHEET_ORDER) {
    const spec = SHEETS[key];
    const sheet = ss.getSheetByName(spec.name);
    if (!sheet) {
      problems.push({ severity: "error", sheet: spec.name, message: CHECK_TEXT.sheetMissing(spec.name) });
      continue;
    }
    const width = Math.max(sheet.getLastColumn(), 1);
    const header = sheet.getRange(1, 1, 1, width).getValues()[0];
    const { missing } = mapColumns(spec, header);
    for (const key of missing) {
      const col = spec.columns.find((c) => c.key === key)!;
      problems.push({
        severity: "error",
        sheet: spec.name,
        row: 1,
        message: CHECK_TEXT.columnMissing(spec.name, col.header),
      });
    }
  }
  return problems;
};
