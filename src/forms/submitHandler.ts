/**
 * The installable onFormSubmit trigger (one for all questionnaires). For each answer: take the document
 * lock, then read the state and find which questionnaire's response sheet it landed in, map and upsert it
 * with a fixed number of service calls (see workspace.ts), count it, and refresh the forms' people lists when
 * a register changed. Nothing is lost: an answer that cannot be accepted (a register with a damaged header
 * included), or that arrives while the lock cannot be had, goes whole to «Журнал ошибок» for «Повторить
 * обработку» (it also stays in the response sheet).
 */
import { parseDateText, type IsoDate } from "../domain/common/dates";
import type { Zone } from "../domain/workbook/zone";
import { readRefs } from "../sheets/refLists";
import { readSettings } from "../sheets/settings";
import { zoneOf } from "../sheets/table";
import { listsAfter, processAnswer, type Outcome } from "./applyAnswer";
import { refreshChoiceLists } from "./choiceLists";
import { rejectionReason } from "./failure";
import { logAnswer, type Envelope } from "./errorLog";
import { FORMS_TEXT } from "./messages";
import { formBySheet, readRegistry, saveState, type FormsState } from "./registry";
import { LiveWorkspace } from "./workspace";

type SubmitEvent = GoogleAppsScript.Events.FormsOnFormSubmit | GoogleAppsScript.Events.SheetsOnFormSubmit;

/** How long a submission waits for a curator's command to finish before it is logged for later. */
export const SUBMIT_WAIT_MS = 20000;

const TIMESTAMP_TITLES = ["Отметка времени", "Timestamp"];

/**
 * The day the person answered: the response's own timestamp («12.10.2026 15:30:00», written by Forms in
 * the spreadsheet's zone, so its date part is the day), else today in that zone.
 */
export function answeredDay(answers: Record<string, string[]>, zone: Zone, now: Date = new Date()): IsoDate {
  for (const title of TIMESTAMP_TITLES) {
    const text = answers[title]?.[0]?.trim();
    if (!text) continue;
    const day = parseDateText(text);
    if (day) return day;
    const instant = new Date(text);
    if (!isNaN(instant.getTime())) return zone.dateOf(instant);
  }
  return zone.today(now);
}

function bump(state: FormsState, form: string, field: "accepted" | "logged"): void {
  const counts = state.counts[form] ?? { accepted: 0, logged: 0 };
  counts[field] += 1;
  state.counts[form] = counts;
}

export function onFormSubmit(e: SubmitEvent): void {
  const event = e as GoogleAppsScript.Events.SheetsOnFormSubmit;
  // Only the spreadsheet trigger carries the response row; anything else is not ours.
  if (!event || !event.range || !event.namedValues) return;
  // The lock first: the state read below (counts, highest IDs) is only current once no other execution
  // can write it, so saving it back never undoes what a competing submission or command saved meanwhile.
  const lock = LockService.getDocumentLock();
  const locked = lock.tryLock(SUBMIT_WAIT_MS);
  try {
    const props = PropertiesService.getDocumentProperties();
    const { forms, state } = readRegistry(props);
    const responseSheet = event.range.getSheet();
    const form = formBySheet(forms, responseSheet.getSheetId(), "") ?? formBySheet(forms, -1, responseSheet.getName());
    // A form the curator linked by hand: its answers are none of the add-on's business.
    if (!form) return;
    const ss =
      (event as { source?: GoogleAppsScript.Spreadsheet.Spreadsheet }).source ?? SpreadsheetApp.getActiveSpreadsheet();
    const envelope: Envelope = { form, row: event.range.getRow(), answers: event.namedValues };
    const now = new Date();
    if (!locked) {
      // Nothing of the state is written without the lock: the answer waits in the log for «Повторить обработку».
      logAnswer(ss, envelope, FORMS_TEXT.lockBusy, now);
      return;
    }
    const zone = zoneOf(ss);
    const today = answeredDay(event.namedValues, zone);
    let ws: LiveWorkspace | undefined;
    let outcome: Outcome;
    try {
      ws = new LiveWorkspace(ss, readRefs(ss, zone), readSettings(ss, zone));
      outcome = processAnswer(ws, form, event.namedValues, state, today);
    } catch (error) {
      outcome = {
        kind: "rejected" as const,
        reason: rejectionReason(error, "onFormSubmit"),
      };
    }
    if (outcome.kind === "rejected") {
      logAnswer(ss, envelope, outcome.reason, now);
      bump(state, form, "logged");
    } else {
      bump(state, form, "accepted");
      if (ws && outcome.action !== "unchanged" && (outcome.sheet === "mentors" || outcome.sheet === "mentees")) {
        // A form list that cannot be refreshed now is refreshed by the next change or «Обновить списки».
        try {
          refreshChoiceLists(forms, listsAfter(ws, outcome.sheet), state);
        } catch (error) {
          console.error(`onFormSubmit: lists not refreshed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    saveState(props, state);
  } finally {
    if (locked) lock.releaseLock();
  }
}
