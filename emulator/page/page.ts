/**
 * The workbench page (`npm start`): the workbook as Sheets shows it, the add-on's menu, and the real
 * built sidebar in an iframe. Every piece is a module: the grid (grid.ts), the formula bar, charts,
 * dialogs, toasts and menus; a new control (another workbook, a document preview) is one module and a
 * line in `refresh` or the header. All text goes in through textContent.
 */
import { api, withDialogs, type WorkbenchState } from "./api";
import { drawCharts } from "./charts";
import { askScriptDialog, confirmAction, showError } from "./dialogs";
import { $, parseA1 } from "./dom";
import { FormulaBar } from "./formulaBar";
import { SheetGrid } from "./grid";
import { closeMenusOnOutsideClick, renderMenus } from "./menus";
import { PAGE_TEXT as T } from "./texts";
import { followToast, showToast } from "./toast";
import { renderWorkbooks } from "./workbooks";

let current: string | null = null;
let lastActive: string | null = null;
let lastEpoch = -1;
let lastSidebarSeq = -1;
let latest: WorkbenchState | null = null;
let refreshToken = 0;

const grid = new SheetGrid($("grid"), {
  edit: async (a1, value) => {
    if (!current) return;
    const sheet = current;
    const result = await withDialogs((answers) => api.edit(sheet, a1, value, answers), askScriptDialog);
    if (!result.ok) await showError(T.editRejected, result.error);
    await refresh();
  },
  selected: (cell, byPerson) => {
    bar.show(cell);
    if (byPerson && cell && current) void fetch("/api/select", post({ sheet: current, a1: cell.a1 }));
  },
});

const bar = new FormulaBar(
  $("name-box") as HTMLInputElement,
  $("formula-input") as HTMLInputElement,
  (value) => grid.commitValue(value),
  () => grid.focus(),
);

function post(body: unknown): RequestInit {
  return { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) };
}

/** Run a menu item's function, answering its dialogs, then redraw. */
async function runMenu(fn: string): Promise<void> {
  const result = await withDialogs((answers) => api.menu(fn, answers), askScriptDialog);
  if (!result.ok) showToast(result.error, T.scriptError, -1);
  await refresh();
}

function renderTabs(state: WorkbenchState): void {
  const tabs = $("tabs");
  tabs.replaceChildren();
  for (const name of state.sheets) {
    const tab = document.createElement("button");
    tab.textContent = name;
    tab.className = name === current ? "active" : "";
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-selected", String(name === current));
    tab.setAttribute("data-sheet", name);
    tab.onclick = () => {
      current = name;
      void fetch("/api/select", post({ sheet: name }));
      void refresh();
    };
    tabs.appendChild(tab);
  }
}

function renderSidebar(state: WorkbenchState): void {
  const aside = $("sidebar");
  if (!state.sidebarOpen) return;
  aside.classList.add("open");
  // Apps Script replaces an open sidebar when the script shows it again: reload it.
  if (state.sidebarSeq !== lastSidebarSeq) {
    lastSidebarSeq = state.sidebarSeq;
    ($("sidebar-frame") as HTMLIFrameElement).src = `/sidebar?v=${state.epoch}.${state.sidebarSeq}`;
  }
}

async function refresh(): Promise<void> {
  const token = ++refreshToken;
  let state: WorkbenchState;
  try {
    state = await api.state();
  } catch {
    showToast(T.serverDown, "", -1);
    return;
  }
  if (token !== refreshToken) return;
  latest = state;
  if (state.epoch !== lastEpoch) {
    // Another workbook (new demo school, load): start over.
    lastEpoch = state.epoch;
    current = null;
    lastActive = null;
    lastSidebarSeq = -1;
    $("sidebar").classList.remove("open");
  }
  renderMenus($("menubar"), state.menus, (fn) => void runMenu(fn));
  // Switching workbooks gives a new epoch: the page starts over on the other workbook.
  renderWorkbooks($("workbook") as HTMLSelectElement, state.workbooks, (id) => void api.workbook(id).then(refresh));
  $("calls").textContent = T.calls(state.calls);
  $("reset").textContent = state.demo ? T.resetDemo : T.resetEmpty;
  followToast(state.toast);
  // Follow the script when it activates another sheet or cell (a link in the sidebar); else keep the tab.
  const active = `${state.activeSheet}!${state.activeRange}`;
  const moved = active !== lastActive;
  if (moved) {
    lastActive = active;
    if (state.activeSheet) current = state.activeSheet;
  }
  if (!current || !state.sheets.includes(current)) current = state.activeSheet ?? state.sheets[0] ?? null;
  renderTabs(state);
  renderSidebar(state);
  const snap = current ? await api.sheet(current) : null;
  if (token !== refreshToken) return;
  grid.render(snap);
  if (snap) drawCharts(grid.overlay, snap.charts, (row, col) => grid.position(row, col));
  const cell = moved && state.activeSheet === current ? parseA1(state.activeRange) : null;
  if (cell) grid.select(cell.row, cell.col, false, true);
}

window.addEventListener("message", (event) => {
  const data = event.data as { type?: string; id?: number; dialog?: Parameters<typeof askScriptDialog>[0] };
  if (data?.type === "cmn-changed") void refresh();
  if (data?.type === "cmn-close") $("sidebar").classList.remove("open");
  if (data?.type === "cmn-dialog" && data.dialog) {
    const source = event.source as Window | null;
    void askScriptDialog(data.dialog).then((answer) =>
      source?.postMessage({ type: "cmn-dialog-answer", id: data.id, answer }, "*"),
    );
  }
});

closeMenusOnOutsideClick($("menubar"));
$("close-sidebar").onclick = () => $("sidebar").classList.remove("open");
$("save").onclick = async () => {
  const r = await api.save();
  showToast(r.ok ? T.saved(String(r.file)) : String(r.error));
};
$("load").onclick = async () => {
  if (!(await confirmAction(T.confirmLoadTitle, T.confirmLoad(latest?.name ?? ""), T.replace))) return;
  const r = await api.load();
  if (!r.ok) return showError(T.scriptError, String(r.error));
  showToast(T.loaded(String(r.file)));
  await refresh();
};
$("reset").onclick = async () => {
  const name = latest?.name ?? "";
  const text = latest?.demo === false ? T.confirmResetEmpty(name) : T.confirmResetDemo(name);
  if (!(await confirmAction(T.confirmResetTitle, text, T.replace))) return;
  await api.reset();
  await refresh();
};
void refresh();
