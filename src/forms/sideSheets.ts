/**
 * Appending records to the add-on's side sheets («История изменений», «Возможные дубликаты»): the sheet is
 * made (or its missing columns added) when first needed, columns found by header, rows encoded by the
 * codec. One answer's few records go by appendRow (atomic, and the sheet grows by itself: the same calls
 * however long the sheet is); a batch's many records go in one block.
 */
import type { SheetSpec } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { ensureSheet } from "../sheets/setup";
import { encodeRow, mapColumns } from "../sheets/table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function appendRecords(
  ss: Spreadsheet,
  spec: SheetSpec,
  records: ReadonlyArray<object>,
  zone: Zone,
  options: { hidden?: boolean; block?: boolean } = {},
): void {
  if (records.length === 0) return;
  // Inserting a sheet makes it the active one: a hidden sheet left active is shown again by the next
  // activate() of it (the curator's place is restored that way), so the curator's sheet is put back.
  const before = options.hidden ? ss.getActiveSheet() : null;
  const { sheet, header, isNew } = ensureSheet(ss, spec, { created: [], completed: [], unchanged: [] });
  if (isNew && options.hidden) {
    sheet.hideSheet();
    if (before && before.getSheetId() !== sheet.getSheetId()) ss.setActiveSheet(before);
  }
  const { columns } = mapColumns(spec, header);
  const block = records.map((r) => encodeRow(spec, columns, header.length, r as Record<string, unknown>, zone));
  if (!options.block) {
    for (const row of block) sheet.appendRow(row);
    return;
  }
  const start = sheet.getLastRow() + 1;
  const need = start + block.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(start, 1, block.length, header.length).setValues(block);
}
