/**
 * The workbench page: the workbook's sheets as tabs with their values, the add-on menu, and the real
 * built sidebar in an iframe. All text goes in through textContent.
 */
interface MenuRecord {
  title: string;
  items: Array<{ kind: "item" | "separator" | "submenu"; caption?: string; functionName?: string }>;
}
interface State {
  sheets: string[];
  activeSheet: string | null;
  activeRange: string | null;
  menus: MenuRecord[];
  sidebarOpen: boolean;
  toasts: Array<{ message: string }>;
  calls: number;
  workbooks?: Array<{ id: string; name: string; active: boolean }>;
}
interface SheetSnapshot {
  name: string;
  frozenRows?: number;
  rows: unknown[][];
  totalRows?: number;
}

const $ = (id: string) => document.getElementById(id) as HTMLElement;
const MAX_ROWS = 400;
let current: string | null = null;
let lastActive: string | null = null;
let sidebarLoaded = false;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function letter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

function parseA1(a1: string | null): { row: number; col: number } | null {
  const m = a1 ? /^([A-Z]+)(\d+)/.exec(a1) : null;
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

async function post(url: string, body: unknown = {}): Promise<Record<string, unknown>> {
  const r = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return r.json();
}

function renderMenus(state: State): void {
  const bar = $("menubar");
  bar.replaceChildren();
  for (const menu of state.menus) {
    const button = el("button", menu.title);
    button.setAttribute("data-menu", menu.title);
    const list = el("div", undefined, "menu");
    for (const item of menu.items) {
      if (item.kind !== "item") {
        list.appendChild(el("hr"));
        continue;
      }
      const entry = el("button", item.caption ?? "");
      entry.setAttribute("data-fn", item.functionName ?? "");
      entry.onclick = async () => {
        list.classList.remove("open");
        const result = await post("/api/menu", { fn: item.functionName });
        if (!result.ok) alert(String(result.error));
        await refresh();
      };
      list.appendChild(entry);
    }
    button.onclick = () => list.classList.toggle("open");
    bar.append(button, list);
  }
}

async function renderSheet(name: string, activeRange: string | null, activeSheet: string | null): Promise<void> {
  const snap = (await (await fetch(`/api/sheet?name=${encodeURIComponent(name)}`)).json()) as SheetSnapshot | null;
  const grid = $("grid");
  grid.replaceChildren();
  if (!snap) return;
  const table = el("table");
  table.setAttribute("data-sheet", name);
  const width = Math.max(1, ...snap.rows.map((r) => r.length));
  const head = el("tr");
  head.appendChild(el("th", ""));
  for (let c = 1; c <= width; c++) head.appendChild(el("th", letter(c)));
  table.appendChild(head);
  const active = activeSheet === name ? parseA1(activeRange) : null;
  snap.rows.slice(0, MAX_ROWS).forEach((row, r) => {
    const tr = el("tr");
    if (r < (snap.frozenRows ?? 0)) tr.className = "header";
    tr.appendChild(el("td", String(r + 1), "rownum"));
    for (let c = 0; c < width; c++) {
      const value = row[c];
      const td = el("td", value === null || value === undefined ? "" : String(value));
      if (typeof value === "number") td.classList.add("num");
      if (active && active.row === r + 1 && active.col === c + 1) td.classList.add("active");
      td.title = td.textContent ?? "";
      tr.appendChild(td);
    }
    table.appendChild(tr);
  });
  grid.appendChild(table);
  if (snap.rows.length > MAX_ROWS) grid.appendChild(el("div", `… ещё ${snap.rows.length - MAX_ROWS} строк`, "more"));
  const activeCell = grid.querySelector("td.active");
  if (activeCell) activeCell.scrollIntoView({ block: "center" });
}

/** The workbooks of the emulated Drive (the demo school, the municipality): switching reloads the panel. */
function renderWorkbooks(state: State): void {
  const select = document.getElementById("workbook") as HTMLSelectElement | null;
  if (!select) return;
  const books = state.workbooks ?? [];
  select.hidden = books.length < 2;
  select.replaceChildren(
    ...books.map((b) => {
      const option = el("option", b.name);
      option.value = b.id;
      option.selected = b.active;
      return option;
    }),
  );
  select.onchange = async () => {
    await post("/api/workbook", { id: select.value });
    current = null;
    lastActive = null;
    if (sidebarLoaded) ($("sidebar-frame") as HTMLIFrameElement).src = "/sidebar";
    await refresh();
  };
}

async function refresh(): Promise<void> {
  const state = (await (await fetch("/api/state")).json()) as State;
  renderMenus(state);
  renderWorkbooks(state);
  $("calls").textContent = `вызовов служб: ${state.calls}`;
  $("toast").textContent = state.toasts.length ? state.toasts[state.toasts.length - 1].message : "";
  // Follow the script when it activates another sheet (a link in the sidebar); otherwise keep the tab the person chose.
  if (state.activeSheet !== lastActive) {
    lastActive = state.activeSheet;
    if (state.activeSheet) current = state.activeSheet;
  }
  if (!current || !state.sheets.includes(current)) current = state.activeSheet ?? state.sheets[0] ?? null;
  const tabs = $("tabs");
  tabs.replaceChildren();
  for (const name of state.sheets) {
    const tab = el("button", name, name === current ? "active" : "");
    tab.setAttribute("role", "tab");
    tab.setAttribute("data-sheet", name);
    tab.onclick = () => {
      current = name;
      void refresh();
    };
    tabs.appendChild(tab);
  }
  if (current) await renderSheet(current, state.activeRange, state.activeSheet);
  const aside = $("sidebar");
  if (state.sidebarOpen) {
    aside.classList.add("open");
    if (!sidebarLoaded) {
      ($("sidebar-frame") as HTMLIFrameElement).src = "/sidebar";
      sidebarLoaded = true;
    }
  }
}

window.addEventListener("message", (event) => {
  const data = event.data as { type?: string };
  if (data?.type === "cmn-changed") void refresh();
  if (data?.type === "cmn-close") $("sidebar").classList.remove("open");
});
$("close-sidebar").onclick = () => $("sidebar").classList.remove("open");
$("save").onclick = async () => {
  const r = await post("/api/save");
  $("toast").textContent = r.ok ? `Сохранено: ${String(r.file)}` : String(r.error);
};
$("load").onclick = async () => {
  const r = await post("/api/load");
  $("toast").textContent = r.ok ? `Загружено: ${String(r.file)}` : String(r.error);
  sidebarLoaded = false;
  await refresh();
};
$("reset").onclick = async () => {
  await post("/api/reset");
  sidebarLoaded = false;
  await refresh();
};
void refresh();
