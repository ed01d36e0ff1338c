/** The sidebar client: tabs of views over the typed RPC. */
import { clear, h, message } from "./dom";
import type { ViewContext } from "./context";
import { call } from "./rpc";
import { TEXT } from "./texts";
import { VIEWS } from "./views/index";

const $ = (id: string) => document.getElementById(id) as HTMLElement;
let current = VIEWS[0].id;
let flash: { kind: "ok" | "error" | "warn"; text: string } | null = null;

function setStatus(text: string): void {
  $("status").textContent = text;
}

async function render(): Promise<void> {
  setStatus(TEXT.loading);
  let state;
  try {
    state = await call("getSidebarState");
  } catch (error) {
    clear($("view"));
    $("view").appendChild(message("error", (error as Error).message));
    setStatus(TEXT.failed((error as Error).message));
    return;
  }
  if (state.view && VIEWS.some((v) => v.id === state.view)) current = state.view;
  $("org").textContent = state.organisation;
  const tabs = $("tabs");
  clear(tabs);
  for (const view of VIEWS) {
    tabs.appendChild(
      h(
        "button",
        {
          role: "tab",
          "data-view": view.id,
          "aria-selected": String(view.id === current),
          onclick: () => {
            current = view.id;
            void render();
          },
        },
        view.title,
      ),
    );
  }
  const ctx: ViewContext = {
    rpc: call,
    state,
    setStatus,
    refresh: render,
    notify: (kind, text) => {
      flash = { kind, text };
    },
    goTo: (sheet, row, column) => {
      call("selectCell", { sheet, row, column }).catch((error: Error) => setStatus(TEXT.failed(error.message)));
    },
  };
  const root = $("view");
  clear(root);
  if (flash) {
    root.appendChild(message(flash.kind, flash.text));
    flash = null;
  }
  const view = VIEWS.find((v) => v.id === current) ?? VIEWS[0];
  await view.render(root, ctx);
  setStatus(TEXT.ready);
}

void render();
