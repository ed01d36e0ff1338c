/**
 * What the curator reads when something fails, and what the developer gets. A UserFacingError (or any
 * CuratorError, both in domain/common/errors.ts) is already a Russian sentence for the curator and is shown as it is.
 * Anything else is a bug or a Google service failing: its stack goes to the execution log
 * (console.error), and the curator reads a Russian sentence — Google's known failures in their meaning,
 * anything else as an internal error — never the raw text («Error: …», «Exception: …»).
 */
import { CuratorError, messageOf, serviceErrorText } from "../domain/common/errors";
import { UI_TEXT } from "./messages";

/** Log the failure for the developer and give the sentence the curator reads. */
export function describeFailure(error: unknown, where: string): string {
  if (error instanceof CuratorError) return error.message;
  const stack = error instanceof Error && error.stack ? error.stack : messageOf(error);
  console.error(`${where}: ${stack}`);
  const known = serviceErrorText(messageOf(error));
  return known ? UI_TEXT.serviceFailed(known) : UI_TEXT.internalError;
}
