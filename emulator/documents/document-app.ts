/**
 * DocumentApp: documents as bodies of paragraphs and tables (model.ts), with what the add-on calls —
 * create, open, read elements, append paragraphs, tables and page breaks, copy elements and table rows,
 * replace text, set attributes. Held to Docs' rules where the add-on depends on them: a new document has
 * one empty paragraph; an element must be detached (copy()) before it is appended; the last paragraph of
 * the body cannot be removed; a child index out of range throws Google's message.
 */
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";
import {
  clone,
  nodeText,
  paragraphNode,
  replaceIn,
  rowNode,
  tableNode,
  textNodes,
  type BlockNode,
  type CellNode,
  type DocumentState,
  type ParagraphNode,
  type RowNode,
  type TableNode,
} from "./model";

export type { DocumentState } from "./model";

export const ElementType = {
  BODY_SECTION: "BODY_SECTION",
  PARAGRAPH: "PARAGRAPH",
  LIST_ITEM: "LIST_ITEM",
  TABLE: "TABLE",
  TABLE_ROW: "TABLE_ROW",
  TABLE_CELL: "TABLE_CELL",
  TEXT: "TEXT",
  PAGE_BREAK: "PAGE_BREAK",
} as const;
export const ParagraphHeading = {
  NORMAL: "NORMAL",
  TITLE: "TITLE",
  SUBTITLE: "SUBTITLE",
  HEADING1: "HEADING1",
  HEADING2: "HEADING2",
  HEADING3: "HEADING3",
  HEADING4: "HEADING4",
  HEADING5: "HEADING5",
  HEADING6: "HEADING6",
} as const;
export const HorizontalAlignment = { LEFT: "LEFT", CENTER: "CENTER", RIGHT: "RIGHT", JUSTIFY: "JUSTIFY" } as const;
export const Attribute = {
  BOLD: "BOLD",
  ITALIC: "ITALIC",
  FONT_SIZE: "FONT_SIZE",
  FONT_FAMILY: "FONT_FAMILY",
  HORIZONTAL_ALIGNMENT: "HORIZONTAL_ALIGNMENT",
  HEADING: "HEADING",
  INDENT_FIRST_LINE: "INDENT_FIRST_LINE",
  SPACING_AFTER: "SPACING_AFTER",
  BORDER_WIDTH: "BORDER_WIDTH",
} as const;

const childIndexError = (i: number, n: number) =>
  new GasError(`Child index (${i}) must be less than the number of child elements (${n}).`);

/** Where an element lives: its document, or none for a detached copy. */
type Home = DocumentState | null;

function findRowTable(doc: DocumentState, row: RowNode): TableNode | undefined {
  return doc.body.find((b): b is TableNode => b.kind === "TABLE" && b.rows.includes(row));
}

function attributesOf(node: { attributes: Record<string, unknown> }): Record<string, unknown> {
  return { ...node.attributes };
}

class EmuText {
  constructor(
    private readonly nodes: Array<ParagraphNode | CellNode>,
    ctx: CallContext,
  ) {
    counted(this, "Text", ctx);
  }
  getText(): string {
    return this.nodes.map((n) => n.text).join("\n");
  }
  setBold(bold: boolean): EmuText {
    for (const n of this.nodes) n.attributes[Attribute.BOLD] = bold;
    return this;
  }
  isBold(): boolean {
    return this.nodes.every((n) => n.attributes[Attribute.BOLD] === true);
  }
  replaceText(pattern: string, replacement: string): EmuText {
    replaceIn(this.nodes, pattern, replacement);
    return this;
  }
}

abstract class EmuElement<N extends BlockNode | RowNode | CellNode> {
  constructor(
    readonly node: N,
    public home: Home,
    protected readonly ctx: CallContext,
  ) {}
  getType(): string {
    return (this.node as ParagraphNode).pageBreak ? ElementType.PARAGRAPH : this.node.kind;
  }
  getText(): string {
    return nodeText(this.node);
  }
  replaceText(pattern: string, replacement: string): this {
    replaceIn(textNodes(this.node), pattern, replacement);
    return this;
  }
  editAsText(): EmuText {
    return new EmuText(textNodes(this.node), this.ctx);
  }
  setAttributes(attributes: Record<string, unknown>): this {
    Object.assign(this.node.attributes, attributes);
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return attributesOf(this.node);
  }
}

export class EmuParagraph extends EmuElement<ParagraphNode> {
  constructor(node: ParagraphNode, home: Home, ctx: CallContext) {
    super(node, home, ctx);
    counted(this, node.kind === "LIST_ITEM" ? "ListItem" : "Paragraph", ctx);
  }
  /** Returns nothing, as in Apps Script. */
  setText(text: string): void {
    this.node.text = String(text);
    this.node.pageBreak = undefined;
  }
  setAlignment(alignment: string): EmuParagraph {
    this.node.attributes[Attribute.HORIZONTAL_ALIGNMENT] = alignment;
    return this;
  }
  getAlignment(): string {
    return String(this.node.attributes[Attribute.HORIZONTAL_ALIGNMENT] ?? HorizontalAlignment.LEFT);
  }
  setHeading(heading: string): EmuParagraph {
    this.node.attributes[Attribute.HEADING] = heading;
    return this;
  }
  getHeading(): string {
    return String(this.node.attributes[Attribute.HEADING] ?? ParagraphHeading.NORMAL);
  }
  setIndentFirstLine(points: number): EmuParagraph {
    this.node.attributes[Attribute.INDENT_FIRST_LINE] = points;
    return this;
  }
  asParagraph(): EmuParagraph {
    if (this.node.kind !== "PARAGRAPH") throw new GasError("Cannot cast a LIST_ITEM to a PARAGRAPH.");
    return this;
  }
  asListItem(): EmuParagraph {
    if (this.node.kind !== "LIST_ITEM") throw new GasError("Cannot cast a PARAGRAPH to a LIST_ITEM.");
    return this;
  }
  asTable(): never {
    throw new GasError(`Cannot cast a ${this.node.kind} to a TABLE.`);
  }
  copy(): EmuParagraph {
    return new EmuParagraph(clone(this.node), null, this.ctx);
  }
  removeFromParent(): EmuParagraph {
    const doc = this.home;
    if (!doc) return this;
    const i = doc.body.indexOf(this.node);
    if (i < 0) return this;
    if (doc.body.filter((b) => b.kind !== "TABLE").length === 1 && doc.body[doc.body.length - 1] === this.node)
      throw new GasError("Can't remove the last paragraph in a document section.");
    doc.body.splice(i, 1);
    this.home = null;
    return this;
  }
}

export class EmuTableCell extends EmuElement<CellNode> {
  constructor(node: CellNode, home: Home, ctx: CallContext) {
    super(node, home, ctx);
    counted(this, "TableCell", ctx);
  }
  setText(text: string): EmuTableCell {
    this.node.text = String(text);
    return this;
  }
}

export class EmuTableRow extends EmuElement<RowNode> {
  constructor(node: RowNode, home: Home, ctx: CallContext) {
    super(node, home, ctx);
    counted(this, "TableRow", ctx);
  }
  getNumCells(): number {
    return this.node.cells.length;
  }
  getCell(j: number): EmuTableCell {
    if (j < 0 || j >= this.node.cells.length) throw childIndexError(j, this.node.cells.length);
    return new EmuTableCell(this.node.cells[j], this.home, this.ctx);
  }
  copy(): EmuTableRow {
    return new EmuTableRow(clone(this.node), null, this.ctx);
  }
  removeFromParent(): EmuTableRow {
    const table = this.home ? findRowTable(this.home, this.node) : undefined;
    if (table) table.rows.splice(table.rows.indexOf(this.node), 1);
    this.home = null;
    return this;
  }
}

export class EmuTable extends EmuElement<TableNode> {
  constructor(node: TableNode, home: Home, ctx: CallContext) {
    super(node, home, ctx);
    counted(this, "Table", ctx);
  }
  getNumRows(): number {
    return this.node.rows.length;
  }
  getRow(i: number): EmuTableRow {
    if (i < 0 || i >= this.node.rows.length) throw childIndexError(i, this.node.rows.length);
    return new EmuTableRow(this.node.rows[i], this.home, this.ctx);
  }
  getCell(i: number, j: number): EmuTableCell {
    return this.getRow(i).getCell(j);
  }
  private attach(row: EmuTableRow | undefined, index: number): EmuTableRow {
    if (row && row.home) throw new GasError("Element must be detached.");
    const node = row ? row.node : rowNode(Array.from({ length: this.node.rows[0]?.cells.length ?? 1 }, () => ""));
    this.node.rows.splice(index, 0, node);
    const attached = row ?? new EmuTableRow(node, this.home, this.ctx);
    attached.home = this.home;
    return attached;
  }
  appendTableRow(row?: EmuTableRow): EmuTableRow {
    return this.attach(row, this.node.rows.length);
  }
  insertTableRow(index: number, row?: EmuTableRow): EmuTableRow {
    if (index < 0 || index > this.node.rows.length) throw childIndexError(index, this.node.rows.length + 1);
    return this.attach(row, index);
  }
  removeRow(index: number): EmuTableRow {
    if (index < 0 || index >= this.node.rows.length) throw childIndexError(index, this.node.rows.length);
    const [node] = this.node.rows.splice(index, 1);
    return new EmuTableRow(node, null, this.ctx);
  }
  setBorderWidth(width: number): EmuTable {
    this.node.attributes[Attribute.BORDER_WIDTH] = width;
    return this;
  }
  getBorderWidth(): number {
    return Number(this.node.attributes[Attribute.BORDER_WIDTH] ?? 1);
  }
  asTable(): EmuTable {
    return this;
  }
  asParagraph(): never {
    throw new GasError("Cannot cast a TABLE to a PARAGRAPH.");
  }
  copy(): EmuTable {
    return new EmuTable(clone(this.node), null, this.ctx);
  }
  removeFromParent(): EmuTable {
    if (this.home) {
      const i = this.home.body.indexOf(this.node);
      if (i >= 0) this.home.body.splice(i, 1);
    }
    this.home = null;
    return this;
  }
}

type BlockElement = EmuParagraph | EmuTable;

function elementFor(node: BlockNode, doc: DocumentState, ctx: CallContext): BlockElement {
  return node.kind === "TABLE" ? new EmuTable(node, doc, ctx) : new EmuParagraph(node, doc, ctx);
}

class EmuBody {
  constructor(
    private readonly doc: DocumentState,
    private readonly ctx: CallContext,
  ) {
    counted(this, "Body", ctx);
  }
  getType(): string {
    return ElementType.BODY_SECTION;
  }
  getNumChildren(): number {
    return this.doc.body.length;
  }
  setAttributes(attributes: Record<string, unknown>): EmuBody {
    this.doc.attributes = { ...this.doc.attributes, ...attributes };
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.doc.attributes };
  }
  getChild(i: number): BlockElement {
    if (i < 0 || i >= this.doc.body.length) throw childIndexError(i, this.doc.body.length);
    return elementFor(this.doc.body[i], this.doc, this.ctx);
  }
  getChildIndex(element: BlockElement): number {
    const i = this.doc.body.indexOf(element.node);
    if (i < 0) throw new GasError("Element does not contain the specified child element.");
    return i;
  }
  getTables(): EmuTable[] {
    return this.doc.body
      .filter((b): b is TableNode => b.kind === "TABLE")
      .map((t) => new EmuTable(t, this.doc, this.ctx));
  }
  getParagraphs(): EmuParagraph[] {
    return this.doc.body
      .filter((b): b is ParagraphNode => b.kind !== "TABLE")
      .map((p) => new EmuParagraph(p, this.doc, this.ctx));
  }
  getText(): string {
    return this.doc.body.map((b) => nodeText(b)).join("\n");
  }
  replaceText(pattern: string, replacement: string): EmuBody {
    replaceIn(
      this.doc.body.flatMap((b) => textNodes(b)),
      pattern,
      replacement,
    );
    return this;
  }
  editAsText(): EmuText {
    return new EmuText(
      this.doc.body.flatMap((b) => textNodes(b)),
      this.ctx,
    );
  }
  private insert<E extends BlockElement>(element: E, index: number): E {
    if (element.home) throw new GasError("Element must be detached.");
    this.doc.body.splice(index, 0, element.node);
    element.home = this.doc;
    return element;
  }
  private paragraphFrom(kind: ParagraphNode["kind"], content: string | EmuParagraph): EmuParagraph {
    if (typeof content === "string") return new EmuParagraph(paragraphNode(content, kind), null, this.ctx);
    if (content.node.kind !== kind)
      throw new GasError(`Invalid argument: ${kind === "LIST_ITEM" ? "listItem" : "paragraph"}`);
    return content;
  }
  appendParagraph(content: string | EmuParagraph): EmuParagraph {
    return this.insert(this.paragraphFrom("PARAGRAPH", content), this.doc.body.length);
  }
  insertParagraph(index: number, content: string | EmuParagraph): EmuParagraph {
    if (index < 0 || index > this.doc.body.length) throw childIndexError(index, this.doc.body.length + 1);
    return this.insert(this.paragraphFrom("PARAGRAPH", content), index);
  }
  appendListItem(content: string | EmuParagraph): EmuParagraph {
    return this.insert(this.paragraphFrom("LIST_ITEM", content), this.doc.body.length);
  }
  appendTable(content?: string[][] | EmuTable): EmuTable {
    const table =
      content instanceof EmuTable
        ? content
        : new EmuTable(tableNode((content ?? [[""]]).map((r) => r.map(String))), null, this.ctx);
    return this.insert(table, this.doc.body.length);
  }
  appendPageBreak(): EmuParagraph {
    const node: ParagraphNode = { ...paragraphNode(""), pageBreak: true };
    this.doc.body.push(node);
    return new EmuParagraph(node, this.doc, this.ctx);
  }
}

class EmuDocument {
  constructor(
    private readonly doc: DocumentState,
    private readonly ctx: CallContext,
  ) {
    counted(this, "Document", ctx);
  }
  getId(): string {
    return this.doc.id;
  }
  getName(): string {
    return this.doc.name;
  }
  setName(name: string): EmuDocument {
    this.doc.name = String(name);
    return this;
  }
  getUrl(): string {
    return documentUrl(this.doc.id);
  }
  getBody(): EmuBody {
    return new EmuBody(this.doc, this.ctx);
  }
  saveAndClose(): void {}
}

export const documentUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;

export class DocumentRegistry {
  docs = new Map<string, DocumentState>();
  /** Called for every new document (Drive files it). */
  onCreate: (id: string) => void = () => undefined;
  constructor(private readonly newId: () => string) {}
  /** A document with the given body; the emulator's own seeding API (tables of text). */
  create(name: string, tables: string[][][] = []): string {
    const body: BlockNode[] = [paragraphNode("")];
    for (const t of tables) body.push(tableNode(t), paragraphNode(""));
    return this.add(name, body);
  }
  add(name: string, body: BlockNode[]): string {
    const id = this.newId();
    this.docs.set(id, { id, name: String(name), body });
    this.onCreate(id);
    return id;
  }
  /** A copy of a document's content under a new id (Drive's makeCopy). */
  copy(id: string, name: string): string {
    const source = this.docs.get(id)!;
    return this.add(name, JSON.parse(JSON.stringify(source.body)) as BlockNode[]);
  }
  /** Old saved states held `tables` only. */
  load(state: DocumentState | { id: string; name: string; tables: string[][][] }): void {
    if ("body" in state) this.docs.set(state.id, JSON.parse(JSON.stringify(state)) as DocumentState);
    else {
      const body: BlockNode[] = [paragraphNode("")];
      for (const t of state.tables) body.push(tableNode(t), paragraphNode(""));
      this.docs.set(state.id, { id: state.id, name: state.name, body });
    }
  }
}

export class EmuDocumentApp {
  readonly ElementType = ElementType;
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly Attribute = Attribute;
  constructor(
    private readonly registry: DocumentRegistry,
    private readonly ctx: CallContext,
  ) {
    counted(this, "DocumentApp", ctx);
  }
  create(name: string): EmuDocument {
    const id = this.registry.add(name, [paragraphNode("")]);
    return new EmuDocument(this.registry.docs.get(id)!, this.ctx);
  }
  openById(id: string): EmuDocument {
    const d = this.registry.docs.get(id);
    if (!d) throw new GasError("No item with the given ID could be found, or you do not have permission to access it.");
    return new EmuDocument(d, this.ctx);
  }
  openByUrl(url: string): EmuDocument {
    const m = /\/document\/d\/([^/]+)/.exec(url);
    if (!m) throw new GasError("Invalid argument: url");
    return this.openById(m[1]);
  }
}
