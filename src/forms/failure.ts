/**
 * The reason written to «Журнал ошибок» when processing an answer throws: the curator reads it there and
 * in the «Анкеты» view, so it is Russian — a damaged register's sentence with what to do, a CuratorError's
 * own sentence, Google's known failures in their meaning, else «внутренняя ошибка». The stack goes to the execution log for the developer.
 */
import { CuratorError, messageOf, serviceErrorText } from "../domain/common/errors";
import { StructureError } from "../sheets/structureGuard";
import { FORMS_TEXT } from "./messages";

export function rejectionReason(error: unknown, where: string): string {
  // A damaged register: the answer waits whole until the sheet is put right.
  if (error instanceof StructureError) return FORMS_TEXT.held(error.message);
  if (error instanceof CuratorError) return FORMS_TEXT.failed(error.message);
  console.error(`${where}: ${error instanceof Error && error.stack ? error.stack : messageOf(error)}`);
  const known = serviceErrorText(messageOf(error));
  return FORMS_TEXT.failed(known ?? FORMS_TEXT.internal);
}
