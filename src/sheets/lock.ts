/**
 * Writes to shared sheets take the document lock, so a form submission and a curator's command never
 * interleave. Here, below ui/ and forms/, so that every layer that writes shared sheets can take it.
 */
import { UserFacingError } from "../domain/common/errors";
import { SHEET_TEXT } from "./messages";

const WAIT_MS = 20000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(WAIT_MS)) throw new UserFacingError(SHEET_TEXT.lockBusy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
