/** The one spreadsheet onFormSubmit trigger for every questionnaire: found by handler name, never doubled. */
export const SUBMIT_HANDLER = "onFormSubmit";

/** Returns true when a trigger had to be created. Extra copies (from older versions) are deleted. */
export function ensureSubmitTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const ours = ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === SUBMIT_HANDLER);
  for (const extra of ours.slice(1)) ScriptApp.deleteTrigger(extra);
  if (ours.length > 0) return false;
  ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create();
  return true;
}
