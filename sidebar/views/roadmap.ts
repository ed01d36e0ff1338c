/**
 * «Дорожная карта»: import a roadmap (pasted text, a sheet, a Google Doc) in two steps — a preview of what
 * was understood (items with their dates, responsible people and results, the columns, which the curator
 * may correct, remarks) and of what the sheet will get (new / changed / unchanged / not in the document,
 * links to rows the document renumbered or reworded), then the import itself, which can be undone. Below,
 * two lists with links to their rows: overdue items and items that need a date. Opening the view
 * refreshes the statuses on the sheet (roadmapOverview).
 */
import type {
  PreviewItemDto,
  RoadmapImportDto,
  RoadmapPreviewDto,
  RoadmapRowRef,
  RoadmapSummary,
  RoadmapWarningDto,
} from "../../src/ui/endpoints/roadmap";
import type { ViewContext, View } from "../context";
import { runAction } from "../components";
import { h, message } from "../dom";
import { TEXT } from "../texts";
import { ROADMAP_TEXT as T } from "../texts/roadmap";

const WARNINGS_SHOWN = 40;
/** Lines of a long title shown under its first (the whole text goes to the sheet). */
const EXTRA_LINES = 3;
const clip = (line: string) => (line.length > 140 ? `${line.slice(0, 139)}…` : line);
const ru = (iso: string | null) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : null);

type Source = { kind: "text"; text: string } | { kind: "sheet"; sheet?: string } | { kind: "doc"; url: string };
type Role = RoadmapPreviewDto["roles"][number]["role"];

interface Request {
  source: Source;
  year: string;
  academicYear: string;
  program: string;
  mapping?: (Role | null)[];
  links?: Record<string, number>;
}

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
          r.end ? T.until(ru(r.end) ?? "") : r.deadlineText,
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

function remarks(warnings: readonly RoadmapWarningDto[], id: string): HTMLElement | null {
  if (!warnings.length) return null;
  const list = h("ul", { class: "list", id });
  for (const w of warnings.slice(0, WARNINGS_SHOWN))
    list.appendChild(h("li", { class: `problem ${w.severity}` }, w.message));
  if (warnings.length > WARNINGS_SHOWN)
    list.appendChild(h("li", { class: "muted" }, T.moreWarnings(warnings.length - WARNINGS_SHOWN)));
  return h("div", {}, h("h2", {}, T.remarks(warnings.length)), list);
}

/** The columns and what each was taken for; a change re-runs the preview with the new mapping. */
function mappingBlock(dto: RoadmapPreviewDto, onChange: (mapping: (Role | null)[]) => void): HTMLElement | null {
  if (!dto.columns.length) return null;
  const selects: HTMLSelectElement[] = [];
  const rows = dto.columns.map((column) => {
    const select = h(
      "select",
      {
        "aria-label": column.label || T.column(column.index + 1),
        "data-column": column.index,
        onchange: () => onChange(selects.map((s) => (s.value ? (s.value as Role) : null))),
      },
      h("option", { value: "" }, T.noRole),
      ...dto.roles.map((r) => h("option", { value: r.role, selected: r.role === column.role }, r.name)),
    );
    selects.push(select);
    return h(
      "li",
      {},
      h("span", { class: "muted" }, `${T.column(column.index + 1)}: `),
      column.label || "—",
      h("br"),
      select,
    );
  });
  return h(
    "details",
    { id: "roadmap-columns", open: dto.inferred || !dto.ok },
    h("summary", {}, T.columnsTitle),
    h("p", { class: "muted" }, T.columnsHint),
    h("ul", { class: "list" }, ...rows),
  );
}

function itemBlock(
  item: PreviewItemDto,
  dto: RoadmapPreviewDto,
  links: Record<string, number>,
  onLink: (number: string, index: number | null) => void,
): HTMLElement {
  const dates = T.dates(ru(item.start), ru(item.end));
  const when = [
    item.deadlineText.replace(/\s*\n\s*/g, " / "),
    dates
      ? `(${dates}${item.repeat && item.repeat !== "нет" ? `, ${item.repeat}` : ""})`
      : `(${item.attention ? T.attention[item.attention] : T.noDate})`,
  ]
    .filter(Boolean)
    .join(" ");
  const li = h(
    "li",
    { class: `preview-item ${item.change}`, "data-number": item.number },
    h(
      "span",
      { class: `badge ${item.change === "added" ? "green" : item.change === "updated" ? "amber" : ""}` },
      T.change[item.change],
    ),
    " ",
    h("b", {}, item.number),
    " ",
    item.title.split("\n")[0],
    ...item.title
      .split("\n")
      .slice(1, 1 + EXTRA_LINES)
      .map((line) => h("div", { class: "muted" }, clip(line))),
    item.title.split("\n").length > 1 + EXTRA_LINES ? h("div", { class: "muted" }, "…") : null,
    h("div", {}, when),
    item.responsible.length ? h("div", {}, `${T.responsible}: ${item.responsible.join("; ")}`) : null,
    item.result ? h("div", {}, `${T.result}: ${item.result.replace(/\s*\n\s*/g, "; ")}`) : null,
    ...item.fields.map((f) =>
      h(
        "div",
        { class: "muted" },
        T.fieldChange(T.fieldNames[f.key] ?? f.key, f.before.replace(/\s+/g, " "), f.after.replace(/\s+/g, " ")),
      ),
    ),
    item.row ? h("div", { class: "muted" }, T.row(item.row)) : null,
  );
  const linkable = item.change === "added" || links[item.number] !== undefined;
  if (linkable && dto.absent.length) {
    const suggestion = dto.suggestions.find((s) => s.number === item.number);
    const target = suggestion ? dto.absent.find((a) => a.index === suggestion.existing) : undefined;
    if (target && links[item.number] === undefined)
      li.appendChild(
        h("div", { class: "msg warn" }, T.suggestion(suggestion!.why, target.number, target.title.split("\n")[0])),
      );
    const select = h(
      "select",
      {
        class: "roadmap-link",
        "data-number": item.number,
        "aria-label": T.linkLabel,
        onchange: () => onLink(item.number, select.value === "" ? null : Number(select.value)),
      },
      h("option", { value: "" }, T.linkNone),
      ...dto.absent.map((a) =>
        h(
          "option",
          { value: a.index, selected: links[item.number] === a.index },
          `${a.number} ${a.title.split("\n")[0]}`.slice(0, 80),
        ),
      ),
    );
    li.append(h("label", { class: "muted" }, T.linkLabel), select);
  }
  return li;
}

function previewBlock(
  dto: RoadmapPreviewDto,
  links: Record<string, number>,
  handlers: {
    mapping(mapping: (Role | null)[]): void;
    link(number: string, index: number | null): void;
    linkAll(): void;
    apply(): void;
    cancel(): void;
  },
): HTMLElement {
  const out = h("div", { id: "roadmap-preview" }, message(dto.ok ? "ok" : "error", dto.message));
  if (dto.inferred) {
    const inferred = dto.warnings.find(
      (w) => w.severity === "info" && w.item === null && /по содержимому/.test(w.message),
    );
    if (inferred) out.appendChild(message("warn", inferred.message));
  }
  const mapping = mappingBlock(dto, handlers.mapping);
  if (mapping) out.appendChild(mapping);
  if (dto.ok) {
    out.append(h("p", { id: "roadmap-preview-counts" }, T.counts(dto.counts)), h("p", { class: "muted" }, dto.dating));
    const open = dto.suggestions.filter((s) => links[s.number] === undefined);
    if (open.length)
      out.appendChild(
        h("button", { class: "btn", id: "roadmap-link-all", onclick: handlers.linkAll }, T.linkSuggested(open.length)),
      );
    const list = h("ul", { class: "list", id: "roadmap-preview-items" });
    let section: string | undefined;
    for (const item of dto.items) {
      if (item.section !== section && item.section)
        list.appendChild(h("li", { class: "section" }, h("b", {}, item.section)));
      section = item.section;
      list.appendChild(itemBlock(item, dto, links, handlers.link));
    }
    out.append(h("h2", {}, T.itemsTitle(dto.items.length, dto.itemsTotal)), list);
    if (dto.absent.length)
      out.append(
        h("h2", {}, T.absentTitle(dto.absent.length)),
        h(
          "ul",
          { class: "list", id: "roadmap-preview-absent" },
          ...dto.absent.map((a) =>
            h(
              "li",
              {},
              h("b", {}, a.number),
              " ",
              a.title.split("\n")[0],
              h("span", { class: "muted" }, ` · ${T.row(a.row)}`),
            ),
          ),
        ),
      );
  }
  const notes = remarks(dto.warnings, "roadmap-warnings");
  if (notes) out.appendChild(notes);
  out.appendChild(
    h(
      "div",
      { class: "actions" },
      dto.ok ? h("button", { class: "btn primary", id: "roadmap-apply", onclick: handlers.apply }, T.apply) : null,
      h("button", { class: "btn", id: "roadmap-cancel", onclick: handlers.cancel }, T.cancel),
    ),
  );
  return out;
}

function resultBlock(result: RoadmapImportDto): HTMLElement {
  const out = h("div", { id: "roadmap-result" }, message(result.ok ? "ok" : "error", result.message));
  if (result.ok) {
    out.appendChild(h("p", { id: "roadmap-counts" }, T.counts2(result.added, result.updated, result.unchanged)));
    if (result.notInDocument.length)
      out.appendChild(h("p", { class: "muted" }, T.notInDocument(result.notInDocument.length)));
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
    const preview = h("div");
    const result = h("div");
    const undoBox = h("div", { id: "roadmap-undo" });
    const lists = h("div");
    const buttons: HTMLButtonElement[] = [];
    let request: Request | undefined;
    let shown: RoadmapPreviewDto | undefined;

    const context = () => ({ year: year.input.value, academicYear: school.input.value, program: program.input.value });

    const showPreview = async (next: Request) => {
      const dto = await runAction(ctx, buttons, preview, () => ctx.rpc("previewRoadmapImport", next));
      if (!dto) return;
      request = next;
      shown = dto;
      result.replaceChildren();
      preview.replaceChildren(
        previewBlock(dto, next.links ?? {}, {
          mapping: (mapping) => void showPreview({ ...next, mapping }),
          link: (number, index) => {
            const links = { ...(next.links ?? {}) };
            if (index === null) delete links[number];
            else links[number] = index;
            void showPreview({ ...next, links });
          },
          linkAll: () => {
            const links = { ...(next.links ?? {}) };
            for (const s of dto.suggestions) if (links[s.number] === undefined) links[s.number] = s.existing;
            void showPreview({ ...next, links });
          },
          apply: () => void apply(),
          cancel: () => {
            preview.replaceChildren();
            request = undefined;
            shown = undefined;
          },
        }),
      );
      if (!dto.ok) ctx.setStatus(TEXT.failed(dto.message));
    };

    const apply = async () => {
      if (!request || !shown) return;
      const applied = request;
      const dto = await runAction(ctx, buttons, result, () =>
        ctx.rpc("applyRoadmapImport", { ...applied, token: shown!.token }),
      );
      if (!dto) return;
      result.replaceChildren(resultBlock(dto));
      if (dto.ok) {
        preview.replaceChildren();
        request = undefined;
        shown = undefined;
      } else ctx.setStatus(TEXT.failed(dto.message));
      if (dto.summary) lists.replaceChildren(summaryBlock(dto.summary, ctx));
      await showUndo();
    };

    const undo = async (force: boolean) => {
      const dto = await runAction(ctx, buttons, undoBox, () => ctx.rpc("undoRoadmapImport", { force }));
      if (!dto) return;
      if (dto.needsConfirm) {
        undoBox.replaceChildren(
          message("warn", dto.message),
          h("button", { class: "btn", id: "roadmap-undo-force", onclick: () => void undo(true) }, T.undoAnyway),
        );
        return;
      }
      result.replaceChildren(message(dto.ok ? "ok" : "error", dto.message));
      await refreshLists();
    };

    const showUndo = async () => {
      const overview = await ctx.rpc("roadmapOverview");
      undoBox.replaceChildren(
        ...(overview.lastImport
          ? [
              h("p", { class: "muted" }, overview.lastImport),
              h("button", { class: "btn", id: "roadmap-undo-button", onclick: () => void undo(false) }, T.undo),
            ]
          : []),
      );
      return overview;
    };

    const refreshLists = async () => {
      try {
        const overview = await showUndo();
        if (overview.summary) lists.replaceChildren(summaryBlock(overview.summary, ctx));
        else lists.replaceChildren(message("warn", overview.message));
      } catch (error) {
        lists.replaceChildren(message("error", (error as Error).message));
      }
    };

    const button = (id: string, label: string, primary: boolean, onclick: () => void) => {
      const b = h("button", { class: primary ? "btn primary" : "btn", id, onclick }, label);
      buttons.push(b);
      return b;
    };

    const previewText = button("roadmap-preview-button", T.preview, true, () => {
      if (!text.value.trim()) {
        preview.replaceChildren(message("warn", T.emptyPaste));
        return;
      }
      void showPreview({ source: { kind: "text", text: text.value }, ...context() });
    });
    const previewSheet = button(
      "roadmap-from-sheet",
      T.previewSheet,
      false,
      () => void showPreview({ source: { kind: "sheet", sheet: sheet.input.value }, ...context() }),
    );
    const previewDoc = button("roadmap-from-doc", T.previewDoc, false, () => {
      if (!doc.input.value.trim()) {
        preview.replaceChildren(message("warn", T.emptyDoc));
        return;
      }
      void showPreview({ source: { kind: "doc", url: doc.input.value }, ...context() });
    });

    root.append(
      h("p", { class: "muted" }, T.intro),
      h("label", { for: "roadmap-text" }, T.pasteLabel),
      text,
      h("details", {}, h("summary", {}, T.contextHint), year.el, school.el, program.el),
      previewText,
      h("details", { id: "roadmap-sheet-source" }, h("summary", {}, T.fromSheet), sheet.el, previewSheet),
      h("details", { id: "roadmap-doc-source" }, h("summary", {}, T.fromDoc), doc.el, previewDoc),
      preview,
      result,
      undoBox,
      lists,
    );
    await refreshLists();
  },
};
