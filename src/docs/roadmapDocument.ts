/**
 * A roadmap table in a Google Doc: DocumentApp.openByUrl / openById → the body's tables → rows of cell
 * texts. Apps Script has no bulk read for a table, so this costs one call per cell (a roadmap is a few
 * hundred cells); the sheet write that follows is still one call. The document's name goes above the
 * table as its heading, so «Дорожная карта на 2022-2023 учебный год» dates the deadlines.
 */
import { ROADMAP_SHEET_TEXT as T } from "../domain/roadmap";
import { parseDocumentId } from "./documentId";
import { messageOf, serviceErrorText } from "../domain/common/errors";

export class RoadmapDocumentError extends Error {}

export function documentIdOf(reference: string): string {
  const id = parseDocumentId(reference);
  if (id === undefined) throw new RoadmapDocumentError(T.docBadLink);
  return id;
}

export interface DocumentTables {
  name: string;
  tables: string[][][];
}

export function readDocumentTables(reference: string): DocumentTables {
  const id = documentIdOf(reference);
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(id);
  } catch (e) {
    console.error(`readDocumentTables: ${e instanceof Error && e.stack ? e.stack : String(e)}`);
    throw new RoadmapDocumentError(T.docUnreadable(serviceErrorText(messageOf(e)) ?? T.docNoReason));
  }
  const tables = doc
    .getBody()
    .getTables()
    .map((table) => {
      const rows: string[][] = [];
      for (let i = 0; i < table.getNumRows(); i++) {
        const row = table.getRow(i);
        const cells: string[] = [];
        for (let j = 0; j < row.getNumCells(); j++) cells.push(row.getCell(j).getText());
        rows.push(cells);
      }
      return rows;
    });
  if (tables.length === 0) throw new RoadmapDocumentError(T.docNoTables);
  return { name: doc.getName(), tables };
}
