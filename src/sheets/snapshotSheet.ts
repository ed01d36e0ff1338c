/**
 * The school's snapshot in its workbook: the hidden sheet «Снимок для муниципалитета», row 1 a note for
 * people, rows 2… the JSON in plain-text cells under the named range CMN_Snapshot. Written whole by
 * «Отправить в муниципалитет» (a fixed number of calls); read by the municipality with two calls on
 * the named range, nothing else of the school's workbook.
 */
import {
  joinChunks,
  readSnapshotText,
  snapshotJson,
  splitChunks,
  type Snapshot,
  type SnapshotRead,
} from "../domain/snapshot/index";
import { SNAPSHOT_SHEET_TEXT } from "../domain/snapshot/messages";
import { SNAPSHOT_SHEET } from "../domain/workbook/municipal";
import { ruDate } from "../domain/municipal/period";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The hidden sheet, created when missing. */
export function snapshotSheet(ss: Spreadsheet): Sheet {
  const existing = ss.getSheetByName(SNAPSHOT_SHEET.name);
  if (existing) return existing;
  // insertSheet activates the new sheet: the curator stays where they were.
  const before = ss.getActiveSheet();
  const sheet = ss.insertSheet(SNAPSHOT_SHEET.name, ss.getNumSheets());
  before?.activate();
  sheet.hideSheet();
  sheet.setColumnWidth(1, 600);
  sheet.protect().setWarningOnly(true).setDescription(SNAPSHOT_SHEET_TEXT.protection);
  return sheet;
}

export function writeSnapshotSheet(ss: Spreadsheet, snapshot: Snapshot): { cells: number; characters: number } {
  const sheet = snapshotSheet(ss);
  sheet.clear();
  const text = snapshotJson(snapshot);
  const chunks = splitChunks(text);
  const rows = chunks.length + 1;
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  const block = sheet.getRange(1, 1, rows, 1);
  // Plain text first, so no chunk is ever re-read as a number or a date; text then goes in as it is.
  block.setNumberFormat("@");
  block.setValues([[SNAPSHOT_SHEET_TEXT.header(ruDate(snapshot.reportDate))], ...chunks.map((c) => [c])]);
  block.setWrap(false);
  ss.setNamedRange(SNAPSHOT_SHEET.rangeName, sheet.getRange(2, 1, chunks.length, 1));
  return { cells: chunks.length, characters: text.length };
}

/**
 * The snapshot in a workbook (the school's own, or one opened by the municipality): null when it has
 * none. Two calls: the named range, its values.
 */
export function readSnapshotRange(ss: Spreadsheet): SnapshotRead | null {
  const range = ss.getRangeByName(SNAPSHOT_SHEET.rangeName);
  if (!range) return null;
  return readSnapshotText(joinChunks(range.getValues().map((r) => r[0])));
}
