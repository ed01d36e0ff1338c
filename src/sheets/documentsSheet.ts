/**
 * «Документы»: one row per document the programme needs (Документ · Шаблон · Создан · Актуален · Номер
 * и дата приказа · Ссылка). A row is found by its title, so the curator may reorder rows or add notes in
 * columns of their own. What the add-on needs to tell whether a document is current — the fingerprint of
 * the data it was made from, the date and choices it was made with, the pairs an order fixed — is kept in
 * the document properties, one record per kind, out of the curator's way.
 */
import { labelKey } from "../domain/common/normalise";
import { isIsoDate, type IsoDate } from "../domain/common/dates";
import { DOCUMENT_KINDS, KINDS, type DocumentKind } from "../domain/documents/index";
import type { Zone } from "../domain/workbook/zone";
import { SHEETS } from "../domain/workbook/sheets";
import { readTable, writeTable, zoneOf, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DocumentEntry {
  kind: DocumentKind;
  rowNumber: number;
  template: string;
  created: IsoDate | null;
  current: string;
  order: string;
  link: string;
}

export interface DocumentRecord {
  fingerprint: string;
  date: IsoDate;
  docId: string;
  url: string;
  allowNames?: boolean;
  selection?: string[];
  /** Pairs an order listed (pairs-order), for filling «Приказ». */
  pairIds?: string[];
  /** The order reference already carried into «Пары» and the roadmap. */
  linked?: string;
}

export const CURRENT_YES = "да";
export const CURRENT_NO = "нет — данные изменились";

const recordKey = (kind: DocumentKind) => `cmn.documents.${kind}`;

export function readRecord(kind: DocumentKind): DocumentRecord | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(recordKey(kind));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as DocumentRecord;
  } catch {
    return null;
  }
}

export function writeRecord(kind: DocumentKind, record: DocumentRecord): void {
  PropertiesService.getDocumentProperties().setProperty(recordKey(kind), JSON.stringify(record));
}

export function readRecords(): Partial<Record<DocumentKind, DocumentRecord>> {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const out: Partial<Record<DocumentKind, DocumentRecord>> = {};
  for (const kind of DOCUMENT_KINDS) {
    const raw = all[recordKey(kind)];
    if (!raw) continue;
    try {
      out[kind] = JSON.parse(raw) as DocumentRecord;
    } catch {
      // A damaged record is as good as none: the document shows as never made.
    }
  }
  return out;
}

const kindOfTitle = new Map(DOCUMENT_KINDS.map((k) => [labelKey(KINDS[k].title), k]));

export function readDocumentsSheet(
  ss: Spreadsheet,
  zone: Zone = zoneOf(ss),
): {
  table: Table | null;
  entries: Map<DocumentKind, DocumentEntry>;
} {
  const entries = new Map<DocumentKind, DocumentEntry>();
  const sheet = ss.getSheetByName(SHEETS.documents.name);
  if (!sheet) return { table: null, entries };
  const table = readTable(sheet, SHEETS.documents, { zone });
  const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  for (const row of table.rows) {
    const kind = kindOfTitle.get(labelKey(text(row.cells.title)));
    if (!kind || entries.has(kind)) continue;
    entries.set(kind, {
      kind,
      rowNumber: row.rowNumber,
      template: text(row.cells.template),
      created: isIsoDate(row.cells.created) ? row.cells.created : null,
      current: text(row.cells.current),
      order: text(row.cells.order),
      link: text(row.cells.link),
    });
  }
  return { table, entries };
}

/** Rows for documents the sheet lacks, appended in the catalogue's order (one write). */
export function missingRows(
  entries: ReadonlyMap<DocumentKind, DocumentEntry>,
): Array<{ cells: Record<string, unknown> }> {
  return DOCUMENT_KINDS.filter((k) => !entries.has(k)).map((k) => ({ cells: { title: KINDS[k].title } }));
}

export function writeDocumentRows(
  table: Table,
  patches: ReadonlyArray<{ rowNumber?: number; cells: Record<string, unknown> }>,
): void {
  if (patches.length) writeTable(table, patches);
}
