/**
 * A curator's own template: a Google Doc read into the domain's template shape (text only — its
 * formatting stays in the Doc, which is copied and filled in place). Paragraphs and list items are
 * paragraphs, tables are rows of cell texts; anything else (a table of contents, a page break's own
 * paragraph) is kept as an empty paragraph so block indices match the Doc's children.
 */
import type { Block } from "../domain/documents/index";
import { parseDocumentId } from "./documentId";
import { DOCS_TEXT as T } from "./messages";

/** A template link or Doc the curator must fix: the message says how. */
export class TemplateDocError extends Error {}

export interface TemplateDoc {
  id: string;
  name: string;
  blocks: Block[];
}

export function templateIdOf(reference: string): string {
  const id = parseDocumentId(reference);
  if (id === undefined) throw new TemplateDocError(T.badTemplateLink(reference));
  return id;
}

export function readTemplateDoc(reference: string): TemplateDoc {
  const id = templateIdOf(reference);
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(id);
  } catch (e) {
    throw new TemplateDocError(T.templateUnreadable(reference, e instanceof Error ? e.message : String(e)));
  }
  const body = doc.getBody();
  const blocks: Block[] = [];
  const n = body.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = body.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      const rows: string[][] = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
        rows.push(cells);
      }
      blocks.push({ type: "table", rows });
    } else if (type === DocumentApp.ElementType.PARAGRAPH)
      blocks.push({ type: "paragraph", text: child.asParagraph().getText() });
    else if (type === DocumentApp.ElementType.LIST_ITEM)
      blocks.push({ type: "paragraph", text: child.asListItem().getText() });
    else blocks.push({ type: "paragraph", text: "" });
  }
  return { id, name: doc.getName(), blocks };
}
