/** Pieces several views share: a list of problems with links to their cells, a progress bar. */
import type { ProblemDto } from "../src/ui/check/problem";
import { h } from "./dom";
import type { ViewContext } from "./context";

export function problemList(problems: readonly ProblemDto[], ctx: ViewContext): HTMLElement {
  const list = h("ul", { class: "list problems" });
  for (const p of problems) {
    const where = p.row ? `${p.sheet}, строка ${p.row}` : p.sheet;
    const link = h("a", { class: "link", href: "#", onclick: (ev: Event) => {
      ev.preventDefault();
      ctx.goTo(p.sheet, p.row ?? 1, p.column);
    } }, where);
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
