/** «Показатели»: the KPI table as the sheet computes it, and the two imports (contingent, indicators). */
import type { KpiTable } from "../../src/sheets/indicatorsSheet";
import type { ImportResultDto } from "../../src/ui/endpoints/indicators";
import { problemList, runAction } from "../components";
import type { View, ViewContext } from "../context";
import { h, message } from "../dom";
import { TEXT } from "../texts";
import { INDICATORS_TEXT as T } from "../texts/indicators";

type Kpi = KpiTable & { ready: boolean };

const BADGE: Record<string, string> = { достигнуто: "green", близко: "amber", "не достигнуто": "red" };

/** 0.2821 → «28,2 %» (ru: decimal comma). */
export function percent(fraction: number | null, digits = 1): string {
  if (fraction === null) return "";
  return `${(fraction * 100).toFixed(digits).replace(/\.0+$/, "").replace(".", ",")} %`;
}

function kpiTable(kpi: Kpi, ctx: ViewContext): HTMLElement {
  const body = h("tbody");
  for (const r of kpi.rows) {
    const fact = r.factError ? T.factError(r.factError) : r.fact === null ? T.noFact : percent(r.fact);
    const name = h(
      "a",
      {
        class: "link",
        href: "#",
        title: r.name,
        onclick: (ev: Event) => {
          ev.preventDefault();
          ctx.goTo("Показатели", r.row);
        },
      },
      r.name,
    );
    body.appendChild(
      h(
        "tr",
        { "data-code": r.code || undefined },
        h("td", { class: "kpi-name" }, name),
        h("td", { class: "num" }, r.target === null ? T.noTarget : percent(r.target)),
        h("td", { class: "num kpi-fact" }, fact),
        h("td", {}, r.status ? h("span", { class: `badge ${BADGE[r.status] ?? ""}` }, r.status) : ""),
      ),
    );
  }
  return h(
    "table",
    { class: "kpi" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", {}, T.columns.name),
        h("th", {}, `${T.columns.target} ${kpi.reportYear}`),
        h("th", {}, T.columns.fact),
        h("th", {}, T.columns.status),
      ),
    ),
    body,
  );
}

/** A paste box with its button, shown under the toggle; `run` returns what to show. */
function pasteBox(
  ctx: ViewContext,
  id: string,
  help: string,
  run: (text: string) => Promise<HTMLElement[]>,
): HTMLElement {
  const area = h("textarea", { id: `${id}-text`, placeholder: T.paste, "aria-label": help });
  const out = h("div", { id: `${id}-result` });
  const button = h(
    "button",
    {
      class: "btn primary",
      id: `${id}-run`,
      onclick: async () => {
        const shown = await runAction(ctx, [button], out, () => run(area.value));
        if (shown) out.replaceChildren(...shown);
      },
    },
    T.run,
  );
  return h("div", { class: "paste", id, hidden: true }, h("p", { class: "muted" }, help), area, button, out);
}

function warningsList(warnings: readonly string[]): HTMLElement | string {
  if (!warnings.length) return "";
  const list = h("ul", { class: "list" });
  for (const w of warnings) list.appendChild(h("li", { class: "problem warning" }, w));
  return h("div", {}, h("h2", {}, T.warnings), list);
}

export const indicatorsView: View = {
  id: "indicators",
  title: T.title,
  async render(root, ctx) {
    const tableBox = h("div", { id: "kpi" });
    const load = async () => {
      ctx.setStatus(TEXT.loading);
      const kpi: Kpi = await ctx.rpc("getIndicators");
      if (!kpi.ready) tableBox.replaceChildren(message("warn", T.notReady));
      else if (!kpi.rows.length) tableBox.replaceChildren(h("p", { class: "muted" }, T.empty));
      else tableBox.replaceChildren(h("p", { class: "muted" }, T.intro(kpi.reportYear)), kpiTable(kpi, ctx));
      ctx.setStatus(TEXT.ready);
    };

    const contingent = pasteBox(ctx, "contingent-import", T.contingentHelp, async (text) => {
      ctx.setStatus(TEXT.working);
      const result: ImportResultDto = await ctx.rpc("importContingent", { text });
      const parts: HTMLElement[] = [
        message(result.problems.some((p) => p.severity === "error") ? "warn" : "ok", result.message),
      ];
      if (result.suggestions > 0) {
        const fill: HTMLButtonElement = h(
          "button",
          {
            class: "btn",
            id: "fill-sums",
            onclick: async () => {
              fill.disabled = true;
              const done = await ctx.rpc("fillContingentSums");
              fill.replaceWith(message("ok", done.message));
              await load();
            },
          },
          T.fillSums(result.suggestions),
        );
        parts.push(fill);
      }
      if (result.problems.length) parts.push(h("div", {}, h("h2", {}, T.problems), problemList(result.problems, ctx)));
      const w = warningsList(result.warnings);
      if (w) parts.push(w as HTMLElement);
      await load();
      return parts;
    });

    const indicators = pasteBox(ctx, "indicators-import", T.indicatorsHelp, async (text) => {
      ctx.setStatus(TEXT.working);
      const result = await ctx.rpc("importIndicators", { text });
      const parts: HTMLElement[] = [message("ok", result.message)];
      const w = warningsList(result.warnings);
      if (w) parts.push(w as HTMLElement);
      await load();
      return parts;
    });

    const toggle = (box: HTMLElement) => () => {
      for (const other of [contingent, indicators]) if (other !== box) other.hidden = true;
      box.hidden = !box.hidden;
    };
    root.append(
      tableBox,
      h(
        "div",
        { class: "actions" },
        h("button", { class: "btn", id: "open-contingent-import", onclick: toggle(contingent) }, T.importContingent),
        h("button", { class: "btn", id: "open-indicators-import", onclick: toggle(indicators) }, T.importIndicators),
        h("button", { class: "btn", id: "kpi-refresh", onclick: () => void load() }, T.refresh),
      ),
      contingent,
      indicators,
    );
    try {
      await load();
    } catch (error) {
      tableBox.replaceChildren(message("error", (error as Error).message));
      ctx.setStatus(TEXT.failed((error as Error).message));
    }
  },
};
