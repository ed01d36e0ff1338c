/** «Показатели»: the KPI table as the sheet computes it, and the two imports (contingent, indicators). */
import type { ImportResultDto, IndicatorsPreviewDto, KpiTable } from "../../src/ui/endpoints/indicators";
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
    const fact = r.factError
      ? T.factError(r.factError)
      : r.fact === null
        ? T.noFact
        : r.numerator !== null && r.denominator !== null
          ? T.factWithCounts(percent(r.fact), r.numerator, r.denominator)
          : percent(r.fact);
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
  label: string = T.run,
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
    label,
  );
  return h("div", { class: "paste", id, hidden: true }, h("p", { class: "muted" }, help), area, button, out);
}

/** The indicators understood, with their target for each year. */
function previewTable(dto: IndicatorsPreviewDto): HTMLElement {
  const years = [...new Set(dto.indicators.flatMap((i) => Object.keys(i.targets)))].sort();
  const body = h("tbody");
  for (const i of dto.indicators)
    body.appendChild(
      h(
        "tr",
        { "data-number": i.number },
        h(
          "td",
          { class: "kpi-name", title: i.name },
          `${i.number} ${i.name}`,
          h("div", { class: "muted" }, i.row ? T.toRow(i.row) : T.newRow),
        ),
        ...years.map((y) =>
          h(
            "td",
            { class: "num" },
            i.targets[y] === null || i.targets[y] === undefined ? T.noTarget : `${i.targets[y]}`,
          ),
        ),
      ),
    );
  return h(
    "table",
    { class: "kpi preview" },
    h("thead", {}, h("tr", {}, h("th", {}, T.columns.name), ...years.map((y) => h("th", {}, y)))),
    body,
  );
}

/** The columns of the pasted table and what each was taken for, changeable. */
function columnsBlock(dto: IndicatorsPreviewDto, onChange: (mapping: (string | null)[]) => void): HTMLElement {
  const years = [...new Set(dto.columns.flatMap((c) => (c.role?.startsWith("year:") ? [c.role.slice(5)] : [])))];
  const options = [
    { value: "number", label: T.roles.number },
    { value: "name", label: T.roles.name },
    { value: "unit", label: T.roles.unit },
    ...years.map((y) => ({ value: `year:${y}`, label: y })),
  ];
  const selects: HTMLSelectElement[] = dto.columns.map((c) =>
    h(
      "select",
      {
        "data-column": c.index,
        "aria-label": c.label || T.column(c.index + 1),
        onchange: () => onChange(selects.map((s) => s.value || null)),
      },
      h("option", { value: "" }, T.noRole),
      ...options.map((o) => h("option", { value: o.value, selected: o.value === c.role }, o.label)),
    ),
  );
  return h(
    "details",
    { id: "indicators-columns", open: dto.inferred || !dto.ok },
    h("summary", {}, T.columnsTitle),
    h(
      "ul",
      { class: "list" },
      ...dto.columns.map((c, i) =>
        h("li", {}, h("span", { class: "muted" }, `${T.column(c.index + 1)}: `), c.label || "—", h("br"), selects[i]),
      ),
    ),
  );
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

    /** The preview of an indicators import; «Импортировать» writes it, a changed column reads it again. */
    const indicatorsPreview = async (text: string, mapping?: (string | null)[]): Promise<HTMLElement[]> => {
      ctx.setStatus(TEXT.working);
      const request = mapping ? { text, mapping } : { text };
      const dto = await ctx.rpc("previewIndicatorsImport", request);
      const out = h("div", { id: "indicators-preview" }, message(dto.ok ? "ok" : "error", dto.message));
      const rerun = async (next: (string | null)[]) => out.replaceWith(...(await indicatorsPreview(text, next)));
      if (dto.columns.length) out.appendChild(columnsBlock(dto, rerun));
      if (dto.ok) {
        out.appendChild(previewTable(dto));
        const apply: HTMLButtonElement = h(
          "button",
          {
            class: "btn primary",
            id: "indicators-apply",
            onclick: async () => {
              apply.disabled = true;
              try {
                const result = await ctx.rpc("importIndicators", request);
                const w = warningsList(result.warnings);
                out.replaceChildren(message("ok", result.message), ...(w ? [w as HTMLElement] : []));
                await load();
              } catch (error) {
                out.appendChild(message("error", (error as Error).message));
                apply.disabled = false;
              }
            },
          },
          T.run,
        );
        out.appendChild(apply);
      }
      const w = warningsList(dto.warnings);
      if (w) out.appendChild(w as HTMLElement);
      ctx.setStatus(TEXT.ready);
      return [out];
    };
    const indicators = pasteBox(
      ctx,
      "indicators-import",
      T.indicatorsHelp,
      (text) => indicatorsPreview(text),
      T.preview,
    );

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
