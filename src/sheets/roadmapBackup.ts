/**
 * «Отменить импорт»: the roadmap as it was before the last import, kept so it can be given back cell for
 * cell.
 *
 * Where it is kept (a decision): a hidden sheet «Дорожная карта — до импорта», filled with one
 * Range.copyTo of the whole roadmap block (values, formulas, formats and validation, as Sheets copies
 * them) plus the notes of «Окончание». Document properties would not do: they hold 9 KB a value and
 * 500 KB in all, less than a long roadmap with its comments. A small document property records the
 * block's size, when the import ran, what it did, and a fingerprint of the rows it wrote.
 *
 * Undo copies the block back and clears the rows the import added below it. When the roadmap was
 * edited after the import (its fingerprint differs), undo asks first: those edits would be lost.
 * Only the last import can be undone; the backup is replaced by the next import.
 */
import { fingerprint } from "../domain/common/fingerprint";
import { ROADMAP_SHEET_TEXT as T } from "../domain/roadmap";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Cell = string | number | boolean | Date;

const PROPERTY = "cmn.roadmap.undo";

export interface UndoRecord {
  /** Rows of the backup (the header included) and its width. */
  rows: number;
  width: number;
  /** 1-based column of «Окончание», whose notes are kept too. */
  endColumn: number;
  /** Rows the import wrote under the header, and their fingerprint right after. */
  height: number;
  after: string;
  /** When the import ran (milliseconds since 1970). */
  when: number;
  added: number;
  updated: number;
  unchanged: number;
}

/** Nothing to undo, or the backup is gone: the message is for the curator. */
export class UndoError extends Error {}

/** Where the previous roadmap goes; its name is the curator's to see (the sheet can be shown). */
export const BACKUP_SHEET = T.backupSheet;

/** What the backup holds, for recordImport. */
export type Backup = Pick<UndoRecord, "rows" | "width" | "endColumn">;

/** Copy the roadmap block (`rows` × `width` from A1) to the hidden backup sheet. */
export function backupRoadmap(ss: Spreadsheet, sheet: Sheet, rows: number, width: number, endColumn: number): Backup {
  let backup = ss.getSheetByName(BACKUP_SHEET);
  if (!backup) {
    backup = ss.insertSheet(BACKUP_SHEET, ss.getNumSheets());
    backup.hideSheet();
  }
  backup.clear();
  const maxRows = backup.getMaxRows();
  backup.insertRowsAfter(maxRows, Math.max(1, rows - maxRows));
  const maxColumns = backup.getMaxColumns();
  if (width > maxColumns) backup.insertColumnsAfter(maxColumns, width - maxColumns);
  sheet.getRange(1, 1, rows, width).copyTo(backup.getRange(1, 1, rows, width));
  backup.getRange(1, endColumn, rows, 1).setNotes(sheet.getRange(1, endColumn, rows, 1).getNotes());
  return { rows, width, endColumn };
}

/** After the write: remember what the import did and what the rows it wrote look like now. */
export function recordImport(
  backup: Backup,
  written: Cell[][],
  counts: { added: number; updated: number; unchanged: number },
): void {
  const record: UndoRecord = {
    ...backup,
    height: written.length,
    after: fingerprint(written),
    when: Date.now(),
    ...counts,
  };
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(record));
}

export function lastImport(): UndoRecord | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(PROPERTY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as UndoRecord;
    return parsed && typeof parsed.rows === "number" ? parsed : null;
  } catch {
    return null;
  }
}

export type UndoOutcome = { done: true } | { done: false; edited: true };

/**
 * Give the roadmap back as it was before the last import. Without `force`, a roadmap edited since the
 * import is left alone and the caller asks the curator first. Throws Error with a Russian message when
 * there is nothing to undo.
 */
export function undoLastImport(ss: Spreadsheet, sheet: Sheet, force: boolean): UndoOutcome {
  const record = lastImport();
  if (!record) throw new UndoError(T.nothingToUndo);
  const backup = ss.getSheetByName(BACKUP_SHEET);
  if (!backup) throw new UndoError(T.backupMissing(BACKUP_SHEET));
  const lastRow = sheet.getLastRow();
  if (!force) {
    const now = sheet.getRange(2, 1, Math.max(record.height, 1), record.width).getValues() as Cell[][];
    if (fingerprint(now) !== record.after) return { done: false, edited: true };
  }
  const { rows, width, endColumn } = record;
  backup.getRange(1, 1, rows, width).copyTo(sheet.getRange(1, 1, rows, width));
  sheet.getRange(1, endColumn, rows, 1).setNotes(backup.getRange(1, endColumn, rows, 1).getNotes());
  if (lastRow > rows) {
    const extra = sheet.getRange(rows + 1, 1, lastRow - rows, width);
    extra.clearContent();
    extra.clearNote();
  }
  PropertiesService.getDocumentProperties().deleteProperty(PROPERTY);
  return { done: true };
}
