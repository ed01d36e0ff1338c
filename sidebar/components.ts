/** Pieces several views share: a list of problems with links to their cells, a progress bar. */
import type { ProblemDto } from "../src/ui/check/problem";
import { h, message } from "./dom";
import { TEXT } from "./texts";
import type { ViewContext } from "./context";

export function problemList(problems: readonly ProblemDto[], ctx: ViewContext): HTMLElement {
  const list = h("ul", { class: "list problems" });
  for (const p of problems) {
    const where = p.row ? `${p.sheet}, строка ${p.row}` : p.sheet;
    const link = h(
      "a",
      {
        class: "link",
        href: "#",
        onclick: (ev: Event) => {
          ev.preventDefault();
          ctx.goTo(p.sheet, p.row ?? 1, p.column);
        },
      },
      where,
    );
    list.appendChild(h("li", { class: `problem ${p.severity}` }, link, h("br"), p.message));
  }
  return list;
}

export function progressBar(): { el: HTMLElement; set(done: number, total: number): void } {
  const bar = h("div");
  const el = h("div", { class: "progress", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100 }, bar);
  return {
    el,
    set(done, total) {
      const pct = total > 0 ? Math.round((done / total) * 100) : 0;
      bar.style.width = `${pct}%`;
      el.setAttribute("aria-valuenow", String(pct));
    },
  };
}

/**
 * Runs one sidebar action the same way everywhere: its buttons disabled and the status line busy while
 * it runs; a failure (the server's Russian message) shown in `errorOut` and the status line. Returns the
 * action's result, or undefined when it failed.
 */
export async function runAction<T>(
  ctx: Pick<ViewContext, "setStatus">,
  buttons: readonly HTMLButtonElement[],
  errorOut: HTMLElement,
  work: () => Promise<T>,
): Promise<T | undefined> {
  buttons.forEach((b) => (b.disabled = true));
  ctx.setStatus(TEXT.working);
  try {
    const result = await work();
    ctx.setStatus(TEXT.ready);
    return result;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    errorOut.replaceChildren(message("error", text));
    ctx.setStatus(TEXT.failed(text));
    return undefined;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}
