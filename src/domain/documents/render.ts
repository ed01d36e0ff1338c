/**
 * Rendering a template with a document's data. First the checks: the template must be valid
 * (structure.ts) and every value it uses must be there — a blank setting, an empty required list or a
 * blank cell stops the document with messages that name what to fill. Then the output: blocks of final
 * text for writing a new document, each carrying the edits (placeholder → value) that turn the template
 * block it came from into it, for editing a copy of the curator's own Doc in place.
 */
import { SETTINGS } from "../workbook/defaults";
import { SHEETS, type SheetKey } from "../workbook/sheets";
import { KINDS, type DocumentKind, type FieldSpec, type ListSpec, type Source } from "./catalogue";
import type { DocumentData, ListItem } from "./data";
import { DOCUMENT_MORE, DOCUMENT_TEXT as T } from "./messages";
import { placeholderKey, scanTokens, fillTokens } from "./placeholders";
import { analyseTemplate, documentFields, type RowRole, type TemplateProblem } from "./structure";
import type { Block, ParagraphStyle, Template } from "./template";

export interface Edit {
  from: string;
  to: string;
}

export interface RenderedParagraph {
  type: "paragraph";
  text: string;
  style?: ParagraphStyle;
  /** Index of the template block it comes from. */
  source: number;
  page: number;
  edits: Edit[];
}

export interface RenderedRow {
  cells: string[];
  /** Index of the template row it comes from. */
  source: number;
  edits: Edit[];
}

export interface RenderedTable {
  type: "table";
  rows: RenderedRow[];
  headerRows: number;
  borderless: boolean;
  source: number;
  page: number;
}

export interface RenderedPageBreak {
  type: "pageBreak";
  /** null: a break the renderer puts between pages. */
  source: number | null;
  page: number;
}

export type RenderedBlock = RenderedParagraph | RenderedTable | RenderedPageBreak;

export interface RenderedDocument {
  title: string;
  pages: number;
  blocks: RenderedBlock[];
}

export type RenderResult =
  { ok: true; document: RenderedDocument } | { ok: false; templateProblems: TemplateProblem[]; dataProblems: string[] };

const MAX_PROBLEMS = 12;

function sourceReason(source: Source): string {
  if ("setting" in source)
    return T.missingSetting(SETTINGS.find((s) => s.key === source.setting)?.label ?? source.setting);
  if ("input" in source) return T.missingInput[source.input];
  if ("sheet" in source) return T.missingSheet(SHEETS[source.sheet as SheetKey].name);
  return T.noData;
}

function editsFor(texts: readonly string[], value: (name: string) => string | undefined): Edit[] {
  const edits = new Map<string, string>();
  for (const text of texts)
    for (const token of scanTokens(text)) {
      const to = token.marker ? "" : value(token.name);
      if (to !== undefined) edits.set(token.raw, to);
    }
  return [...edits].map(([from, to]) => ({ from, to }));
}

export function renderDocument(
  template: Template,
  kind: DocumentKind,
  data: DocumentData,
  where: string,
): RenderResult {
  const spec = KINDS[kind];
  const analysis = analyseTemplate(template, kind, where);
  if (analysis.problems.length) return { ok: false, templateProblems: analysis.problems, dataProblems: [] };

  const problems: string[] = [...data.blockers];
  const seen = new Set(problems);
  const problem = (text: string) => {
    if (!seen.has(text)) {
      seen.add(text);
      problems.push(text);
    }
  };
  const docSpecs = new Map(documentFields(kind).map((f) => [placeholderKey(f.name), f]));
  const pageList = spec.pages ? spec.lists.find((l) => l.name === spec.pages) : undefined;
  const pageItems: Array<ListItem | null> = pageList ? (data.lists[placeholderKey(pageList.name)] ?? []) : [null];
  if (pageList && pageItems.length === 0)
    problem(data.emptyReasons[placeholderKey(pageList.name)] ?? sourceReason(pageList.source));

  const itemValue = (specs: readonly FieldSpec[], it: ListItem, name: string): string | undefined => {
    const fieldSpec = specs.find((f) => placeholderKey(f.name) === name);
    if (!fieldSpec) return undefined;
    const v = it.fields[name] ?? "";
    if (v.trim() === "" && !fieldSpec.optional)
      problem(
        it.at && fieldSpec.column
          ? T.missingCell(it.at.sheet, it.at.row, fieldSpec.column)
          : sourceReason(fieldSpec.source),
      );
    return v;
  };
  const docValue = (page: ListItem | null, name: string): string | undefined => {
    if (page && pageList && pageList.fields.some((f) => placeholderKey(f.name) === name))
      return itemValue(pageList.fields, page, name);
    const fieldSpec = docSpecs.get(name);
    if (!fieldSpec) return undefined;
    const v = data.fields[name] ?? "";
    if (v.trim() === "") problem(sourceReason(fieldSpec.source));
    return v;
  };

  const listItems = (list: ListSpec, page: ListItem | null, parentItem?: ListItem): ListItem[] => {
    const key = placeholderKey(list.name);
    if (parentItem) return parentItem.lists?.[key] ?? [];
    if (page && pageList?.children?.some((c) => placeholderKey(c.name) === key)) return page.lists?.[key] ?? [];
    return data.lists[key] ?? [];
  };
  const checkNotEmpty = (list: ListSpec, items: readonly ListItem[]) => {
    if (list.required && items.length === 0)
      problem(data.emptyReasons[placeholderKey(list.name)] ?? sourceReason(list.source));
  };

  const blocks: RenderedBlock[] = [];
  pageItems.forEach((page, pageIndex) => {
    if (pageIndex > 0) blocks.push({ type: "pageBreak", source: null, page: pageIndex });
    template.blocks.forEach((block: Block, index: number) => {
      if (block.type === "pageBreak") {
        blocks.push({ type: "pageBreak", source: index, page: pageIndex });
        return;
      }
      if (block.type === "paragraph") {
        const value = (name: string) => docValue(page, name);
        blocks.push({
          type: "paragraph",
          text: fillTokens(block.text, (t) => value(t.name)),
          ...(block.style ? { style: block.style } : {}),
          source: index,
          page: pageIndex,
          edits: editsFor([block.text], value),
        });
        return;
      }
      const roles = analysis.rows.get(index) ?? [];
      const rows: RenderedRow[] = [];
      const emit = (r: number, value: (name: string) => string | undefined) =>
        rows.push({
          cells: block.rows[r].map((cell) => fillTokens(cell, (t) => value(t.name))),
          source: r,
          edits: editsFor(block.rows[r], value),
        });
      for (let r = 0; r < block.rows.length; r++) {
        const role: RowRole = roles[r];
        if (!role) {
          emit(r, (name) => docValue(page, name));
          continue;
        }
        // The row and the child rows under it repeat together, once per item.
        const group = [r];
        while (r + 1 < block.rows.length && roles[r + 1]?.parent === role.list) group.push(++r);
        const items = listItems(role.list, page);
        checkNotEmpty(role.list, items);
        for (const it of items) {
          emit(group[0], (name) => itemValue(role.list.fields, it, name) ?? docValue(page, name));
          for (const childRow of group.slice(1)) {
            const childRole = roles[childRow]!;
            const children = listItems(childRole.list, page, it);
            for (const child of children)
              emit(
                childRow,
                (name) =>
                  itemValue(childRole.list.fields, child, name) ??
                  itemValue(role.list.fields, it, name) ??
                  docValue(page, name),
              );
          }
        }
      }
      blocks.push({
        type: "table",
        rows,
        headerRows: block.headerRows ?? 0,
        borderless: block.borderless === true,
        source: index,
        page: pageIndex,
      });
    });
  });

  if (problems.length) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > shown.length) shown.push(DOCUMENT_MORE(problems.length - shown.length));
    return { ok: false, templateProblems: [], dataProblems: shown };
  }
  return { ok: true, document: { title: data.title, pages: pageItems.length, blocks } };
}

/** One message for the curator when a document could not be made. */
export function renderFailure(title: string, result: Extract<RenderResult, { ok: false }>): string {
  if (result.templateProblems.length) return result.templateProblems.map((p) => p.message).join("\n");
  return T.cannotMake(title, result.dataProblems);
}
