/**
 * A template as the domain sees it: the body of a document as blocks of text. The defaults are written in
 * code (defaults/), a curator's own template is read from a Google Doc into the same shape (text only: its
 * formatting stays in the Doc, which is copied and edited in place). Placeholders live in the text.
 */

export type Align = "left" | "center" | "right" | "justify";

export interface ParagraphStyle {
  align?: Align;
  bold?: boolean;
  /** A title line: larger and bold. */
  heading?: boolean;
  /** First-line indent, as in the body of an order. */
  indent?: boolean;
}

export interface ParagraphBlock {
  type: "paragraph";
  text: string;
  style?: ParagraphStyle;
}

export interface TableBlock {
  type: "table";
  rows: string[][];
  /** Leading rows set in bold (column titles). */
  headerRows?: number;
  /** Signature blocks: a layout table without borders. */
  borderless?: boolean;
}

export interface PageBreakBlock {
  type: "pageBreak";
}

export type Block = ParagraphBlock | TableBlock | PageBreakBlock;

export interface Template {
  /** The template in messages: «шаблон по умолчанию «…»» or «шаблон «<the Doc's name>»». */
  name: string;
  blocks: Block[];
}

/** The whole text of a template, blocks separated by blank lines and cells by tabs (for tests and previews). */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((b) =>
      b.type === "paragraph" ? b.text : b.type === "table" ? b.rows.map((r) => r.join("\t")).join("\n") : "\f",
    )
    .join("\n");
}
