/**
 * The installable onFormSubmit trigger. This stub takes the document lock and records nothing yet: the
 * questionnaires feature fills it in.
 */
import { withDocumentLock } from "../ui/lock";

export function onFormSubmit(_e: GoogleAppsScript.Events.FormsOnFormSubmit | GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  withDocumentLock(() => undefined);
}
