/**
 * The content of an emulated Google Doc as plain, JSON-safe nodes (no parent pointers, so a document
 * saves and loads as it is): a body of paragraphs, list items and tables; a table of rows of cells; a
 * page break is a paragraph holding one, as in Docs. Text operations (replaceText) work on these nodes.
 */

export interface ParagraphNode {
  kind: "PARAGRAPH" | "LIST_ITEM";
  text: string;
  attributes: Record<string, unknown>;
  /** The paragraph holds a page break (Body.appendPageBreak). */
  pageBreak?: boolean;
}

export interface CellNode {
  kind: "TABLE_CELL";
  text: string;
  attributes: Record<string, unknown>;
}

export interface RowNode {
  kind: "TABLE_ROW";
  cells: CellNode[];
  attributes: Record<string, unknown>;
}

export interface TableNode {
  kind: "TABLE";
  rows: RowNode[];
  attributes: Record<string, unknown>;
}

export type BlockNode = ParagraphNode | TableNode;
export type Node = BlockNode | RowNode | CellNode;

export interface DocumentState {
  id: string;
  name: string;
  body: BlockNode[];
  /** Attributes set on the body (default font and size). */
  attributes?: Record<string, unknown>;
}

export const paragraphNode = (text: string, kind: ParagraphNode["kind"] = "PARAGRAPH"): ParagraphNode => ({
  kind,
  text,
  attributes: {},
});

export const cellNode = (text: string): CellNode => ({ kind: "TABLE_CELL", text, attributes: {} });
export const rowNode = (cells: readonly string[]): RowNode => ({
  kind: "TABLE_ROW",
  cells: cells.map((c) => cellNode(String(c))),
  attributes: {},
});
export const tableNode = (rows: readonly (readonly string[])[]): TableNode => ({
  kind: "TABLE",
  rows: rows.map(rowNode),
  attributes: {},
});

export function clone<T extends Node>(node: T): T {
  return JSON.parse(JSON.stringify(node)) as T;
}

export function nodeText(node: Node): string {
  switch (node.kind) {
    case "PARAGRAPH":
    case "LIST_ITEM":
    case "TABLE_CELL":
      return node.text;
    case "TABLE_ROW":
      return node.cells.map((c) => c.text).join("\n");
    case "TABLE":
      return node.rows.map((r) => nodeText(r)).join("\n");
  }
}

/** Text nodes under a node, in document order. */
export function textNodes(node: Node): Array<ParagraphNode | CellNode> {
  switch (node.kind) {
    case "PARAGRAPH":
    case "LIST_ITEM":
    case "TABLE_CELL":
      return [node];
    case "TABLE_ROW":
      return node.cells;
    case "TABLE":
      return node.rows.flatMap((r) => r.cells);
  }
}

/**
 * Docs' replaceText: a regular expression (Docs uses RE2; the patterns the add-on sends are escaped
 * literals, which both read alike), every match in each paragraph or cell; the replacement is taken
 * literally. Matches never span two paragraphs.
 */
export function replaceIn(nodes: ReadonlyArray<ParagraphNode | CellNode>, pattern: string, replacement: string): void {
  const re = new RegExp(pattern, "g");
  for (const n of nodes) n.text = n.text.replace(re, () => replacement);
}

/** The document as text, for a person reading it: paragraphs as lines, cells between « | », page breaks. */
export function documentText(doc: DocumentState): string {
  return doc.body
    .map((b) =>
      b.kind === "TABLE"
        ? b.rows.map((r) => r.cells.map((c) => c.text.replace(/\n/g, " / ")).join(" | ")).join("\n")
        : b.pageBreak
          ? "———— разрыв страницы ————"
          : b.text,
    )
    .join("\n");
}
