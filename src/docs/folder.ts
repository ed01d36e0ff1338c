/**
 * The folder documents go to: «Документы ЦМН — <workbook>», next to the workbook in Drive. Its id is kept
 * in the document properties, since under the drive.file scope the add-on sees only what it created and
 * cannot search for it by name. When the workbook's own folder cannot be read, the folder goes to the
 * root of the curator's Drive.
 */
import { DOCS_TEXT as T } from "./messages";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Folder = GoogleAppsScript.Drive.Folder;

const FOLDER_PROPERTY = "cmn.documents.folder";

export function documentsFolder(ss: Spreadsheet): Folder {
  const props = PropertiesService.getDocumentProperties();
  const known = props.getProperty(FOLDER_PROPERTY);
  if (known) {
    try {
      const folder = DriveApp.getFolderById(known);
      if (!folder.isTrashed()) return folder;
    } catch {
      // Deleted or no longer reachable: make a new one.
    }
  }
  let parent: Folder;
  try {
    const parents = DriveApp.getFileById(ss.getId()).getParents();
    parent = parents.hasNext() ? parents.next() : DriveApp.getRootFolder();
  } catch {
    parent = DriveApp.getRootFolder();
  }
  const folder = parent.createFolder(T.folderName(ss.getName()));
  props.setProperty(FOLDER_PROPERTY, folder.getId());
  return folder;
}

/** A new Google Doc, moved into the folder. */
export function newDocumentIn(folder: Folder, title: string): GoogleAppsScript.Document.Document {
  const doc = DocumentApp.create(title);
  DriveApp.getFileById(doc.getId()).moveTo(folder);
  return doc;
}
