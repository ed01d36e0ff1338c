/**
 * A document made from the curator's own template: the template Doc is copied into the documents folder
 * and filled in place, so every word and format the curator chose stays. Placeholders are replaced
 * element by element (replaceText on the paragraph or table row the rendered block came from); a
 * repeated row is copied once per item, filled, and the template rows are removed; a page-per-item
 * document gets a page break and a copy of the template's elements per further page, appended before
 * anything is filled. Calls grow with the rows and placeholders, not with the document's length.
 */
import type { RenderedDocument } from "../domain/documents/index";
import { newDocumentIn } from "./folder";

type Element = GoogleAppsScript.Document.Element;
type Body = GoogleAppsScript.Document.Body;
type Folder = GoogleAppsScript.Drive.Folder;

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function appendCopy(body: Body, element: Element): Element {
  const type = element.getType();
  if (type === DocumentApp.ElementType.TABLE) return body.appendTable(element.asTable().copy());
  if (type === DocumentApp.ElementType.LIST_ITEM) return body.appendListItem(element.asListItem().copy());
  return body.appendParagraph(element.asParagraph().copy());
}

/**
 * A copy of the template Doc in the folder: Drive's copy keeps everything (margins, headers); where the
 * drive.file scope cannot reach the template (a Doc the curator copied by hand), its body's elements are
 * copied into a new Doc instead (the documents scope reads any Doc).
 */
function copyOfTemplate(templateId: string, title: string, folder: Folder): GoogleAppsScript.Document.Document {
  let file: GoogleAppsScript.Drive.File | null = null;
  try {
    file = DriveApp.getFileById(templateId).makeCopy(title, folder);
  } catch {
    file = null;
  }
  if (file) return DocumentApp.openById(file.getId());
  const doc = newDocumentIn(folder, title);
  const source = DocumentApp.openById(templateId).getBody();
  const body = doc.getBody();
  const n = source.getNumChildren();
  for (let i = 0; i < n; i++) appendCopy(body, source.getChild(i));
  body.getChild(0).removeFromParent(); // the new Doc's own empty paragraph
  return doc;
}

export function fillTemplateCopy(
  templateId: string,
  templateBlocks: number,
  folder: Folder,
  document: RenderedDocument,
): { id: string; url: string } {
  const doc = copyOfTemplate(templateId, document.title, folder);
  const body = doc.getBody();
  const originals: Element[] = [];
  for (let i = 0; i < templateBlocks; i++) originals.push(body.getChild(i));
  const pages: Element[][] = [originals];
  for (let p = 1; p < document.pages; p++) {
    body.appendPageBreak();
    pages.push(originals.map((e) => appendCopy(body, e)));
  }
  for (const block of document.blocks) {
    if (block.type === "pageBreak") continue;
    const element = pages[block.page][block.source];
    if (block.type === "paragraph") {
      if (block.edits.length === 0) continue;
      const text =
        element.getType() === DocumentApp.ElementType.LIST_ITEM ? element.asListItem() : element.asParagraph();
      for (const edit of block.edits) text.replaceText(escapeRegex(edit.from), edit.to);
      continue;
    }
    const table = element.asTable();
    const templateRows = Array.from({ length: table.getNumRows() }, (_, r) => table.getRow(r));
    for (const row of block.rows) {
      const made = table.appendTableRow(templateRows[row.source].copy());
      for (const edit of row.edits) made.replaceText(escapeRegex(edit.from), edit.to);
    }
    for (let r = 0; r < templateRows.length; r++) table.removeRow(0);
  }
  return { id: doc.getId(), url: doc.getUrl() };
}
