/**
 * The simple onEdit trigger: rows typed into «Пары» get their live «В году отчёта» formula; when the curator
 * types another «ID наставника» (a hand swap), the pair's names, score and reasons are recomputed and a
 * toast warns if a hard rule breaks.
 *
 * Simple triggers run without authorisation (AuthMode.LIMITED): only the bound spreadsheet, no properties
 * or caches. Every edit anywhere runs this, so it looks at the sheet's name first (two calls) and at the
 * header of «Пары» next; it never throws — a failing trigger would only show the curator an error bar for
 * an edit that itself succeeded. The re-scoring writes «Пары», so it takes the document lock like every
 * other writer: when a matching run or a form answer holds it past a few seconds, the row is left for
 * «Пересчитать пары» and a toast says so (a trigger may run 30 seconds at most); where the trigger's mode
 * gives no LockService, it writes unlocked, as it always could.
 */
import { REVIEW_MESSAGES } from "../domain/matching/messages";
import { SHEETS } from "../domain/workbook/sheets";
import { pairsHeader } from "../sheets/pairsSheet";
import { recomputePairs } from "../sheets/pairsReview";
import { mapColumns } from "../sheets/table";
import { tryDocumentLock } from "../sheets/lock";
import { fillPairRows } from "../sheets/liveColumns";

const TOAST_SECONDS = 10;
/** Well inside the 30 seconds a simple trigger may run, re-scoring included. */
const LOCK_WAIT_MS = 8000;

export function onEditPairs(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    const range = e?.range;
    if (!range) return;
    const sheet = range.getSheet();
    if (sheet.getName() !== SHEETS.pairs.name) return;
    const { columns } = mapColumns(SHEETS.pairs, pairsHeader(sheet));
    // A pair typed by hand counts at once: its «В году отчёта» formula.
    fillPairRows(sheet, columns, range.getRow(), range.getLastRow());
    const column = columns.mentorId;
    if (column === undefined) return;
    const first = range.getColumn();
    if (column + 1 < first || column + 1 > first + range.getNumColumns() - 1) return;
    const top = Math.max(2, range.getRow());
    const bottom = range.getLastRow();
    if (bottom < top) return;

    const rows = new Set<number>();
    for (let r = top; r <= bottom; r++) rows.add(r);
    const ss = e?.source ?? SpreadsheetApp.getActiveSpreadsheet();
    const lock = tryDocumentLock(LOCK_WAIT_MS);
    if (lock === "busy") {
      ss.toast(REVIEW_MESSAGES.swapBusy(top), REVIEW_MESSAGES.swapTitle, TOAST_SECONDS);
      return;
    }
    let result: ReturnType<typeof recomputePairs>;
    try {
      result = recomputePairs(ss, { rows });
    } finally {
      lock?.releaseLock();
    }
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
  } catch (error) {
    console.error(`onEdit: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
