/**
 * «Документы»: the documents the programme needs, each with its state (not made, current, data changed),
 * what stops it (naming what to fill), the roadmap items it closes, one button to make it, a template to
 * edit, and — for an order whose number and date the curator typed into «Документы» — what carrying them
 * into «Пары» and the roadmap will change, then the change itself, and its undo.
 */
import { runAction } from "../components";
import { h, message } from "../dom";
import type { View, ViewContext } from "../context";
import { DOCUMENTS_VIEW as T } from "../texts/documents";
import type { DocumentRowDto, DocumentsOverviewDto } from "../../src/ui/endpoints/index";

function statusLine(d: DocumentRowDto): HTMLElement {
  const parts: Array<Node | string> = [];
  if (d.created === null && d.current === null) parts.push(T.never);
  else {
    if (d.created) parts.push(T.created(d.created));
    if (d.current !== null)
      parts.push(
        " · ",
        h("span", { class: `badge ${d.current ? "green" : "amber"}` }, d.current ? T.current : T.stale),
      );
  }
  if (d.url)
    parts.push(" · ", h("a", { class: "link", href: d.url, target: "_blank", rel: "noopener noreferrer" }, T.open));
  return h("span", { class: "muted" }, ...parts);
}

function mentorPicker(data: DocumentsOverviewDto, chosen: Set<string>): HTMLElement {
  const summary = h("summary", {}, T.mentors(chosen.size));
  const list = h("div", {});
  for (const m of data.mentors) {
    const box = h("input", { type: "checkbox", value: m.id, style: "width:auto;margin-right:6px" });
    box.checked = chosen.has(m.id);
    box.addEventListener("change", () => {
      if (box.checked) chosen.add(m.id);
      else chosen.delete(m.id);
      summary.textContent = T.mentors(chosen.size);
    });
    list.appendChild(
      h(
        "div",
        {},
        h("label", { style: "display:flex;align-items:center;margin:2px 0" }, box, `${m.label} (${T.pairs(m.pairs)})`),
      ),
    );
  }
  return h("details", { class: "mentors" }, summary, list);
}

function card(
  d: DocumentRowDto,
  data: DocumentsOverviewDto,
  ctx: ViewContext,
  options: { date: () => string; names: () => boolean },
): HTMLElement {
  const out = h("div", {});
  const chosen = new Set<string>();
  const make = h(
    "button",
    { class: `btn ${d.problems.length ? "" : "primary"}`, "data-kind": d.kind },
    d.created ? T.recreate : T.create,
  );
  make.addEventListener("click", async () => {
    const result = await runAction(ctx, [make], out, () =>
      ctx.rpc("createDocument", {
        kind: d.kind,
        date: options.date(),
        ...(options.names() ? { allowNames: true } : {}),
        ...(d.selection ? { selection: [...chosen] } : {}),
      }),
    );
    if (result) {
      ctx.notify("ok", result.message);
      await ctx.refresh();
    }
  });
  const actions: Array<Node> = [make];
  if (!d.template) {
    const copy = h("button", { class: "btn", "data-template": d.kind }, T.template);
    copy.addEventListener("click", async () => {
      const result = await runAction(ctx, [copy], out, () => ctx.rpc("createTemplateCopy", { kind: d.kind }));
      if (result) {
        ctx.notify("ok", result.message);
        await ctx.refresh();
      }
    });
    actions.push(copy);
  }
  const template = d.template
    ? h("a", { class: "link", href: d.template, target: "_blank", rel: "noopener noreferrer" }, T.ownTemplate)
    : h("span", {}, T.defaultTemplate);
  const link = d.link
    ? (() => {
        const button = h("button", { class: "btn primary", "data-link": d.kind }, T.link);
        button.addEventListener("click", async () => {
          const result = await runAction(ctx, [button], out, () => ctx.rpc("linkOrder", { kind: d.kind }));
          if (result) {
            ctx.notify("ok", result.message);
            await ctx.refresh();
          }
        });
        return h(
          "div",
          { class: "msg warn" },
          T.linkIntro(d.link.label),
          h("ul", {}, ...d.link.changes.map((c) => h("li", {}, c))),
          button,
        );
      })()
    : null;
  return h(
    "li",
    { "data-document": d.kind },
    h("b", {}, d.title),
    h("br"),
    statusLine(d),
    h("br"),
    h("span", { class: "muted" }, template),
    d.roadmap.length
      ? h("p", { class: "muted" }, T.roadmap(d.roadmap.map((r) => `${r.number} «${r.title}»`).join("; ")))
      : null,
    ...d.problems.map((p) => message("warn", p)),
    d.orderProblem ? message("warn", d.orderProblem) : null,
    link,
    d.selection ? mentorPicker(data, chosen) : null,
    h("div", { class: "actions" }, ...actions),
    d.isOrder && d.created && !d.order ? h("p", { class: "muted" }, T.orderHint) : null,
    out,
  );
}

export const documentsView: View = {
  id: "documents",
  title: T.title,
  async render(root, ctx) {
    root.appendChild(h("p", { class: "muted" }, T.intro));
    const data = await ctx.rpc("documentsOverview");
    if (!data.ready) {
      root.appendChild(message("warn", T.notReady));
      return;
    }
    const date = h("input", { type: "date", id: "documents-date", value: data.date });
    const names = h("input", { type: "checkbox", id: "documents-names", style: "width:auto;margin-right:6px" });
    root.append(h("label", { for: "documents-date" }, T.date), date);
    if (data.pseudonymous)
      root.append(h("label", { style: "display:flex;align-items:flex-start" }, names, T.allowNames));
    const options = { date: () => date.value || data.date, names: () => data.pseudonymous && names.checked };
    root.append(
      h("p", { class: "muted" }, T.templateHelp),
      h(
        "ul",
        { class: "list documents", id: "documents-list" },
        ...data.documents.map((d) => card(d, data, ctx, options)),
      ),
    );
    if (data.canUndo) {
      const out = h("div", {});
      const undo = h("button", { class: "btn", id: "documents-undo" }, T.undo);
      undo.addEventListener("click", async () => {
        const result = await runAction(ctx, [undo], out, () => ctx.rpc("undoOrderLink"));
        if (result) {
          ctx.notify("ok", result.message);
          await ctx.refresh();
        }
      });
      root.append(undo, out);
    }
  },
};
