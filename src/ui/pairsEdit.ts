/**
 * The simple onEdit trigger on «Пары»:
 * - a row typed in gets its live «В году отчёта» formula, so a pair typed by hand counts at once;
 * - another «ID наставника» typed in (a hand swap): the pair's names, score and reasons are recomputed and
 *   a toast warns if a hard rule breaks;
 * - «Статус» typed or pasted: a pair now «завершена» or «расторгнута» gets «Дата окончания» (today) when it
 *   had started and has none, a pair now «утверждена» or «активна» gets «Дата начала» when it has none,
 *   and the people of the pair follow it (domain/pairs/lifecycle.ts): «активен», or «завершил» with the
 *   date when they have no other live pair. A toast says what changed, by IDs only.
 *
 * Simple triggers run without authorisation (AuthMode.LIMITED): only the bound spreadsheet, no properties
 * or caches. Every edit anywhere runs this, so it looks at the sheet's name first (two calls) and at the
 * header of «Пары» next; it never throws — a failing trigger would only show the curator an error bar for
 * an edit that itself succeeded. Both write shared sheets, so it takes the document lock like every
 * other writer: when a matching run or a form answer holds it past a few seconds, the row is left (for
 * «Пересчитать пары», or the status typed again) and a toast says so (a trigger may run 30 seconds at most); where the trigger's mode
 * gives no LockService, it writes unlocked, as it always could.
 */
import { REVIEW_MESSAGES } from "../domain/matching/messages";
import { pairEditCells, type PairChange } from "../domain/pairs/lifecycle";
import { LIFECYCLE_TEXT } from "../domain/pairs/messages";
import { SHEETS } from "../domain/workbook/sheets";
import { followPairRows, pairStates, writePairChanges } from "../sheets/lifecycleSheet";
import { pairsHeader } from "../sheets/pairsSheet";
import { recomputePairs } from "../sheets/pairsReview";
import { StructureError } from "../sheets/structureGuard";
import { mapColumns, readTable, zoneOf } from "../sheets/table";
import { tryDocumentLock } from "../sheets/lock";
import { fillPairRows } from "../sheets/liveColumns";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TOAST_SECONDS = 10;
/** Well inside the 30 seconds a simple trigger may run, re-scoring included. */
const LOCK_WAIT_MS = 8000;

function rescoreSwapped(ss: Spreadsheet, rows: ReadonlySet<number>): void {
  const result = recomputePairs(ss, { rows });
  if (result.rescored.length === 0) return;
  const broken = result.rescored.filter((r) => r.violations.length > 0);
  let text: string;
  if (result.rescored.length > 1) text = REVIEW_MESSAGES.recomputed(result.rescored.length, broken.length);
  else {
    const r = result.rescored[0];
    text = !r.known
      ? REVIEW_MESSAGES.swapUnknown(r.row, r.violations)
      : r.violations.length
        ? REVIEW_MESSAGES.swapBroken(r.row, r.violations)
        : REVIEW_MESSAGES.swapOk(r.row, r.score ?? 0);
  }
  ss.toast(text, REVIEW_MESSAGES.swapTitle, TOAST_SECONDS);
}

/** «Статус» edited on some rows: the dates it implies, then the people. One read and one write per sheet. */
function followStatusEdit(ss: Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: ReadonlySet<number>) {
  const zone = zoneOf(ss);
  const today = zone.today();
  const table = readTable(sheet, SHEETS.pairs, { zone, withFormulas: true });
  const edited = pairStates(table).filter((p) => rows.has(p.row));
  const changes: PairChange[] = edited
    .map((p) => ({ row: p.row, pairId: p.pairId, cells: pairEditCells(p, today) }))
    .filter((c) => Object.keys(c.cells).length > 0);
  writePairChanges(table, changes);
  const people = followPairRows(ss, table, new Set(edited.map((p) => p.row)), today);
  const text = LIFECYCLE_TEXT.edited(
    [...rows],
    changes.map((c) => ({ row: c.row, ...c.cells })),
    people,
  );
  if (text) ss.toast(text, LIFECYCLE_TEXT.toastTitle, TOAST_SECONDS);
}

export function onEditPairs(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const range = e?.range;
    if (!range) return;
    const sheet = range.getSheet();
    if (sheet.getName() !== SHEETS.pairs.name) return;
    const { columns } = mapColumns(SHEETS.pairs, pairsHeader(sheet));
    // A pair typed by hand counts at once: its «В году отчёта» formula.
    fillPairRows(sheet, columns, range.getRow(), range.getLastRow());
    const first = range.getColumn();
    const last = first + range.getNumColumns() - 1;
    const touches = (column: number | undefined) => column !== undefined && column + 1 >= first && column + 1 <= last;
    const swapped = touches(columns.mentorId);
    const statusEdited = touches(columns.status);
    if (!swapped && !statusEdited) return;
    const top = Math.max(2, range.getRow());
    const bottom = range.getLastRow();
    if (bottom < top) return;

    const rows = new Set<number>();
    for (let r = top; r <= bottom; r++) rows.add(r);
    const ss = e?.source ?? SpreadsheetApp.getActiveSpreadsheet();
    const lock = tryDocumentLock(LOCK_WAIT_MS);
    if (lock === "busy") {
      if (swapped) ss.toast(REVIEW_MESSAGES.swapBusy(top), REVIEW_MESSAGES.swapTitle, TOAST_SECONDS);
      if (statusEdited) ss.toast(LIFECYCLE_TEXT.editBusy(top), LIFECYCLE_TEXT.toastTitle, TOAST_SECONDS);
      return;
    }
    try {
      if (swapped) rescoreSwapped(ss, rows);
      if (statusEdited) followStatusEdit(ss, sheet, rows);
    } finally {
      lock?.releaseLock();
    }
  } catch (error) {
    // A damaged «Пары» is said where the curator is looking; anything else goes to the log.
    if (error instanceof StructureError) {
      (e?.source ?? SpreadsheetApp.getActiveSpreadsheet()).toast(
        error.message,
        REVIEW_MESSAGES.swapTitle,
        TOAST_SECONDS,
      );
      return;
    }
    console.error(`onEdit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
