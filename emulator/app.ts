/**
 * The local workbench behind `npm start`: an emulated spreadsheet with the demo school, the real built
 * bundle running against it, and a small JSON API for the page (emulator/page) and the sidebar's
 * google.script.run shim. Kept apart from the HTTP server so tests can drive it directly.
 */
import fs from "node:fs";
import path from "node:path";
import { createEmulator, type Emulator } from "./index";
import { loadBundle, type LoadedBundle } from "./bundleRunner";
import { loadDemoSchool } from "./demo/load";
import { generateDistrict, loadDistrict, loadMunicipality } from "./demo/district";
import { SCHOOL } from "./demo/texts";

export interface AppOptions {
  distDir?: string;
  demo?: boolean;
  seed?: number;
  statePath?: string;
  now?: () => Date;
  /** Demo schools of a district around the demo school, with a municipality's workbook (default 0: none). */
  district?: number;
}

export interface Workbench {
  emulator: Emulator;
  bundle: LoadedBundle;
  state(): unknown;
  sheet(name: string): unknown;
  run(fn: string, input?: unknown): { ok: true; result: unknown } | { ok: false; error: string };
  menu(fn: string): { ok: true; sidebar: boolean; alerts: unknown[] } | { ok: false; error: string };
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

const SHIM = `<script>
(function () {
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (fn) { return runner(fn, failure, userObject); },
      withFailureHandler: function (fn) { return runner(success, fn, userObject); },
      withUserObject: function (obj) { return runner(success, failure, obj); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch("/api/run", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ fn: String(name), args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (body) {
              try { parent.postMessage({ type: "cmn-changed" }, "*"); } catch (e) {}
              if (body.ok) { if (success) success(body.result, userObject); }
              else if (failure) failure(new Error(body.error), userObject);
            })
            .catch(function (e) { if (failure) failure(e, userObject); });
        };
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
      return {
        name: ss.getName(),
        // Hidden sheets have no tab in Sheets (the roadmap's backup for «Отменить импорт» is one).
        sheets: ss
          .getSheets()
          .filter((s) => !s.isSheetHidden())
          .map((s) => s.getName()),
        activeSheet: active ? active.getName() : null,
        activeRange: range ? range.getA1Notation() : null,
        menus: emulator.ui.menus,
        sidebarOpen: Boolean(emulator.ui.sidebar),
        toasts: emulator.ui.toasts.slice(-3),
        calls: emulator.calls.total,
        // Workbooks a person works in (a school's or the municipality's: they have «Настройки»).
        workbooks: emulator.spreadsheets
          .list()
          .filter((w) => emulator.spreadsheets.get(w.id)?.getSheetByName("Настройки"))
          .map((w) => ({ id: w.id, name: w.name, active: w.active })),
      };
    },
    sheet(name) {
      // Only the tab the page shows: a whole-workbook snapshot of the demo costs seconds.
      const snap = emulator.spreadsheet.snapshot(name) as { sheets: { name: string }[] };
      return snap.sheets.find((s) => s.name === name) ?? null;
    },
    run(fn, input) {
      try {
        return { ok: true, result: bundle.run(fn, input) };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
    },
    menu(fn) {
      const alertsBefore = emulator.ui.dialogs.length;
      const sidebarBefore = emulator.ui.sidebar;
      try {
        bundle.call(fn);
        return {
          ok: true,
          sidebar: emulator.ui.sidebar !== sidebarBefore && Boolean(emulator.ui.sidebar),
          alerts: emulator.ui.dialogs.slice(alertsBefore),
        };
      } catch (error) {
        return { ok: false, error: message(error) };
      }
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
