/**
 * LockService: one lock per scope (document, script, user). A Lock object holds it after tryLock or
 * waitLock; another Lock object of the same scope cannot take it until released. Tests simulate a
 * competing execution with `holdByOther(scope)`; waitLock then throws Google's "Lock timeout" at once.
 */
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError, GAS_MESSAGES } from "../core/errors";

export type LockScope = "document" | "script" | "user";

export class LockTable {
  holder: Record<LockScope, object | "other" | null> = { document: null, script: null, user: null };
  /** How many times each scope was acquired (for tests: "the submit handler took the document lock"). */
  acquired: Record<LockScope, number> = { document: 0, script: 0, user: 0 };
  holdByOther(scope: LockScope): void {
    this.holder[scope] = "other";
  }
  releaseOther(scope: LockScope): void {
    if (this.holder[scope] === "other") this.holder[scope] = null;
  }
  /** End of an execution: Apps Script releases every lock the script still holds. */
  releaseAll(): void {
    for (const s of Object.keys(this.holder) as LockScope[]) if (this.holder[s] !== "other") this.holder[s] = null;
  }
}

export class EmuLock {
  constructor(
    private readonly table: LockTable,
    private readonly scope: LockScope,
    ctx: CallContext,
  ) {
    counted(this, "Lock", ctx);
  }
  tryLock(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== "number" || timeoutInMillis < 0)
      throw new GasError(GAS_MESSAGES.invalidArgument("timeoutInMillis"));
    const h = this.table.holder[this.scope];
    if (h === this) return true;
    if (h !== null) return false;
    this.table.holder[this.scope] = this;
    this.table.acquired[this.scope]++;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new GasError(GAS_MESSAGES.lockTimeout);
  }
  releaseLock(): void {
    if (this.table.holder[this.scope] === this) this.table.holder[this.scope] = null;
  }
  hasLock(): boolean {
    return this.table.holder[this.scope] === this;
  }
}

export class EmuLockService {
  constructor(
    readonly table: LockTable,
    private readonly ctx: CallContext,
  ) {
    counted(this, "LockService", ctx);
  }
  getDocumentLock(): EmuLock {
    return new EmuLock(this.table, "document", this.ctx);
  }
  getScriptLock(): EmuLock {
    return new EmuLock(this.table, "script", this.ctx);
  }
  getUserLock(): EmuLock {
    return new EmuLock(this.table, "user", this.ctx);
  }
}
