/**
 * «Дорожная карта»: import a roadmap (pasted text, a sheet, a Google Doc), see what the import did, and two
 * lists with links to their rows: overdue items and items that need a date. Opening the view refreshes
 * the statuses on the sheet (roadmapOverview).
 */
import type { RoadmapImportDto } from "../../src/ui/endpoints/index";
import type { RoadmapRowRef, RoadmapSummary } from "../../src/sheets/roadmapSheet";
import type { ViewContext, View } from "../context";
import { runAction } from "../components";
import { h, message } from "../dom";
import { TEXT } from "../texts";
import { ROADMAP_TEXT as T } from "../texts/roadmap";

const WARNINGS_SHOWN = 30;
const ru = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

function rowList(
  id: string,
  refs: RoadmapRowRef[],
  total: number,
  sheet: string,
  column: number,
  ctx: ViewContext,
  detail: (r: RoadmapRowRef) => string,
): HTMLElement {
  const list = h("ul", { class: "list", id });
  for (const ref of refs) {
    const link = h(
      "a",
      {
        class: "link",
        href: "#",
        "data-row": ref.row,
        onclick: (ev: Event) => {
          ev.preventDefault();
          ctx.goTo(sheet, ref.row, column);
        },
      },
      T.rowLink(ref.number, ref.row),
    );
    list.appendChild(
      h("li", {}, link, h("br"), ref.title.split("\n")[0], h("br"), h("span", { class: "muted" }, detail(ref))),
    );
  }
  if (total > refs.length) list.appendChild(h("li", { class: "muted" }, T.more(total - refs.length)));
  return list;
}

function summaryBlock(summary: RoadmapSummary, ctx: ViewContext): HTMLElement {
  const { sheet, deadlineColumn: column } = summary;
  return h(
    "div",
    { id: "roadmap-lists" },
    h("p", { class: "muted" }, summary.total ? T.total(summary.total) : T.empty),
    h("h2", {}, T.overdue(summary.overdueTotal)),
    summary.overdueTotal
      ? rowList("roadmap-overdue", summary.overdue, summary.overdueTotal, sheet, column, ctx, (r) =>
          r.end ? T.until(ru(r.end)) : r.deadlineText,
        )
      : h("p", { class: "muted" }, T.noOverdue),
    h("h2", {}, T.needsDate(summary.needsDateTotal)),
    summary.needsDateTotal
      ? rowList("roadmap-needs-date", summary.needsDate, summary.needsDateTotal, sheet, column, ctx, (r) =>
          r.deadlineText
            ? `«${r.deadlineText.replace(/\s+/g, " ")}» — ${T.attention[r.attention ?? "unknown"] ?? ""}`
            : T.noText,
        )
      : h("p", { class: "muted" }, T.noNeedsDate),
  );
}

function resultBlock(result: RoadmapImportDto): HTMLElement {
  const out = h("div", { id: "roadmap-result" }, message(result.ok ? "ok" : "error", result.message));
  if (result.ok) {
    out.appendChild(h("p", { id: "roadmap-counts" }, T.counts(result.added, result.updated, result.unchanged)));
    if (result.notInDocument.length)
      out.appendChild(h("p", { class: "muted" }, T.notInDocument(result.notInDocument.length)));
  }
  const shown = result.warnings.filter((w) => w.severity !== "info" || result.ok);
  if (shown.length) {
    const list = h("ul", { class: "list", id: "roadmap-warnings" });
    for (const w of shown.slice(0, WARNINGS_SHOWN))
      list.appendChild(h("li", { class: `problem ${w.severity}` }, w.message));
    if (shown.length > WARNINGS_SHOWN)
      list.appendChild(h("li", { class: "muted" }, T.moreWarnings(shown.length - WARNINGS_SHOWN)));
    out.append(h("h2", {}, T.warnings(shown.length)), list);
  }
  return out;
}

const field = (id: string, label: string, placeholder: string) => {
  const input = h("input", { id, type: "text", placeholder, autocomplete: "off" });
  return { input, el: h("div", {}, h("label", { for: id }, label), input) };
};

export const roadmapView: View = {
  id: "roadmap",
  title: T.title,
  async render(root, ctx) {
    const text = h("textarea", { id: "roadmap-text", placeholder: T.pastePlaceholder, spellcheck: "false" });
    const year = field("roadmap-year", T.year, T.yearPlaceholder);
    const school = field("roadmap-academic-year", T.academicYear, T.spanPlaceholder);
    const program = field("roadmap-program", T.program, T.programPlaceholder);
    const sheet = field("roadmap-sheet", T.sheetLabel, T.sheetPlaceholder);
    const doc = field("roadmap-doc-url", T.docLabel, T.docPlaceholder);
    const result = h("div");
    const lists = h("div");
    const buttons: HTMLButtonElement[] = [];

    const context = () => ({ year: year.input.value, academicYear: school.input.value, program: program.input.value });
    const run = async (call: () => Promise<RoadmapImportDto>) => {
      const dto = await runAction(ctx, buttons, result, call);
      if (!dto) return;
      result.replaceChildren(resultBlock(dto));
      if (dto.summary) lists.replaceChildren(summaryBlock(dto.summary, ctx));
      if (!dto.ok) ctx.setStatus(TEXT.failed(dto.message));
    };
    const button = (id: string, label: string, primary: boolean, onclick: () => void) => {
      const b = h("button", { class: primary ? "btn primary" : "btn", id, onclick }, label);
      buttons.push(b);
      return b;
    };

    const importText = button("roadmap-import", T.import, true, () => {
      if (!text.value.trim()) {
        result.replaceChildren(message("warn", T.emptyPaste));
        return;
      }
      void run(() => ctx.rpc("importRoadmapText", { text: text.value, ...context() }));
    });
    const importSheet = button(
      "roadmap-from-sheet",
      T.importSheet,
      false,
      () => void run(() => ctx.rpc("importRoadmapSheet", { sheet: sheet.input.value, ...context() })),
    );
    const importDoc = button("roadmap-from-doc", T.importDoc, false, () => {
      if (!doc.input.value.trim()) {
        result.replaceChildren(message("warn", T.emptyDoc));
        return;
      }
      void run(() => ctx.rpc("importRoadmapDoc", { url: doc.input.value, ...context() }));
    });

    root.append(
      h("p", { class: "muted" }, T.intro),
      h("label", { for: "roadmap-text" }, T.pasteLabel),
      text,
      h("details", {}, h("summary", {}, T.contextHint), year.el, school.el, program.el),
      importText,
      h("details", { id: "roadmap-sheet-source" }, h("summary", {}, T.fromSheet), sheet.el, importSheet),
      h("details", { id: "roadmap-doc-source" }, h("summary", {}, T.fromDoc), doc.el, importDoc),
      result,
      lists,
    );

    try {
      const overview = await ctx.rpc("roadmapOverview");
      if (overview.summary) lists.replaceChildren(summaryBlock(overview.summary, ctx));
      else lists.replaceChildren(message("warn", overview.message));
    } catch (error) {
      lists.replaceChildren(message("error", (error as Error).message));
    }
  },
};
