/**
 * The simple onEdit trigger: every edit anywhere runs it, so it looks at the sheet's name first (two calls)
 * and goes on only for «Пары» (pairsEdit.ts: a pair typed by hand, a hand swap, a status) or a register
 * (a row typed by hand gets the live formulas it lacks, sheets/liveColumns.ts, so the person counts at once).
 * Simple triggers run with AuthMode.LIMITED (the bound spreadsheet only); it never throws — a failing
 * trigger would only show the curator an error bar for an edit that itself succeeded.
 */
import { SHEETS } from "../domain/workbook/sheets";
import { fillRegisterRows, registerOf } from "../sheets/liveColumns";
import { onEditPairs } from "./pairsEdit";

export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const range = e?.range;
    if (!range) return;
    const sheet = range.getSheet();
    const name = sheet.getName();
    if (name === SHEETS.pairs.name) return onEditPairs(e);
    const key = registerOf(name);
    if (key) fillRegisterRows(sheet, key, range.getRow(), range.getLastRow());
  } catch (error) {
    console.error(`onEdit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
