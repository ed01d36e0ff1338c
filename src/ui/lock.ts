/** Writes to shared sheets take the document lock, so a form submission and a curator's command never interleave. */
import { UserFacingError } from "./errors";
import { UI_TEXT } from "./messages";

const WAIT_MS = 20000;

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(WAIT_MS)) throw new UserFacingError(UI_TEXT.lockBusy);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
