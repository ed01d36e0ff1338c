/**
 * The sidebar client: tabs of views over the typed RPC.
 *
 * Tabs follow the WAI-ARIA tabs pattern: one tab in the Tab order (the selected one), arrow keys move
 * between tabs and open them (automatic activation), Home and End go to the first and last. The tabs
 * are built once, so the keyboard stays on them while the view redraws. Only the status line is a live
 * region: a redrawn view is not read out, its outcome is said once in the status line.
 *
 * The menu may open the panel on a view with an intent (run its main action, or put the focus where the
 * curator must type): INTENTS says which element of the view that is.
 */
import { clear, message } from "./dom";
import type { ViewContext } from "./context";
import { call, failureText } from "./rpc";
import { TEXT } from "./texts";
import { INTENTS, VIEWS } from "./views/index";

const $ = (id: string) => document.getElementById(id) as HTMLElement;
let current = VIEWS[0].id;
let pendingIntent: string | null = null;
let flash: { kind: "ok" | "error" | "warn"; text: string } | null = null;
const tabs = new Map<string, HTMLButtonElement>();

function setStatus(text: string): void {
  const status = $("status");
  if (status.textContent !== text) status.textContent = text;
}

function buildTabs(): void {
  const list = $("tabs");
  list.setAttribute("aria-label", TEXT.tabsLabel);
  for (const view of VIEWS) {
    const tab = document.createElement("button");
    tab.id = `tab-${view.id}`;
    tab.type = "button";
    tab.textContent = view.title;
    tab.setAttribute("role", "tab");
    tab.setAttribute("data-view", view.id);
    tab.setAttribute("aria-controls", "view");
    tab.addEventListener("click", () => open(view.id));
    tab.addEventListener("keydown", (e) => onTabKey(e, view.id));
    tabs.set(view.id, tab);
    list.appendChild(tab);
  }
}

function onTabKey(e: KeyboardEvent, id: string): void {
  const ids = VIEWS.map((v) => v.id);
  const i = ids.indexOf(id);
  const to: Record<string, number> = {
    ArrowRight: (i + 1) % ids.length,
    ArrowDown: (i + 1) % ids.length,
    ArrowLeft: (i - 1 + ids.length) % ids.length,
    ArrowUp: (i - 1 + ids.length) % ids.length,
    Home: 0,
    End: ids.length - 1,
  };
  if (!(e.key in to)) return;
  e.preventDefault();
  const next = ids[to[e.key]];
  tabs.get(next)?.focus();
  open(next);
}

function markTabs(): void {
  for (const [id, tab] of tabs) {
    const selected = id === current;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  $("view").setAttribute("aria-labelledby", `tab-${current}`);
}

/** Show a view; an intent (see INTENTS) is carried out once it is drawn. */
function open(id: string, intent?: string): void {
  if (id === current && !intent) return;
  current = id;
  pendingIntent = intent ?? null;
  markTabs();
  void render();
}

/** Carry out an intent on the view just drawn: press its button, then focus the field to fill. */
function applyIntent(root: HTMLElement, view: string, intent: string | null): void {
  const target = intent ? INTENTS[view]?.[intent] : undefined;
  if (!target) return;
  const button = target.click ? root.querySelector<HTMLButtonElement>(target.click) : null;
  if (button && !button.disabled) button.click();
  const field = target.focus ? root.querySelector<HTMLElement>(target.focus) : null;
  field?.focus();
}

let rendering = 0;
async function render(): Promise<void> {
  const token = ++rendering;
  setStatus(TEXT.loading);
  let state;
  try {
    state = await call("getSidebarState");
  } catch (error) {
    if (token !== rendering) return;
    $("view").replaceChildren(message("error", failureText(error)));
    setStatus(TEXT.failed());
    return;
  }
  if (token !== rendering) return;
  if (state.view && VIEWS.some((v) => v.id === state.view)) current = state.view;
  markTabs();
  $("org").textContent = state.organisation;
  const ctx: ViewContext = {
    rpc: call,
    state,
    setStatus,
    refresh: render,
    notify: (kind, text) => {
      flash = { kind, text };
    },
    goTo: (sheet, row, column) => {
      call("selectCell", { sheet, row, column }).catch((error: unknown) => {
        $("view").prepend(message("error", failureText(error)));
        setStatus(TEXT.failed());
      });
    },
    open,
  };
  const root = $("view");
  clear(root);
  if (flash) {
    root.appendChild(message(flash.kind, flash.text));
    flash = null;
  }
  const view = VIEWS.find((v) => v.id === current) ?? VIEWS[0];
  await view.render(root, ctx);
  if (token !== rendering) return;
  setStatus(TEXT.ready);
  const intent = state.action ?? pendingIntent;
  pendingIntent = null;
  applyIntent(root, view.id, intent);
}

buildTabs();
markTabs();
void render();
