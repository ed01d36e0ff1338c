/**
 * ScriptApp: enums, installable triggers kept as records (Google's limit of 20 per user and script
 * enforced), and the dispatcher that runs a trigger's handler. Handlers are found through
 * `onTrigger(callback)` if a test set one, else as functions on the object given to installGlobals.
 */
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError, GAS_MESSAGES } from "../core/errors";
import type { Kernel } from "../core/kernel";

export const AuthMode = { NONE: "NONE", CUSTOM_FUNCTION: "CUSTOM_FUNCTION", LIMITED: "LIMITED", FULL: "FULL" } as const;
export const TriggerSource = {
  SPREADSHEETS: "SPREADSHEETS",
  CLOCK: "CLOCK",
  FORMS: "FORMS",
  DOCUMENTS: "DOCUMENTS",
  CALENDAR: "CALENDAR",
} as const;
export const EventType = {
  CLOCK: "CLOCK",
  ON_OPEN: "ON_OPEN",
  ON_EDIT: "ON_EDIT",
  ON_FORM_SUBMIT: "ON_FORM_SUBMIT",
  ON_CHANGE: "ON_CHANGE",
  ON_EVENT_UPDATED: "ON_EVENT_UPDATED",
} as const;
export const AuthorizationStatus = { REQUIRED: "REQUIRED", NOT_REQUIRED: "NOT_REQUIRED" } as const;

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: keyof typeof EventType;
  source: keyof typeof TriggerSource;
  sourceId: string | null;
  schedule?: Record<string, unknown>;
}

export type TriggerHandler = (handlerName: string, event: Record<string, unknown>) => unknown;

const MAX_TRIGGERS = 20;

export class TriggerTable {
  records: TriggerRecord[] = [];
  handler: TriggerHandler | null = null;
  globalsTarget: Record<string, unknown> | null = null;
  nextUid = 1;
  constructor(private readonly k: Kernel) {}

  add(r: Omit<TriggerRecord, "uid">): TriggerRecord {
    if (this.records.length >= MAX_TRIGGERS) throw new GasError(GAS_MESSAGES.tooManyTriggers);
    const rec = { ...r, uid: String(this.nextUid++) } as TriggerRecord;
    this.records.push(rec);
    return rec;
  }

  /** Run one handler as Apps Script would for a trigger: no Ui, locks released at the end. */
  run(handlerName: string, event: Record<string, unknown>, afterRun?: () => void): unknown {
    const ctx = this.k.ctx;
    const saved = { depth: ctx.depth, ui: ctx.uiAvailable };
    ctx.depth = 0;
    ctx.uiAvailable = false;
    // Dates in the event (an edit's value and oldValue) are the script's own, as in Apps Script.
    const RealmDate = ctx.realmDate;
    if (RealmDate)
      event = Object.fromEntries(
        Object.entries(event).map(([k, v]) => [k, v instanceof Date ? new RealmDate(v.getTime()) : v]),
      );
    try {
      if (this.handler) return this.handler(handlerName, event);
      const fn = this.globalsTarget?.[handlerName];
      if (typeof fn !== "function")
        throw new Error(`Emulator: no handler function ${handlerName} (give it with onTrigger or as a global)`);
      return (fn as (e: unknown) => unknown)(event);
    } finally {
      ctx.depth = saved.depth;
      ctx.uiAvailable = saved.ui;
      afterRun?.();
    }
  }

  fire(
    eventType: TriggerRecord["eventType"],
    sourceId: string | null,
    makeEvent: (t: TriggerRecord) => Record<string, unknown>,
    afterRun?: () => void,
  ): unknown[] {
    return this.records
      .filter((t) => t.eventType === eventType && (sourceId === null || t.sourceId === sourceId))
      .map((t) => this.run(t.handler, makeEvent(t), afterRun));
  }
}

export class EmuTrigger {
  constructor(
    readonly rec: TriggerRecord,
    ctx: CallContext,
  ) {
    counted(this, "Trigger", ctx);
  }
  getHandlerFunction(): string {
    return this.rec.handler;
  }
  getEventType(): string {
    return this.rec.eventType;
  }
  getTriggerSource(): string {
    return this.rec.source;
  }
  getTriggerSourceId(): string | null {
    return this.rec.sourceId;
  }
  getUniqueId(): string {
    return this.rec.uid;
  }
}

type Source = string | { getId(): string };
const idOf = (s: Source) => (typeof s === "string" ? s : s.getId());

class EmuTriggerBuilder {
  constructor(
    private readonly table: TriggerTable,
    private readonly handler: string,
    private readonly ctx: CallContext,
  ) {
    counted(this, "TriggerBuilder", ctx);
  }
  forSpreadsheet(ss: Source): EmuSourceTriggerBuilder {
    return new EmuSourceTriggerBuilder(
      this.table,
      this.handler,
      "SPREADSHEETS",
      idOf(ss),
      this.ctx,
      "SpreadsheetTriggerBuilder",
    );
  }
  forForm(form: Source): EmuSourceTriggerBuilder {
    return new EmuSourceTriggerBuilder(this.table, this.handler, "FORMS", idOf(form), this.ctx, "FormTriggerBuilder");
  }
  forDocument(doc: Source): EmuSourceTriggerBuilder {
    return new EmuSourceTriggerBuilder(
      this.table,
      this.handler,
      "DOCUMENTS",
      idOf(doc),
      this.ctx,
      "DocumentTriggerBuilder",
    );
  }
  timeBased(): EmuClockTriggerBuilder {
    return new EmuClockTriggerBuilder(this.table, this.handler, this.ctx);
  }
}

class EmuSourceTriggerBuilder {
  private eventType: TriggerRecord["eventType"] | null = null;
  constructor(
    private readonly table: TriggerTable,
    private readonly handler: string,
    private readonly source: TriggerRecord["source"],
    private readonly sourceId: string,
    private readonly ctx: CallContext,
    className: string,
  ) {
    counted(this, className, ctx);
  }
  private on(t: TriggerRecord["eventType"], allowed: Array<TriggerRecord["source"]>): this {
    if (!allowed.includes(this.source)) throw new GasError(`Invalid trigger type for this source: ${t}`);
    this.eventType = t;
    return this;
  }
  onOpen(): this {
    return this.on("ON_OPEN", ["SPREADSHEETS", "FORMS", "DOCUMENTS"]);
  }
  onEdit(): this {
    return this.on("ON_EDIT", ["SPREADSHEETS"]);
  }
  onChange(): this {
    return this.on("ON_CHANGE", ["SPREADSHEETS"]);
  }
  onFormSubmit(): this {
    return this.on("ON_FORM_SUBMIT", ["SPREADSHEETS", "FORMS"]);
  }
  create(): EmuTrigger {
    if (!this.eventType) throw new GasError("Trigger event type is required.");
    return new EmuTrigger(
      this.table.add({
        handler: this.handler,
        eventType: this.eventType,
        source: this.source,
        sourceId: this.sourceId,
      }),
      this.ctx,
    );
  }
}

class EmuClockTriggerBuilder {
  private schedule: Record<string, unknown> = {};
  constructor(
    private readonly table: TriggerTable,
    private readonly handler: string,
    private readonly ctx: CallContext,
  ) {
    counted(this, "ClockTriggerBuilder", ctx);
  }
  after(ms: number): this {
    this.schedule.after = ms;
    return this;
  }
  at(date: Date): this {
    this.schedule.at = new Date(date).toISOString();
    return this;
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new GasError("The value passed to everyMinutes must be 1, 5, 10, 15 or 30.");
    this.schedule.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    if (![1, 2, 4, 6, 8, 12].includes(n))
      throw new GasError("The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.");
    this.schedule.everyHours = n;
    return this;
  }
  everyDays(n: number): this {
    this.schedule.everyDays = n;
    return this;
  }
  everyWeeks(n: number): this {
    this.schedule.everyWeeks = n;
    return this;
  }
  atHour(h: number): this {
    this.schedule.atHour = h;
    return this;
  }
  nearMinute(m: number): this {
    this.schedule.nearMinute = m;
    return this;
  }
  onWeekDay(d: string): this {
    this.schedule.onWeekDay = d;
    return this;
  }
  inTimezone(tz: string): this {
    this.schedule.timezone = tz;
    return this;
  }
  create(): EmuTrigger {
    if (Object.keys(this.schedule).filter((k) => k !== "timezone").length === 0)
      throw new GasError("Clock trigger schedule is required.");
    return new EmuTrigger(
      this.table.add({
        handler: this.handler,
        eventType: "CLOCK",
        source: "CLOCK",
        sourceId: null,
        schedule: this.schedule,
      }),
      this.ctx,
    );
  }
}

export class EmuScriptApp {
  readonly AuthMode = AuthMode;
  readonly TriggerSource = TriggerSource;
  readonly EventType = EventType;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly WeekDay = {
    MONDAY: "MONDAY",
    TUESDAY: "TUESDAY",
    WEDNESDAY: "WEDNESDAY",
    THURSDAY: "THURSDAY",
    FRIDAY: "FRIDAY",
    SATURDAY: "SATURDAY",
    SUNDAY: "SUNDAY",
  };
  constructor(
    private readonly table: TriggerTable,
    private readonly ctx: CallContext,
    private readonly scriptId: string,
  ) {
    counted(this, "ScriptApp", ctx);
  }
  newTrigger(functionName: string): EmuTriggerBuilder {
    if (typeof functionName !== "string" || !functionName)
      throw new GasError(GAS_MESSAGES.invalidArgument("functionName"));
    return new EmuTriggerBuilder(this.table, functionName, this.ctx);
  }
  getProjectTriggers(): EmuTrigger[] {
    return this.table.records.map((r) => new EmuTrigger(r, this.ctx));
  }
  getUserTriggers(source: { getId(): string }): EmuTrigger[] {
    return this.table.records.filter((r) => r.sourceId === source.getId()).map((r) => new EmuTrigger(r, this.ctx));
  }
  deleteTrigger(trigger: EmuTrigger): void {
    this.table.records = this.table.records.filter((r) => r.uid !== trigger.rec.uid);
  }
  getScriptId(): string {
    return this.scriptId;
  }
  getAuthorizationInfo(): { getAuthorizationStatus(): string; getAuthorizationUrl(): string | null } {
    return { getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED, getAuthorizationUrl: () => null };
  }
  getOAuthToken(): string {
    return "emulator-oauth-token";
  }
  getService(): { getUrl(): string } {
    return { getUrl: () => `https://script.google.com/macros/s/${this.scriptId}/exec` };
  }
}
