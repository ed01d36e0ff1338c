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

/**
 * The document lock for the simple edit trigger, waiting at most `waitMs`: the held lock, "busy" when
 * another script holds it (a matching run, a form answer), or null when this run may not use LockService
 * (a trigger's restricted mode) — then the caller goes on unlocked rather than lose the curator's edit.
 */
export function tryDocumentLock(waitMs: number): GoogleAppsScript.Lock.Lock | "busy" | null {
  let lock: GoogleAppsScript.Lock.Lock | null;
  try {
    lock = LockService.getDocumentLock();
  } catch {
    return null;
  }
  if (!lock) return null;
  return lock.tryLock(waitMs) ? lock : "busy";
}
