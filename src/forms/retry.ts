/**
 * «Повторить обработку»: the log's unprocessed questionnaire answers are processed again (after the curator
 * fixed a reference list, added a person or a pair, put a column back). Accepted entries are marked
 * «обработано»; refused ones get the new reason. Decisions:
 * - in chunks: each call takes the lock, processes at most `limit` pending entries (and stops taking new
 *   ones after RETRY_BUDGET_MS), writes the registers once, marks its entries, saves the state, and returns
 *   a cursor; the sidebar calls again from the cursor with a progress bar until `done`. A chunk commits at
 *   its end, so a run cut short keeps every chunk before it, and any backlog empties across calls;
 * - the cursor is the log sheet and the row of the first entry not yet taken: a refused entry is not tried
 *   twice in one run. The log only grows at its bottom, so rows before the cursor do not move (a row the
 *   curator deletes meanwhile can at worst leave an entry for the next run; nothing is lost);
 * - linear: the registers are read once per chunk and indexed (workspace.ts), the log is read from the
 *   cursor on, so each answer costs the same whatever the size of the registers and of the backlog;
 * - the log is found by its header as well as its name: a renamed «Журнал ошибок» keeps its pending
 *   entries, and a log made again beside it is read too;
 * - the forms' people lists are refreshed once, by the last chunk of a run (their hashes tell what changed):
 *   building them costs as much as the registers are long, which per chunk would grow with the backlog.
 */
import { ERROR_LOG_MESSAGES } from "../domain/questionnaires/messages";
import { NEEDS } from "../domain/workbook/needs";
import { readRefs } from "../sheets/refLists";
import { readSettings } from "../sheets/settings";
import { requireNeeds, sheetsByHeader } from "../sheets/structureGuard";
import { writeTable, zoneOf, type RowPatch, type Table } from "../sheets/table";
import { withDocumentLock } from "../sheets/lock";
import { listsAfter, processAnswer, type Outcome } from "./applyAnswer";
import { refreshChoiceLists } from "./choiceLists";
import { envelopeOf, readLogEntries, readLogFrom } from "./errorLog";
import { rejectionReason } from "./failure";
import { FORMS_TEXT } from "./messages";
import { readRegistry, saveState } from "./registry";
import { answeredDay } from "./submitHandler";
import { BatchWorkspace } from "./workspace";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Entries per call: seconds of work in Apps Script, far inside its 6 minutes (see bench «retry»). */
export const RETRY_CHUNK = 1000;
/** A call stops taking entries after this long, whatever `limit` says, and leaves time to write. */
export const RETRY_BUDGET_MS = 90_000;

export interface RetryCursor {
  /** Sheet IDs of the logs of this run, in order (the one named «Журнал ошибок» first). */
  sheets: number[];
  /** Which of `sheets` the next chunk reads. */
  index: number;
  /** Its row of the first entry not yet taken. */
  row: number;
}

export interface RetryOptions {
  cursor?: RetryCursor;
  limit?: number;
  /** What the earlier chunks of this run did, for the totals and the message. */
  before?: { processed: number; still: number };
}

export interface RetryResult {
  /** Accepted so far in this run (earlier chunks included). */
  processed: number;
  /** Refused again so far in this run. */
  still: number;
  /** Pending entries after the cursor, for the next chunks. */
  remaining: number;
  done: boolean;
  cursor: RetryCursor | null;
  message: string;
}

/** Only the two columns a retry changes are written: the answers' own text is not written back. */
function markColumns(table: Table): Table {
  const columns: Record<string, number> = {};
  for (const key of ["reason", "state"]) if (table.columns[key] !== undefined) columns[key] = table.columns[key];
  return { ...table, columns };
}

export function retryLog(ss: Spreadsheet, options: RetryOptions = {}): RetryResult {
  return withDocumentLock(() => {
    const zone = zoneOf(ss);
    const started = Date.now();
    const limit = options.limit ?? RETRY_CHUNK;
    const sheets = options.cursor?.sheets ?? sheetsByHeader(ss, "errors").map((s) => s.getSheetId());
    let index = options.cursor?.index ?? 0;
    let row = options.cursor?.row ?? 2;

    let ws: BatchWorkspace | undefined;
    let registry: ReturnType<typeof readRegistry> | undefined;
    const props = PropertiesService.getDocumentProperties();
    const marks: Array<{ table: Table; patches: RowPatch[] }> = [];
    let processed = 0;
    let still = 0;
    let remaining = 0;
    let taken = 0;
    let next: { index: number; row: number } | null = null;

    for (; index < sheets.length; index++, row = 2) {
      const sheet = ss.getSheetById(sheets[index]);
      if (!sheet) continue;
      const table = readLogFrom(sheet, row, zone);
      requireNeeds(table, NEEDS.errorLog, sheet.getName());
      const patches: RowPatch[] = [];
      // Envelopes are read only for the entries taken: the rest of the backlog is counted, not parsed.
      for (const entry of readLogEntries(table, { envelopes: false })) {
        if (!entry.pending) continue;
        if (next || taken >= limit || Date.now() - started > RETRY_BUDGET_MS) {
          next ??= { index, row: table.rows[entry.indexes[0]].rowNumber };
          remaining++;
          continue;
        }
        const envelope = envelopeOf(entry.raw);
        if (!envelope) continue;
        taken++;
        registry ??= readRegistry(props);
        ws ??= new BatchWorkspace(ss, readRefs(ss, zone), readSettings(ss, zone));
        const { form, answers } = envelope;
        let outcome: Outcome;
        try {
          outcome = processAnswer(ws, form, answers, registry.state, answeredDay(answers, zone));
        } catch (error) {
          outcome = { kind: "rejected", reason: rejectionReason(error, "retryFormAnswers") };
        }
        const rows = entry.indexes.map((i) => table.rows[i].rowNumber);
        if (outcome.kind === "accepted") {
          processed++;
          const counts = registry.state.counts[form] ?? { accepted: 0, logged: 0 };
          counts.accepted += 1;
          registry.state.counts[form] = counts;
          for (const rowNumber of rows) patches.push({ rowNumber, cells: { state: FORMS_TEXT.done } });
        } else {
          still++;
          rows.forEach((rowNumber, i) => {
            const reason =
              rows.length > 1 ? ERROR_LOG_MESSAGES.part(outcome.reason, i + 1, rows.length) : outcome.reason;
            patches.push({ rowNumber, cells: { reason } });
          });
        }
      }
      if (patches.length) marks.push({ table, patches });
    }

    // The registers first, then the marks: a call cut short between them leaves entries to process again,
    // which an answer survives (it finds its own row), never a marked entry whose answer is not written.
    ws?.flush();
    for (const m of marks) writeTable(markColumns(m.table), m.patches);
    const total = {
      processed: (options.before?.processed ?? 0) + processed,
      still: (options.before?.still ?? 0) + still,
    };
    const done = next === null;
    if (done && total.processed > 0) {
      registry ??= readRegistry(props);
      ws ??= new BatchWorkspace(ss, readRefs(ss, zone), readSettings(ss, zone));
      // What is written stays written: lists that cannot be refreshed now are by the next change or «Обновить списки».
      try {
        refreshChoiceLists(registry.forms, listsAfter(ws, "mentors"), registry.state);
      } catch (error) {
        console.error(
          `retryFormAnswers: lists not refreshed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    if (registry) saveState(props, registry.state);

    return {
      ...total,
      remaining,
      done,
      cursor: next ? { sheets, index: next.index, row: next.row } : null,
      message: done
        ? FORMS_TEXT.retryDone(total.processed, total.still)
        : FORMS_TEXT.retryProgress(total.processed + total.still, total.processed + total.still + remaining),
    };
  });
}
