/**
 * «Планы пар» ⇄ the plan rows: one read, and at most one write (the rows of pairs just approved). The
 * report reads the sheet with the others (reportSheet.ts).
 */
import { pairsWithoutPlanRow } from "../domain/matching/plans";
import { SHEETS } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { readTable, writeTable, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function plansTable(ss: Spreadsheet, zone: Zone): Table | undefined {
  const sheet = ss.getSheetByName(SHEETS.pairPlans.name);
  return sheet ? readTable(sheet, SHEETS.pairPlans, { zone }) : undefined;
}

/** Adds an empty plan row for each pair that has none (a workbook without the sheet is left as it is). */
export function addPlanRows(ss: Spreadsheet, pairIds: readonly string[], zone: Zone): number {
  if (pairIds.length === 0) return 0;
  const table = plansTable(ss, zone);
  if (!table) return 0;
  const missing = pairsWithoutPlanRow(
    pairIds,
    table.rows.map((r) => r.cells),
  );
  return writeTable(
    table,
    missing.map((pairId) => ({ cells: { pairId } })),
  ).appended.length;
}
