/**
 * «Повторить обработку»: the log's unprocessed questionnaire answers are processed again (after the curator
 * fixed a reference list, added a person or a pair). Accepted entries are marked «обработано»; refused ones
 * get the new reason. Whole tables are read once and each touched sheet written once.
 */
import { ERROR_LOG_MESSAGES } from "../domain/questionnaires/messages";
import { SHEETS } from "../domain/workbook/sheets";
import { readRefs } from "../sheets/refLists";
import { readSettings } from "../sheets/settings";
import { readTable, writeTable, zoneOf, type RowPatch } from "../sheets/table";
import { withDocumentLock } from "../sheets/lock";
import { listsAfter, processAnswer, type Outcome } from "./applyAnswer";
import { refreshChoiceLists } from "./choiceLists";
import { readLogEntries } from "./errorLog";
import { rejectionReason } from "./failure";
import { FORMS_TEXT } from "./messages";
import { readRegistry, saveState } from "./registry";
import { answeredDay } from "./submitHandler";
import { BatchWorkspace } from "./workspace";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RetryResult {
  processed: number;
  still: number;
  message: string;
}

export function retryLog(ss: Spreadsheet): RetryResult {
  return withDocumentLock(() => {
    const logSheet = ss.getSheetByName(SHEETS.errors.name);
    if (!logSheet) return { processed: 0, still: 0, message: FORMS_TEXT.retryDone(0, 0) };
    const zone = zoneOf(ss);
    const table = readTable(logSheet, SHEETS.errors, { zone });
    const pending = readLogEntries(table).filter((e) => e.pending && e.envelope);
    if (pending.length === 0) return { processed: 0, still: 0, message: FORMS_TEXT.retryDone(0, 0) };

    const props = PropertiesService.getDocumentProperties();
    const { forms, state } = readRegistry(props);
    const ws = new BatchWorkspace(ss, readRefs(ss, zone), readSettings(ss, zone));
    const patches: RowPatch[] = [];
    let processed = 0;
    let peopleChanged: "mentors" | "mentees" | undefined;
    for (const entry of pending) {
      const envelope = entry.envelope as NonNullable<typeof entry.envelope>;
      let outcome: Outcome;
      try {
        outcome = processAnswer(ws, envelope.form, envelope.answers, state, answeredDay(envelope.answers, zone));
      } catch (error) {
        outcome = {
          kind: "rejected",
          reason: rejectionReason(error, "retryFormAnswers"),
        };
      }
      const rows = entry.indexes.map((i) => table.rows[i].rowNumber);
      if (outcome.kind === "accepted") {
        processed++;
        const counts = state.counts[envelope.form] ?? { accepted: 0, logged: 0 };
        counts.accepted += 1;
        state.counts[envelope.form] = counts;
        for (const rowNumber of rows) patches.push({ rowNumber, cells: { state: FORMS_TEXT.done } });
        if (outcome.action !== "unchanged" && (outcome.sheet === "mentors" || outcome.sheet === "mentees"))
          peopleChanged = outcome.sheet;
      } else {
        rows.forEach((rowNumber, i) => {
          const reason = rows.length > 1 ? ERROR_LOG_MESSAGES.part(outcome.reason, i + 1, rows.length) : outcome.reason;
          patches.push({ rowNumber, cells: { reason } });
        });
      }
    }
    ws.flush();
    writeTable(table, patches);
    if (peopleChanged) refreshChoiceLists(forms, listsAfter(ws, peopleChanged), state);
    saveState(props, state);
    return {
      processed,
      still: pending.length - processed,
      message: FORMS_TEXT.retryDone(processed, pending.length - processed),
    };
  });
}
