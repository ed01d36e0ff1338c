/**
 * The local workbench behind `npm start`: an emulated spreadsheet with the demo school, the real built
 * bundle running against it, and a small JSON API for the page (emulator/page) and the sidebar's
 * google.script.run shim. Kept apart from the HTTP server so tests can drive it directly.
 */
import fs from "node:fs";
import path from "node:path";
import { createEmulator, type Emulator, type RecordedDialog, type RecordedMenu, type SheetSnapshot } from "./index";
import { loadBundle, type LoadedBundle } from "./bundleRunner";
import { loadDemoSchool } from "./demo/load";
import { generateDistrict, loadDistrict, loadMunicipality } from "./demo/district";
import { SCHOOL } from "./demo/texts";
import { raw } from "./core/calls";
import { GAS_MESSAGES } from "./core/errors";

const EDIT_REJECTED = "Введённое значение не соответствует правилу проверки данных этой ячейки.";

export interface AppOptions {
  distDir?: string;
  demo?: boolean;
  seed?: number;
  statePath?: string;
  now?: () => Date;
  /** Demo schools of a district around the demo school, with a municipality's workbook (default 0: none). */
  district?: number;
}

/** An alert or prompt of the script waiting for the person at the page. */
export type PendingDialog = Omit<RecordedDialog, "answer">;
export interface DialogAnswer {
  button: string;
  text?: string;
}

/**
 * What a call of the script gives the page: its result, its error (the message as Apps Script would
 * show it), or a dialog to answer first (the page asks, then calls again with the answers so far).
 */
export type CallResult =
  { ok: true; result: unknown } | { ok: false; error: string } | { ok: false; dialog: PendingDialog; answered: number };

export interface WorkbenchState {
  name: string;
  demo: boolean;
  /** Changes when the workbook is replaced (new demo school, load): the page starts over. */
  epoch: number;
  sheets: string[];
  activeSheet: string | null;
  activeRange: string | null;
  menus: RecordedMenu[];
  sidebarOpen: boolean;
  /** Changes each time the script shows the sidebar: the page reloads it (Apps Script replaces it). */
  sidebarSeq: number;
  /** The latest toast; `seq` tells a new one from one already shown. */
  toast: { seq: string; message: string; title: string; timeoutSeconds: number } | null;
  calls: number;
  /** Workbooks a person works in (a school's or the municipality's): the page's selector. */
  workbooks: Array<{ id: string; name: string; active: boolean }>;
}

export interface Workbench {
  emulator: Emulator;
  bundle: LoadedBundle;
  state(): WorkbenchState;
  sheet(name: string): SheetSnapshot | null;
  /** google.script.run: a sidebar endpoint. */
  run(fn: string, input?: unknown, answers?: DialogAnswer[]): CallResult;
  /** A menu item: the global function it names. */
  menu(fn: string, answers?: DialogAnswer[]): CallResult;
  /** A person types into a cell: validation applies, formulas recalculate, onEdit fires. */
  edit(sheet: string, a1: string, value: string, answers?: DialogAnswer[]): CallResult;
  /** The person clicks a tab or a cell: the active sheet and range a script then sees. */
  select(sheet: string, a1?: string): void;
  save(file?: string): string;
  load(file?: string): string;
  reset(): void;
  sidebarHtml(): string;
  /** Make another workbook of the emulated Drive the active one (the demo school ↔ the municipality). */
  switchWorkbook(id: string): void;
  /** The Google Docs of the emulated Drive, and one of them as text (paragraphs, « | » between cells). */
  documents(): Array<{ id: string; name: string; folder: string }>;
  document(id: string): { id: string; name: string; folder: string; text: string } | null;
}

/**
 * google.script.run for the sidebar in the page: each call is a POST to /api/run. A dialog the script
 * opens is answered in the parent page (postMessage), and the call is repeated with the answers.
 */
const SHIM = `<script>
(function () {
  var waiting = {}, nextId = 1;
  window.addEventListener("message", function (e) {
    var d = e.data || {};
    if (d.type === "cmn-dialog-answer" && waiting[d.id]) { var done = waiting[d.id]; delete waiting[d.id]; done(d.answer); }
  });
  function ask(dialog, done) { var id = nextId++; waiting[id] = done; parent.postMessage({ type: "cmn-dialog", id: id, dialog: dialog }, "*"); }
  function changed() { try { parent.postMessage({ type: "cmn-changed" }, "*"); } catch (e) {} }
  function call(name, args, answers, success, failure, userObject) {
    fetch("/api/run", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ fn: String(name), args: args, answers: answers }) })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        if (body.dialog) { ask(body.dialog, function (answer) { call(name, args, answers.concat([answer]), success, failure, userObject); }); return; }
        changed();
        if (body.ok) { if (success) success(body.result, userObject); }
        else if (failure) failure(new Error(body.error), userObject);
      })
      .catch(function (e) { if (failure) failure(e, userObject); });
  }
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        return function () { call(name, Array.prototype.slice.call(arguments), [], success, failure, userObject); };
      }
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () { parent.postMessage({ type: "cmn-close" }, "*"); }, editor: { focus: function () {} } } } };
  // A Google Doc the add-on made opens as the workbench's text view of the emulated document.
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href^="https://docs.google.com/document/d/"]') : null;
    if (!a) return;
    var id = a.getAttribute("href").split("/document/d/")[1].split("/")[0];
    e.preventDefault();
    window.open("/document?id=" + encodeURIComponent(id), "_blank");
  }, true);
})();
</script>`;

export function createWorkbench(options: AppOptions = {}): Workbench {
  const distDir = path.resolve(options.distDir ?? "dist");
  const statePath = path.resolve(options.statePath ?? "state.json");
  let emulator: Emulator;
  let bundle: LoadedBundle;
  let epoch = 0;

  const boot = (
    state?: Parameters<typeof createEmulator>[0] extends infer O ? (O extends { state?: infer S } ? S : never) : never,
  ) => {
    emulator = createEmulator({
      htmlDir: distDir,
      now: options.now,
      state,
      spreadsheetName: options.demo === false ? "Новая книга куратора" : "Демо-школа — программа наставничества",
    });
    bundle = loadBundle(emulator, distDir, options.now);
    bundle.call("onOpen", { authMode: "FULL" });
    epoch++;
  };

  // The district: demo schools' workbooks (three of them failing as real ones do) and the coordinator's
  // workbook listing them and the demo school, which has not sent its snapshot yet.
  const loadDemoDistrict = () => {
    const schools = options.district ?? 0;
    if (options.demo === false || schools <= 0) return;
    const school = emulator.spreadsheet;
    const district = generateDistrict({ schools, cases: { 3: "noAccess", 7: "noSnapshot", 10: "oldVersion" } });
    const links = loadDistrict(emulator, district);
    loadMunicipality(emulator, bundle, district, [
      { school: { name: SCHOOL.organisation, curator: "" }, link: school.getUrl() },
      ...links,
    ]);
    bundle.call("onOpen", { authMode: "FULL" });
    emulator.spreadsheets.setActive(school.getId());
  };

  boot();
  if (options.demo !== false) {
    loadDemoSchool(emulator!, bundle!, { seed: options.seed ?? 2026 });
    loadDemoDistrict();
  }

  const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
  let sidebarSeq = 0;
  let sidebarShown = emulator!.ui.sidebar;

  /** Calls that change the workbook or the world, to warn when a dialog is asked after one (see below). */
  const writes = () =>
    Object.entries(emulator.calls.byMethod)
      .filter(([name]) => /\.(set|insert|delete|append|clear|remove|move|create|add|copy|sort)/.test(name))
      .reduce((sum, [, n]) => sum + n, 0);

  /**
   * Run one call of the script the way the page needs it. An alert or prompt cannot block a Node call
   * while the page answers, so an unanswered dialog stops the call (DialogPending) and the page calls
   * again with the answers queued: the script replays up to the dialog and goes on. The add-on asks
   * before it writes, so the replay repeats only reads; a script that writes first is warned about.
   */
  const invoke = (work: () => unknown, answers: DialogAnswer[] = []): CallResult => {
    const ui = emulator.ui;
    ui.clearAnswers();
    for (const a of answers) ui.answer(a.button, a.text ?? "");
    ui.interactive = true;
    ui.pending = null;
    const before = writes();
    let outcome: CallResult;
    try {
      outcome = { ok: true, result: work() };
    } catch (error) {
      outcome = { ok: false, error: message(error) };
    } finally {
      ui.interactive = false;
      ui.clearAnswers();
      emulator.endExecution();
      if (ui.sidebar !== sidebarShown) {
        sidebarShown = ui.sidebar;
        sidebarSeq++;
      }
    }
    const pending = ui.pending as PendingDialog | null;
    ui.pending = null;
    if (pending) {
      if (writes() > before)
        console.warn(`Эмулятор: скрипт писал в книгу до диалога «${pending.prompt}» — при повторе запись повторится`);
      return { ok: false, dialog: pending, answered: answers.length };
    }
    return outcome;
  };

  return {
    get emulator() {
      return emulator;
    },
    get bundle() {
      return bundle;
    },
    state() {
      const ss = emulator.spreadsheet;
      const active = ss.getActiveSheet();
      const range = ss.getActiveRange?.();
      const toasts = emulator.ui.toasts;
      const last = toasts[toasts.length - 1];
      return {
        name: ss.getName(),
        demo: options.demo !== false,
        epoch,
        // Hidden sheets have no tab in Sheets (the roadmap's backup for «Отменить импорт» is one).
        sheets: ss
          .getSheets()
          .filter((s) => !s.isSheetHidden())
          .map((s) => s.getName()),
        activeSheet: active ? active.getName() : null,
        activeRange: range ? range.getA1Notation() : null,
        menus: emulator.ui.menus,
        sidebarOpen: Boolean(emulator.ui.sidebar),
        sidebarSeq,
        toast: last ? { seq: `${epoch}:${toasts.length}`, ...last } : null,
        calls: emulator.calls.total,
        workbooks: emulator.spreadsheets
          .list()
          .filter((w) => emulator.spreadsheets.get(w.id)?.getSheetByName("Настройки"))
          .map((w) => ({ id: w.id, name: w.name, active: w.active })),
      };
    },
    sheet(name) {
      // Only the tab the page shows: a whole-workbook snapshot of the demo costs seconds.
      const snap = emulator.spreadsheet.snapshot(name);
      return snap.sheets.find((s) => s.name === name) ?? null;
    },
    run(fn, input, answers) {
      return invoke(() => bundle.run(fn, input), answers);
    },
    menu(fn, answers) {
      return invoke(() => bundle.call(fn), answers);
    },
    edit(sheet, a1, value, answers) {
      const result = invoke(() => emulator.editAsUser(sheet, a1, value), answers);
      if (result.ok || !("error" in result) || !result.error.startsWith(GAS_MESSAGES.validationRejected)) return result;
      // Sheets says it in the person's language: the rule's help text follows.
      const help = result.error.slice(GAS_MESSAGES.validationRejected.length).trim();
      return { ok: false, error: `${EDIT_REJECTED}${help ? ` ${help}` : ""}` };
    },
    select(sheet, a1) {
      // The person's selection is not a service call: the raw objects are used, uncounted.
      const target = raw(emulator.spreadsheet).getSheetByName(sheet) as unknown as {
        activate(): void;
        getRange(a1: string): { activate(): void };
      } | null;
      if (!target) return;
      target.activate();
      if (a1) target.getRange(a1).activate();
    },
    save(file) {
      const target = path.resolve(file ?? statePath);
      fs.writeFileSync(target, JSON.stringify(emulator.save()));
      return target;
    },
    load(file) {
      const source = path.resolve(file ?? statePath);
      boot(JSON.parse(fs.readFileSync(source, "utf8")));
      return source;
    },
    reset() {
      boot();
      if (options.demo !== false) {
        loadDemoSchool(emulator, bundle, { seed: options.seed ?? 2026 });
        loadDemoDistrict();
      }
    },
    switchWorkbook(id) {
      emulator.spreadsheets.setActive(id);
      // Another workbook: the page starts over (its tabs, its panel).
      epoch++;
    },
    documents() {
      return emulator.documents.list();
    },
    document(id) {
      const found = emulator.documents.list().find((d) => d.id === id);
      return found ? { ...found, text: emulator.documents.text(id) } : null;
    },
    sidebarHtml() {
      const html = fs.readFileSync(path.join(distDir, "sidebar.html"), "utf8");
      return html.replace("<head>", () => `<head>\n${SHIM}`);
    },
  };
}
