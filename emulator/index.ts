/**
 * The emulator of the Apps Script services «Куратор ЦМН» calls: in memory, test grade, held to Google's
 * observable behaviour (stricter where unsure). `createEmulator()` builds one world: an active
 * spreadsheet, forms, documents, properties, locks, triggers, Ui, and the globals a script sees.
 *
 * Trigger handlers (onFormSubmit, onEdit, clock) are called through `onTrigger(callback)` when a test
 * sets one, else as functions of the same name on the object last given to `installGlobals`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { api, CallContext } from "./core/calls";
import type { CallCounter } from "./core/calls";
import { idGenerator } from "./core/kernel";
import type { Kernel } from "./core/kernel";
import { DEFAULT_TZ } from "./core/time";
import { DocumentRegistry, EmuDocumentApp } from "./documents/document-app";
import type { DocumentState } from "./documents/document-app";
import { documentText } from "./documents/model";
import { DriveRegistry, EmuDriveApp, MimeType } from "./drive/drive-app";
import type { DriveState } from "./drive/drive-app";
import { EmuFormApp, FormRegistry } from "./forms/form-app";
import type { Answer } from "./forms/form-app";
import { EmuHtmlService } from "./services/html";
import { EmuLockService, LockTable } from "./services/lock";
import { EmuPropertiesService } from "./services/properties";
import type { PropertyStores } from "./services/properties";
import { EmuScriptApp, TriggerTable } from "./services/script-app";
import type { TriggerHandler, TriggerRecord } from "./services/script-app";
import { EmuUiImpl } from "./services/ui";
import type { EmuUi } from "./services/ui";
import { EmuCacheService, EmuLogger, EmuSession, EmuUtilities } from "./services/utilities";
import { loadSpreadsheet, saveSpreadsheet } from "./sheets/persistence";
import type { Json, SpreadsheetState } from "./sheets/persistence";
import type { EmuRange } from "./sheets/range";
import { ChartType } from "./sheets/sheet-objects";
import { snapshotOf } from "./sheets/snapshot";
import type { SpreadsheetSnapshot } from "./sheets/snapshot";
import { EmuSpreadsheet } from "./sheets/spreadsheet";
import { EmuSpreadsheetApp, SpreadsheetRegistry } from "./sheets/spreadsheet-app";

export type { EmuRange } from "./sheets/range";
export type { EmuSheet } from "./sheets/sheet";
export type { EmuSpreadsheet } from "./sheets/spreadsheet";
export type { SpreadsheetSnapshot, SheetSnapshot, CellSnapshot, ChartData } from "./sheets/snapshot";
export type { EmuUi, RecordedMenu, MenuEntry, RecordedDialog } from "./services/ui";
export { DialogPending } from "./services/ui";
export type { TriggerRecord } from "./services/script-app";
export { GasError } from "./core/errors";

export const ADDON_NAME = "Куратор ЦМН";

/**
 * The title Sheets gives an add-on's menu (Extensions → name): the name in the built add-on's manifest
 * (htmlDir/appsscript.json), as Apps Script takes it; ADDON_NAME when there is no manifest to read.
 */
function addonNameIn(dir: string | undefined): string {
  if (!dir) return ADDON_NAME;
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "appsscript.json"), "utf8"));
    return typeof manifest?.addOns?.common?.name === "string" ? manifest.addOns.common.name : ADDON_NAME;
  } catch {
    return ADDON_NAME;
  }
}

export interface EmulatorState {
  version: 1;
  ids: Record<string, number>;
  activeSpreadsheetId: string;
  spreadsheets: SpreadsheetState[];
  properties: PropertyStores;
  triggers: { records: TriggerRecord[]; nextUid: number };
  forms: Json;
  nextItemId: number;
  documents: DocumentState[];
  /** Spreadsheets the user cannot open (absent in states saved before there were several). */
  denied?: string[];
  /** Folders and where files live (states saved before DriveApp existed have none). */
  drive?: DriveState;
}

export interface EmulatorOptions {
  now?: () => Date;
  authMode?: "FULL" | "NONE";
  htmlDir?: string;
  user?: string;
  state?: EmulatorState;
  /** Name of the first spreadsheet (default «Куратор ЦМН — тест»). */
  spreadsheetName?: string;
}

export type EmuSpreadsheetApi = GoogleAppsScript.Spreadsheet.Spreadsheet & {
  snapshot(only?: string): SpreadsheetSnapshot;
};

/** The emulated Drive's spreadsheets: a district of schools and a municipality in one world. */
export interface SpreadsheetDrive {
  /** A new spreadsheet (one sheet «Лист1»); it does not become active. */
  create(name: string): EmuSpreadsheetApi;
  list(): Array<{ id: string; name: string; url: string; active: boolean; denied: boolean }>;
  get(id: string): EmuSpreadsheetApi | null;
  /** Make a spreadsheet the active one (what getActiveSpreadsheet returns from now on). */
  setActive(id: string): void;
  /** The user loses (or regains) access: openById/openByUrl then fail as in Apps Script. */
  denyAccess(id: string, denied?: boolean): void;
  /** The file is deleted: opening it fails as for an unknown id. */
  remove(id: string): void;
}

export interface Emulator {
  /** What a script sees as globals. */
  globals: Record<string, unknown>;
  /** The active spreadsheet, as a script holds it (calls through it are counted), typed as Apps Script's. */
  readonly spreadsheet: EmuSpreadsheetApi;
  /** Every spreadsheet of the emulated Drive. */
  spreadsheets: SpreadsheetDrive;
  ui: EmuUi;
  calls: CallCounter;
  documents: {
    /** A Google Doc holding these tables of text (as a curator's roadmap Doc would). */
    create(name: string, tables: string[][][]): string;
    /** Every document, with the Drive folder it is in. */
    list(): Array<{ id: string; name: string; folder: string }>;
    /** A document as text: paragraphs as lines, table cells between « | », page breaks marked. */
    text(id: string): string;
  };
  drive: {
    /**
     * DriveApp no longer finds the file (DocumentApp still opens it): a Doc the add-on did not create and
     * was not given, as the drive.file scope sees it.
     */
    unreachable(id: string): void;
  };
  triggers: {
    list(): TriggerRecord[];
    /** Run one installed trigger's handler with an event (clock triggers: no event needed). */
    fire(uid: string, event?: Record<string, unknown>): unknown;
  };
  forms: {
    /** A respondent answers (by item title); appends the response row and fires onFormSubmit triggers. */
    submit(formId: string, answers: Record<string, Answer>, options?: { email?: string; timestamp?: Date }): string;
    /** Open a pre-filled link as a respondent: its form and the answers already filled in, by item title. */
    prefilled(url: string): { formId: string; answers: Record<string, Answer> };
  };
  locks: LockTable;
  logs: string[];
  /** Utilities.sleep calls (milliseconds), not waited. */
  sleeps: number[];
  /**
   * Copy the globals onto `target` (globalThis or a node:vm context). Trigger handlers and onOpen are
   * then looked up on it by name, unless onTrigger gave a dispatcher.
   */
  installGlobals(target: object): void;
  /** Handler dispatch for triggers: (handlerName, event) → result. */
  onTrigger(handler: TriggerHandler): void;
  setAuthMode(mode: "FULL" | "NONE"): void;
  /** A person types `value` into a cell: parsed as in the UI, validation enforced, onEdit fired. */
  editAsUser(sheetName: string, a1: string, value: unknown): void;
  /** A formula cell's error (e.g. #ERROR! with a CMN_ function's Russian message), or null. */
  cellError(sheetName: string, a1: string): { error: string; message: string } | null;
  /** The add-on is opened: runs the global onOpen({authMode, source, user}) in the given mode. */
  open(authMode?: "FULL" | "NONE" | "LIMITED"): void;
  /** Recompute TODAY()/NOW() after the clock moved. */
  recalculate(): void;
  /** End of one execution: locks the script still holds are released, as Apps Script does. */
  endExecution(): void;
  save(): EmulatorState;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const state = options.state;
  const ctx = new CallContext();
  ctx.authMode = options.authMode ?? "FULL";
  const ids = idGenerator(state?.ids);
  const k: Kernel = {
    ctx,
    now: options.now ?? (() => new Date()),
    tz: DEFAULT_TZ,
    user: options.user ?? "curator@school.example",
    htmlDir: options.htmlDir ?? "dist",
    newId: ids.newId,
    hooks: {},
  };
  const ui = new EmuUiImpl(ctx, addonNameIn(options.htmlDir));
  const spreadsheets = new SpreadsheetRegistry(k);
  const triggers = new TriggerTable(k);
  const locks = new LockTable();
  const formRegistry = new FormRegistry(k, spreadsheets, triggers);
  const docs = new DocumentRegistry(() => k.newId("doc"));
  const drive = new DriveRegistry(k.newId, {
    documents: docs,
    spreadsheetName: (id) => spreadsheets.all.get(id)?.getName(),
    renameSpreadsheet: (id, name) => spreadsheets.all.get(id)?.rename(name),
  });
  docs.onCreate = (id) => drive.file(id, MimeType.GOOGLE_DOCS);
  const properties: PropertyStores = state ? structuredClone(state.properties) : { document: {}, script: {}, user: {} };

  // Test hooks of every spreadsheet (not counted: «snapshot» is emulator-only).
  const attach = (ss: EmuSpreadsheet) => {
    (ss as unknown as { snapshot: (only?: string) => SpreadsheetSnapshot }).snapshot = (only?: string) =>
      ctx.quiet(() => snapshotOf(ss, only));
  };
  spreadsheets.onCreate = attach;
  if (state) {
    for (const s of state.spreadsheets) {
      const ss = loadSpreadsheet(k, s);
      attach(ss);
      spreadsheets.all.set(s.id, ss);
    }
    for (const id of state.denied ?? []) spreadsheets.denied.add(id);
    spreadsheets.active = spreadsheets.all.get(state.activeSpreadsheetId) ?? null;
    triggers.records = state.triggers.records.map((r) => ({ ...r }));
    triggers.nextUid = state.triggers.nextUid;
    formRegistry.load(state.forms);
    formRegistry.nextItemId = Math.max(formRegistry.nextItemId, state.nextItemId);
    for (const d of state.documents) docs.load(d);
    drive.load(state.drive);
  } else {
    spreadsheets.active = spreadsheets.create(options.spreadsheetName ?? `${ADDON_NAME} — тест`);
  }
  const active = () => spreadsheets.active as EmuSpreadsheet;
  ui.toastSource = () => active().toasts;
  k.hooks.findSpreadsheet = (id) => spreadsheets.all.get(id);
  k.hooks.formUrlFor = (id, sheetName) => formRegistry.formUrlFor(id, sheetName);

  const logger = new EmuLogger(ctx);
  const utilities = new EmuUtilities(ctx);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: api(new EmuSpreadsheetApp(k, spreadsheets, ui)),
    FormApp: api(new EmuFormApp(formRegistry)),
    DocumentApp: api(new EmuDocumentApp(docs, ctx)),
    DriveApp: api(new EmuDriveApp(drive, ctx)),
    HtmlService: api(new EmuHtmlService(ctx, k.htmlDir)),
    PropertiesService: api(new EmuPropertiesService(properties, ctx)),
    LockService: api(new EmuLockService(locks, ctx)),
    ScriptApp: api(new EmuScriptApp(triggers, ctx, "script_emu")),
    Utilities: api(utilities),
    Session: api(new EmuSession(k)),
    Logger: api(logger),
    CacheService: api(new EmuCacheService(k)),
    Charts: { ChartType, Position: { BOTTOM: "BOTTOM", NONE: "NONE", RIGHT: "RIGHT", TOP: "TOP" } },
  };

  const fireEdit = (event: Record<string, unknown>) => {
    const source = event.source as EmuSpreadsheet;
    const e = { ...event, range: api(event.range), source: api(source), user: { getEmail: () => k.user } };
    const simple = triggers.globalsTarget?.onEdit;
    // The simple trigger: a global onEdit on the object given to installGlobals.
    if (typeof simple === "function") {
      const saved = triggers.handler;
      triggers.handler = null;
      try {
        triggers.run("onEdit", { ...e, authMode: "LIMITED" }, () => locks.releaseAll());
      } finally {
        triggers.handler = saved;
      }
    }
    triggers.fire(
      "ON_EDIT",
      source.id,
      (t) => ({ ...e, authMode: "FULL", triggerUid: t.uid }),
      () => locks.releaseAll(),
    );
  };
  k.hooks.fireEdit = fireEdit;

  const apiOf = (ss: EmuSpreadsheet) => api(ss) as unknown as EmuSpreadsheetApi;
  const known = (id: string): EmuSpreadsheet => {
    const ss = spreadsheets.all.get(id);
    if (!ss) throw new Error(`Emulator: no spreadsheet ${id}`);
    return ss;
  };
  const spreadsheetDrive: SpreadsheetDrive = {
    create: (name) => apiOf(ctx.quiet(() => spreadsheets.create(name))),
    list: () =>
      [...spreadsheets.all.values()].map((ss) => ({
        id: ss.id,
        name: ss.name,
        url: ss.getUrl(),
        active: ss === spreadsheets.active,
        denied: spreadsheets.denied.has(ss.id),
      })),
    get: (id) => {
      const ss = spreadsheets.all.get(id);
      return ss ? apiOf(ss) : null;
    },
    setActive: (id) => {
      spreadsheets.active = known(id);
    },
    denyAccess: (id, denied = true) => {
      known(id);
      if (denied) spreadsheets.denied.add(id);
      else spreadsheets.denied.delete(id);
    },
    remove: (id) => {
      known(id);
      spreadsheets.remove(id);
    },
  };

  const sheetRange = (sheetName: string, a1: string): EmuRange => {
    const sheet = active().getSheetByName(sheetName);
    if (!sheet) throw new Error(`Emulator: no sheet «${sheetName}»`);
    return sheet.getRange(a1);
  };

  return {
    globals,
    get spreadsheet() {
      return apiOf(active());
    },
    spreadsheets: spreadsheetDrive,
    ui,
    calls: ctx,
    documents: {
      create: (name, tables) => docs.create(name, tables),
      list: () =>
        [...docs.docs.values()].map((d) => {
          const entry = drive.lookup(d.id);
          const folder = entry?.parent ? drive.entries.get(entry.parent) : undefined;
          return { id: d.id, name: d.name, folder: folder ? drive.nameOf(folder) : "" };
        }),
      text: (id) => {
        const d = docs.docs.get(id);
        if (!d) throw new Error(`Emulator: no document ${id}`);
        return documentText(d);
      },
    },
    drive: { unreachable: (id) => void drive.unreachable.add(id) },
    triggers: {
      list: () => triggers.records.map((r) => ({ ...r })),
      fire: (uid, event = {}) => {
        const t = triggers.records.find((r) => r.uid === uid);
        if (!t) throw new Error(`Emulator: no trigger ${uid}`);
        return triggers.run(t.handler, { authMode: "FULL", triggerUid: uid, ...event }, () => locks.releaseAll());
      },
    },
    forms: {
      submit: (formId, answers, opts) =>
        ctx.quiet(() => formRegistry.submit(formId, answers, opts, () => locks.releaseAll())),
      prefilled: (url) => ctx.quiet(() => formRegistry.prefilled(url)),
    },
    locks,
    get logs() {
      return logger.entries;
    },
    get sleeps() {
      return utilities.sleeps;
    },
    onTrigger: (handler) => {
      triggers.handler = handler;
    },
    setAuthMode: (mode) => {
      ctx.authMode = mode;
    },
    editAsUser: (sheetName, a1, value) => ctx.quiet(() => void sheetRange(sheetName, a1).editAsUser(value)),
    cellError: (sheetName, a1) =>
      ctx.quiet(() => {
        const r = sheetRange(sheetName, a1);
        return r.errorAt(r.box.row - 1, r.box.col - 1);
      }),
    open: (authMode = "NONE") => {
      const saved = ctx.authMode;
      ctx.authMode = authMode === "NONE" ? "NONE" : "FULL";
      try {
        const event: Record<string, unknown> = { authMode, user: { getEmail: () => k.user } };
        if (authMode !== "NONE") event.source = apiOf(active());
        const onOpen = triggers.globalsTarget?.onOpen;
        if (typeof onOpen === "function") (onOpen as (e: unknown) => void)(event);
        else if (triggers.handler) triggers.handler("onOpen", event);
        else throw new Error("Emulator: no onOpen (install globals on an object that has it, or set onTrigger)");
      } finally {
        ctx.authMode = saved;
      }
    },
    recalculate: () => {
      for (const ss of spreadsheets.all.values()) ss.engine.recalculate();
    },
    endExecution: () => locks.releaseAll(),
    save: () =>
      ctx.quiet(() => ({
        version: 1 as const,
        ids: { ...ids.counters },
        activeSpreadsheetId: active().id,
        spreadsheets: [...spreadsheets.all.values()].map(saveSpreadsheet),
        properties: structuredClone(properties),
        triggers: { records: triggers.records.map((r) => ({ ...r })), nextUid: triggers.nextUid },
        forms: formRegistry.save(),
        nextItemId: formRegistry.nextItemId,
        documents: [...docs.docs.values()].map((d) => structuredClone(d)),
        denied: [...spreadsheets.denied],
        drive: drive.save(),
      })),
    installGlobals: (target) => {
      Object.assign(target, globals);
      // A node:vm context has its own Date: hand Dates to its scripts in that realm.
      if (vm.isContext(target)) ctx.realmDate = vm.runInContext("Date", target) as DateConstructor;
      triggers.globalsTarget = target as Record<string, unknown>;
    },
  };
}
