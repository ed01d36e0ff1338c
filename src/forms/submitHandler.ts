/**
 * The installable onFormSubmit trigger (one for all questionnaires). For each answer: find which
 * questionnaire's response sheet it landed in, take the document lock, map and upsert it with a fixed number
 * of service calls (see workspace.ts), count it, and refresh the forms' people lists when a register changed.
 * Nothing is lost: an answer that cannot be accepted, or that arrives while the lock cannot be had, goes
 * whole to «Журнал ошибок» for «Повторить обработку» (it also stays in the response sheet).
 */
import { parseYesNo } from "../domain/common/normalise";
import { readRefs } from "../sheets/refLists";
import { readSettings } from "../sheets/settings";
import { listsAfter, processAnswer, type Outcome } from "./applyAnswer";
import { refreshChoiceLists } from "./choiceLists";
import { logAnswer, type Envelope } from "./errorLog";
import { FORMS_TEXT } from "./messages";
import { formBySheet, readRegistry, saveState, type FormsState } from "./registry";
import { LiveWorkspace } from "./workspace";

type SubmitEvent = GoogleAppsScript.Events.FormsOnFormSubmit | GoogleAppsScript.Events.SheetsOnFormSubmit;

/** How long a submission waits for a curator's command to finish before it is logged for later. */
export const SUBMIT_WAIT_MS = 20000;

const TIMESTAMP_TITLES = ["Отметка времени", "Timestamp"];

/** When the person answered: the response's own timestamp («12.10.2026 15:30:00»), else now. */
export function answeredAt(answers: Record<string, string[]>, fallback: Date): Date {
  for (const title of TIMESTAMP_TITLES) {
    const text = answers[title]?.[0]?.trim();
    if (!text) continue;
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
    if (m)
      return new Date(
        Number(m[3]),
        Number(m[2]) - 1,
        Number(m[1]),
        Number(m[4] ?? 0),
        Number(m[5] ?? 0),
        Number(m[6] ?? 0),
      );
    const iso = new Date(text);
    if (!isNaN(iso.getTime())) return iso;
  }
  return fallback;
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
  const props = PropertiesService.getDocumentProperties();
  const { forms, state } = readRegistry(props);
  const responseSheet = event.range.getSheet();
  const form = formBySheet(forms, responseSheet.getSheetId(), "") ?? formBySheet(forms, -1, responseSheet.getName());
  // A form the curator linked by hand: its answers are none of the add-on's business.
  if (!form) return;
  const ss =
    (event as { source?: GoogleAppsScript.Spreadsheet.Spreadsheet }).source ?? SpreadsheetApp.getActiveSpreadsheet();
  const envelope: Envelope = { form, row: event.range.getRow(), answers: event.namedValues };
  const now = answeredAt(event.namedValues, new Date());

  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(SUBMIT_WAIT_MS)) {
    logAnswer(ss, envelope, FORMS_TEXT.lockBusy, now);
    return;
  }
  try {
    let ws: LiveWorkspace | undefined;
    let outcome: Outcome;
    try {
      ws = new LiveWorkspace(ss, readRefs(ss), parseYesNo(readSettings(ss).pseudonymous) === true);
      outcome = processAnswer(ws, form, event.namedValues, state, now);
    } catch (error) {
      outcome = {
        kind: "rejected" as const,
        reason: FORMS_TEXT.internal(error instanceof Error ? error.message : String(error)),
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
    lock.releaseLock();
  }
}
