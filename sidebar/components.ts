/** Pieces several views share: lists of problems with links to their cells, a progress bar, running an action. */
import type { ProblemGroupDto } from "../src/ui/check/groups";
import type { ProblemDto } from "../src/ui/check/problem";
import { h, message } from "./dom";
import { TEXT } from "./texts";
import type { ViewContext } from "./context";

const ROW_LINKS = 30;

/** A link that puts the cursor on a cell of the workbook. */
export function cellLink(text: string, ctx: ViewContext, sheet: string, row: number, column?: number): HTMLElement {
  return h(
    "a",
    {
      class: "link",
      href: "#",
      onclick: (ev: Event) => {
        ev.preventDefault();
        ctx.goTo(sheet, row, column);
      },
    },
    text,
  );
}

/** One problem a line: a link to its cell, then what is wrong (without repeating the place). */
export function problemList(problems: readonly ProblemDto[], ctx: ViewContext): HTMLElement {
  const list = h("ul", { class: "list problems" });
  for (const p of problems) {
    const where = p.row ? TEXT.place(p.sheet, p.row) : p.sheet;
    const prefix = `${where}: `;
    const text = p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message;
    list.appendChild(
      h("li", { class: `problem ${p.severity}` }, cellLink(where, ctx, p.sheet, p.row ?? 1, p.column), h("br"), text),
    );
  }
  return list;
}

/** Identical problems together: what is wrong once, then a link to each row it was found on. */
export function problemGroupList(groups: readonly ProblemGroupDto[], ctx: ViewContext): HTMLElement {
  const list = h("ul", { class: "list problems" });
  for (const g of groups) {
    const links: Array<Node | string> = [];
    if (g.rows.length <= 1)
      links.push(
        cellLink(g.rows.length ? TEXT.place(g.sheet, g.rows[0]) : g.sheet, ctx, g.sheet, g.rows[0] ?? 1, g.column),
      );
    else {
      links.push(TEXT.placeRows(g.sheet, g.rows.length), " ");
      g.rows.slice(0, ROW_LINKS).forEach((row, i) => {
        if (i) links.push(", ");
        links.push(cellLink(String(row), ctx, g.sheet, row, g.column));
      });
      if (g.rows.length > ROW_LINKS) links.push(` ${TEXT.andMore(g.rows.length - ROW_LINKS)}`);
    }
    list.appendChild(
      h(
        "li",
        { class: `problem ${g.severity}`, "data-rows": g.rows.length || 1 },
        h("span", { class: "where" }, ...links),
        h("br"),
        g.message,
      ),
    );
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
