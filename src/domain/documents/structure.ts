/**
 * Template validation: every placeholder must be a field this kind of document has, in a place where it
 * has a value. A list's fields go only in a table row marked `{{#список}}`; a marker goes only in a table;
 * a child list's row (`{{#пары}}` under `{{#формы}}`) follows its parent's row. A bad template gets one
 * message per problem, naming the placeholder as the curator typed it, and no document is made.
 *
 * The analysis also says, for each table row, which list repeats it: the renderer follows that plan.
 */
import { COMMON_FIELDS, KINDS, type DocumentKind, type FieldSpec, type ListSpec } from "./catalogue";
import { DOCUMENT_TEXT as T } from "./messages";
import { placeholderKey, scanTokens, unclosedBrace } from "./placeholders";
import type { Template } from "./template";

export interface TemplateProblem {
  /** The placeholder as typed, when the problem is about one. */
  placeholder?: string;
  message: string;
}

/** How a table row repeats: once, or per item of `list` (inside each item of `parent` for a child list). */
export type RowRole = { list: ListSpec; parent?: ListSpec } | null;

export interface TemplateAnalysis {
  problems: TemplateProblem[];
  /** For each table block (by block index), the role of each row. */
  rows: Map<number, RowRole[]>;
}

const keyed = (fields: readonly FieldSpec[]) => new Set(fields.map((f) => placeholderKey(f.name)));

function allLists(lists: readonly ListSpec[], out: ListSpec[] = []): ListSpec[] {
  for (const l of lists) {
    out.push(l);
    allLists(l.children ?? [], out);
  }
  return out;
}

export function documentFields(kind: DocumentKind): FieldSpec[] {
  const spec = KINDS[kind];
  const page = spec.pages ? spec.lists.find((l) => l.name === spec.pages) : undefined;
  return [...COMMON_FIELDS, ...spec.fields, ...(page?.fields ?? [])];
}

export function analyseTemplate(template: Template, kind: DocumentKind, where: string): TemplateAnalysis {
  const spec = KINDS[kind];
  const problems: TemplateProblem[] = [];
  const rows = new Map<number, RowRole[]>();
  const docFields = documentFields(kind);
  const docKeys = keyed(docFields);
  const pageList = spec.pages ? spec.lists.find((l) => l.name === spec.pages) : undefined;
  // Lists a marker may open on its own: top-level lists and the page list's children.
  const topLists = [...spec.lists, ...(pageList?.children ?? [])];
  const everyList = allLists(spec.lists);
  const listOfItemField = new Map<string, string>();
  for (const l of everyList)
    for (const f of l.fields)
      if (!docKeys.has(placeholderKey(f.name))) listOfItemField.set(placeholderKey(f.name), l.name);
  const seen = new Set<string>();
  const report = (placeholder: string | undefined, message: string) => {
    if (seen.has(message)) return;
    seen.add(message);
    problems.push(placeholder ? { placeholder, message } : { message });
  };

  const checkField = (raw: string, name: string, allowed: Set<string>) => {
    if (allowed.has(name)) return;
    const owner = listOfItemField.get(name);
    if (owner) report(raw, T.itemFieldOutsideRow(where, raw, owner));
    else
      report(
        raw,
        T.unknownField(
          where,
          raw,
          docFields.map((f) => f.name),
        ),
      );
  };

  template.blocks.forEach((block, index) => {
    if (block.type === "pageBreak") return;
    if (block.type === "paragraph") {
      const broken = unclosedBrace(block.text);
      if (broken) report(undefined, T.unclosed(where, broken));
      for (const token of scanTokens(block.text)) {
        if (token.marker) report(token.raw, T.markerOutsideTable(where, token.raw));
        else checkField(token.raw, token.name, docKeys);
      }
      return;
    }
    const roles: RowRole[] = [];
    let previous: RowRole = null;
    for (const row of block.rows) {
      const tokens = row.flatMap((cell) => {
        const broken = unclosedBrace(cell);
        if (broken) report(undefined, T.unclosed(where, broken));
        return scanTokens(cell);
      });
      const markers = tokens.filter((t) => t.marker);
      const distinct = [...new Map(markers.map((m) => [m.name, m])).values()];
      if (distinct.length > 1) report(distinct[1].raw, T.twoMarkers(where, distinct[0].raw, distinct[1].raw));
      let role: RowRole = null;
      const marker = distinct[0];
      if (marker) {
        // A child of the list repeated just above: nested in it (grouped rows).
        const above = previous as RowRole;
        const isChild = (l: ListSpec | undefined): boolean =>
          l?.children?.some((c) => placeholderKey(c.name) === marker.name) === true;
        const parentAbove: ListSpec | undefined = isChild(above?.parent)
          ? above?.parent
          : isChild(above?.list)
            ? above?.list
            : undefined;
        const nested: ListSpec | undefined = parentAbove?.children?.find((c) => placeholderKey(c.name) === marker.name);
        const top = topLists.find((l) => placeholderKey(l.name) === marker.name);
        if (nested && parentAbove) role = { list: nested, parent: parentAbove };
        else if (top) role = { list: top };
        else {
          const parent = everyList.find((l) => l.children?.some((c) => placeholderKey(c.name) === marker.name));
          if (parent) report(marker.raw, T.childWithoutParent(where, marker.raw, parent.name));
          else
            report(
              marker.raw,
              T.unknownList(
                where,
                marker.raw,
                topLists.map((l) => l.name),
              ),
            );
        }
      }
      const allowed = new Set(docKeys);
      if (role) {
        for (const k of keyed(role.list.fields)) allowed.add(k);
        if (role.parent) for (const k of keyed(role.parent.fields)) allowed.add(k);
      }
      for (const token of tokens) if (!token.marker && (role || !marker)) checkField(token.raw, token.name, allowed);
      roles.push(role);
      previous = role;
    }
    rows.set(index, roles);
  });
  return { problems, rows };
}
