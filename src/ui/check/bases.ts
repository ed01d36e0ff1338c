/**
 * The registers typed or pasted by the curator («Наставники», «Наставляемые», «Встречи», «Опросы»,
 * «Предпочтения»): every row through validateBase, each problem with a link to its cell; people without
 * an ID get one (one write of the ID column, under the document lock); people without consent are listed
 * as excluded from matching and counts.
 */
import { keepCell } from "../../domain/workbook/codec";
import { assignIds, BASE_SHEETS, formatId, ID_PREFIX, idNumber, validateBase } from "../../domain/participants";
import { headerDamage } from "../../domain/workbook/headerDamage";
import { SHEETS } from "../../domain/workbook/sheets";
import { FORMS_TEXT } from "../../forms/messages";
import { readRegistry, saveState } from "../../forms/registry";
import { readRefs } from "../../sheets/refLists";
import { decodeRow, mapColumns, zoneOf } from "../../sheets/table";
import { withDocumentLock } from "../../sheets/lock";
import { describeFailure } from "../errors";
import type { ProblemDto, WorkbookCheck } from "./problem";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function rowsOf(values: unknown[][], columns: Record<string, number>): Array<Record<string, unknown>> {
  return values.slice(1).map((row) => {
    const cells: Record<string, unknown> = {};
    for (const [key, c] of Object.entries(columns)) cells[key] = row[c] ?? "";
    return cells;
  });
}

/** Give IDs to the people rows that have none; re-read under the lock so a new answer is never overwritten. */
function assignMissingIds(sheet: Sheet, key: "mentors" | "mentees", idColumn: number): number {
  return withDocumentLock(() => {
    const props = PropertiesService.getDocumentProperties();
    const { state } = readRegistry(props);
    const prefix = ID_PREFIX[key];
    const values = sheet.getDataRange().getValues();
    const { columns } = mapColumns(SHEETS[key], values[0] ?? []);
    const rows = rowsOf(values, columns);
    // The highest code ever given counts too: a deleted person's code never comes back.
    const max = state.maxIds[prefix] ?? 0;
    const withHighest = max > 0 ? [...rows, { id: formatId(prefix, max) }] : rows;
    const candidates = assignIds(withHighest, prefix);
    if (candidates.length === 0) return 0;
    // The column is written whole: a curator's formula in it is written back as a formula, and gets no ID.
    const range = sheet.getRange(2, idColumn + 1, rows.length, 1);
    const formulas = range.getFormulas();
    const assigned = candidates.filter((a) => !formulas[a.index]?.[0]);
    if (assigned.length === 0) return 0;
    const ids = rows.map((r, i) => [formulas[i]?.[0] || keepCell(r.id)]);
    for (const a of assigned) ids[a.index] = [a.id];
    range.setValues(ids);
    for (const a of assigned) {
      const n = idNumber(a.id, prefix) ?? 0;
      if (n > (state.maxIds[prefix] ?? 0)) state.maxIds[prefix] = n;
    }
    saveState(props, state);
    return assigned.length;
  });
}

export const checkBases: WorkbookCheck = (ss) => {
  const problems: ProblemDto[] = [];
  const refs = readRefs(ss);
  const zone = zoneOf(ss);
  for (const key of BASE_SHEETS) {
    const spec = SHEETS[key];
    const sheet = ss.getSheetByName(spec.name);
    if (!sheet) continue; // the structure check reports it
    const values = sheet.getDataRange().getValues();
    // Rows read without their header or a required column would be misread: the structure check names it.
    const required = spec.columns.filter((c) => c.required).map((c) => c.key);
    if (headerDamage(spec, values[0] ?? [], required)) continue;
    const { columns } = mapColumns(spec, values[0] ?? []);
    // Cells decoded as every reader decodes them (dates → days in the spreadsheet's zone).
    const rows = values.slice(1).map((row) => decodeRow(spec, columns, row, zone));
    const check = validateBase(key, rows, refs, { firstRow: 2 });
    for (const p of check.problems) {
      const c = columns[p.columnKey];
      problems.push({
        severity: p.severity,
        sheet: p.sheet,
        row: p.row,
        column: c === undefined ? undefined : c + 1,
        message: p.message,
      });
    }
    if (key !== "mentors" && key !== "mentees") continue;
    const consentColumn = columns.consent;
    for (const r of check.records as Array<{ row: number; consent: boolean }>) {
      if (!r.consent)
        problems.push({
          severity: "info",
          sheet: spec.name,
          row: r.row,
          column: consentColumn === undefined ? undefined : consentColumn + 1,
          message: FORMS_TEXT.noConsentProblem(spec.name, r.row),
        });
    }
    if (check.missingIds.length > 0 && columns.id !== undefined) {
      try {
        const n = assignMissingIds(sheet, key, columns.id);
        if (n > 0)
          problems.push({
            severity: "info",
            sheet: spec.name,
            row: check.missingIds[0],
            column: columns.id + 1,
            message: FORMS_TEXT.idsAssigned(spec.name, n),
          });
      } catch (error) {
        problems.push({
          severity: "warning",
          sheet: spec.name,
          row: check.missingIds[0],
          message: describeFailure(error, "checkBases"),
        });
      }
    }
  }
  return problems;
};
