/**
 * The «Документы» commands: which documents the programme needs and their state, making one, giving the
 * curator a default template to edit, and carrying an order's number and date into «Пары» and the roadmap.
 *
 * A document is current when the data it would be made from today (with the date and choices it was made
 * with) has the fingerprint recorded when it was made. The link back shows what it will change first
 * (overview), writes on request, and keeps the previous values so one click undoes it.
 */
import { labelKey } from "../domain/common/normalise";
import {
  dataFingerprint,
  defaultTemplate,
  DOCUMENT_KINDS,
  KINDS,
  makeDocument,
  openItemsFor,
  orderLabel,
  ownTemplate,
  pairsOfYear,
  APPROVED_STATUSES,
  parseOrderReference,
  renderFailure,
  type DocumentInput,
  type DocumentKind,
  type RenderedDocument,
} from "../domain/documents/index";
import { formatDateRu, type IsoDate } from "../domain/common/dates";
import { displayName } from "../domain/participants/displayName";
import { SHEETS } from "../domain/workbook/sheets";
import { fillTemplateCopy } from "../docs/fillCopy";
import { documentsFolder, newDocumentIn } from "../docs/folder";
import { DOCUMENTS_UI_TEXT as T, DOCS_TEXT } from "../docs/messages";
import { readTemplateDoc, TemplateDocError } from "../docs/readTemplate";
import { fromTemplate, writeBlocks, type WritableBlock } from "../docs/writeBlocks";
import {
  documentInputOf,
  readDocumentSources,
  reportDateOf,
  roadmapEntries,
  type DocumentSources,
} from "../sheets/documentInput";
import {
  CURRENT_NO,
  CURRENT_YES,
  missingRows,
  readDocumentsSheet,
  readRecord,
  readRecords,
  writeDocumentRows,
  writeRecord,
  type DocumentEntry,
  type DocumentRecord,
} from "../sheets/documentsSheet";
import { ensureSheet } from "../sheets/setup";
import { readTable, writeTable, zoneOf } from "../sheets/table";
import { UserFacingError } from "../domain/common/errors";
import { withDocumentLock } from "../sheets/lock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DocumentRowDto {
  kind: DocumentKind;
  title: string;
  isOrder: boolean;
  needsNames: boolean;
  selection: boolean;
  created: string | null;
  url: string | null;
  /** null: never made. */
  current: boolean | null;
  /** '' for the default template, else the curator's link. */
  template: string;
  /** Why it cannot be made now (with the default template), naming what to fill. */
  problems: string[];
  roadmap: Array<{ number: string; title: string; end: string | null }>;
  /** The order reference typed in «Документы», and what carrying it over would change. */
  order: string;
  link: { label: string; changes: string[] } | null;
  orderProblem: string | null;
}

export interface DocumentsOverviewDto {
  ready: boolean;
  pseudonymous: boolean;
  /** The date the documents default to (ISO): the report date, or today. */
  date: string;
  documents: DocumentRowDto[];
  mentors: Array<{ id: string; label: string; pairs: number }>;
  canUndo: boolean;
}

const UNDO_PROPERTY = "cmn.documents.undo";

interface UndoRecord {
  kind: DocumentKind;
  label: string;
  pairs: Array<{ pairId: string; previous: string }>;
  roadmap: { number: string; title: string; previous: string } | null;
}

function optionsOf(record: DocumentRecord | null | undefined) {
  return {
    ...(record?.allowNames ? { allowNames: true } : {}),
    ...(record?.selection ? { selection: record.selection } : {}),
  };
}

/** Inputs by date within one command: reading the registers is the costly part, and dates repeat. */
function inputsOf(sources: DocumentSources): (date: IsoDate, withReport: boolean) => DocumentInput {
  const made = new Map<string, DocumentInput>();
  return (date, withReport) => {
    const full = made.get(`${date}|true`);
    if (full) return full;
    const key = `${date}|${withReport}`;
    if (!made.has(key)) made.set(key, documentInputOf(sources, date, withReport));
    return made.get(key)!;
  };
}

function fingerprintNow(inputs: ReturnType<typeof inputsOf>, kind: DocumentKind, record: DocumentRecord): string {
  const input = inputs(record.date, kind === "analytical-report");
  return dataFingerprint(makeDocument(kind, input, optionsOf(record)).data);
}

function pendingLink(
  kind: DocumentKind,
  entry: DocumentEntry | undefined,
  record: DocumentRecord | undefined,
  sources: DocumentSources,
): { link: DocumentRowDto["link"]; problem: string | null } {
  if (!KINDS[kind].isOrder || !entry?.order || !record || record.linked === entry.order)
    return { link: null, problem: null };
  const ref = parseOrderReference(entry.order);
  if (!ref) return { link: null, problem: T.badOrderReference(entry.order) };
  const label = orderLabel(ref);
  const changes: string[] = [];
  const ids = new Set((record.pairIds ?? []).map(labelKey));
  const pairs = (sources.tables("pairs")?.rows ?? []).filter(
    (r) => ids.has(labelKey(String(r.cells.pairId ?? ""))) && String(r.cells.order ?? "").trim() !== label,
  );
  if (pairs.length) changes.push(T.linkPairs(pairs.length, label));
  const item = openItemsFor(kind, roadmapEntries(sources), ref.date)[0];
  if (item) changes.push(T.linkRoadmap(item.number, item.title, formatDateRu(ref.date)));
  return { link: changes.length ? { label, changes } : null, problem: null };
}

export function documentsOverview(ss: Spreadsheet, now: Date): DocumentsOverviewDto {
  const zone = zoneOf(ss);
  const sources = readDocumentSources(ss, zone);
  const { table, entries } = readDocumentsSheet(ss, zone);
  const today = zone.dateOf(now);
  const records = readRecords();
  const date = reportDateOf(sources, today);
  const inputs = inputsOf(sources);
  const input = inputs(date, true);
  const roadmap = roadmapEntries(sources);
  const pseudonymous = input.settings.pseudonymous;
  const allMentors = input.mentors.filter((m) => m.id).map((m) => m.id);
  const worked = pairsOfYear(input.pairs, date, ["утверждена", "активна", "завершена"]);

  const updates: Array<{ rowNumber: number; cells: Record<string, unknown> }> = [];
  const documents = DOCUMENT_KINDS.map((kind): DocumentRowDto => {
    const spec = KINDS[kind];
    const entry = entries.get(kind);
    const record = records[kind];
    const options = { allowNames: true, ...(spec.selection ? { selection: allMentors } : {}) };
    const { result } = makeDocument(kind, input, options);
    const problems = result.ok ? [] : result.templateProblems.map((p) => p.message).concat(result.dataProblems);
    let current: boolean | null = null;
    if (record) {
      current = fingerprintNow(inputs, kind, record) === record.fingerprint;
      const shown = current ? CURRENT_YES : CURRENT_NO;
      if (entry && entry.current !== shown) updates.push({ rowNumber: entry.rowNumber, cells: { current: shown } });
    }
    const { link, problem } = pendingLink(kind, entry, record, sources);
    return {
      kind,
      title: spec.title,
      isOrder: spec.isOrder,
      needsNames: spec.needsNames,
      selection: spec.selection !== undefined,
      created: entry?.created ? formatDateRu(entry.created) : null,
      url: record?.url ?? (entry?.link || null),
      current,
      template: entry?.template ?? "",
      problems,
      roadmap: roadmap
        .filter((r) => !r.done && openItemsFor(kind, [r], date).length > 0)
        .map((r) => ({ number: r.number, title: r.title, end: r.end ?? null })),
      order: entry?.order ?? "",
      link,
      orderProblem: problem,
    };
  });

  if (table && (updates.length || entries.size < DOCUMENT_KINDS.length))
    withDocumentLock(() => writeDocumentRows(table, [...updates, ...missingRows(entries)]));

  return {
    ready: table !== null,
    pseudonymous,
    date,
    documents,
    // Mentors with the most pairs this year first: the likely ones to reward.
    mentors: input.mentors
      .filter((m) => m.id && labelKey(m.status) !== labelKey("выбыл"))
      .map((m) => ({
        id: m.id,
        label: displayName({ id: m.id, name: m.name }, pseudonymous),
        pairs: worked.filter((p) => labelKey(p.mentorId) === labelKey(m.id)).length,
      }))
      .sort((a, b) => b.pairs - a.pairs || a.label.localeCompare(b.label, "ru")),
    canUndo: PropertiesService.getDocumentProperties().getProperty(UNDO_PROPERTY) !== null,
  };
}

function documentsTable(ss: Spreadsheet) {
  let read = readDocumentsSheet(ss);
  if (!read.table) {
    ensureSheet(ss, SHEETS.documents, { created: [], completed: [], unchanged: [] });
    read = readDocumentsSheet(ss);
  }
  if (!read.table) throw new UserFacingError(T.sheetMissing);
  return read;
}

function writable(document: RenderedDocument): WritableBlock[] {
  return document.blocks.map((b) =>
    b.type === "table"
      ? { type: "table", rows: b.rows.map((r) => r.cells), headerRows: b.headerRows, borderless: b.borderless }
      : b.type === "paragraph"
        ? { type: "paragraph", text: b.text, ...(b.style ? { style: b.style } : {}) }
        : { type: "pageBreak" },
  );
}

export interface CreateRequest {
  kind: DocumentKind;
  date: IsoDate;
  allowNames?: boolean;
  selection?: string[];
}

export function createDocument(
  ss: Spreadsheet,
  request: CreateRequest,
  now: Date,
): { title: string; url: string; pages: number; message: string } {
  const { kind, date } = request;
  const { table, entries } = documentsTable(ss);
  const entry = entries.get(kind);
  const zone = zoneOf(ss);
  const sources = readDocumentSources(ss, zone);
  let own: ReturnType<typeof readTemplateDoc> | null = null;
  try {
    own = entry?.template ? readTemplateDoc(entry.template) : null;
  } catch (error) {
    if (error instanceof TemplateDocError) throw new UserFacingError(error.message);
    throw error;
  }
  const template = own ? ownTemplate(own.name, own.blocks) : defaultTemplate(kind);
  const input = documentInputOf(sources, date, kind === "analytical-report");
  const options = {
    ...(request.allowNames ? { allowNames: true } : {}),
    ...(KINDS[kind].selection ? { selection: request.selection ?? [] } : {}),
  };
  const { data, result } = makeDocument(kind, input, options, template);
  if (!result.ok) throw new UserFacingError(renderFailure(KINDS[kind].title, result));

  const folder = documentsFolder(ss);
  let made: { id: string; url: string };
  if (own) made = fillTemplateCopy(own.id, own.blocks.length, folder, result.document);
  else {
    const doc = newDocumentIn(folder, result.document.title);
    writeBlocks(doc.getBody(), writable(result.document));
    made = { id: doc.getId(), url: doc.getUrl() };
  }
  const previous = readRecord(kind);
  const record: DocumentRecord = {
    fingerprint: dataFingerprint(data),
    date,
    docId: made.id,
    url: made.url,
    ...options,
    ...(kind === "pairs-order"
      ? {
          pairIds: pairsOfYear(input.pairs, date, APPROVED_STATUSES)
            .map((p) => p.pairId)
            .filter(Boolean),
        }
      : {}),
    ...(previous?.linked && entry?.order === previous.linked ? { linked: previous.linked } : {}),
  };
  withDocumentLock(() => {
    writeRecord(kind, record);
    const cells = { created: zone.dateOf(now), current: CURRENT_YES, link: made.url };
    writeDocumentRows(
      table!,
      entry ? [{ rowNumber: entry.rowNumber, cells }] : [{ cells: { title: KINDS[kind].title, ...cells } }],
    );
  });
  return {
    title: result.document.title,
    url: made.url,
    pages: result.document.pages,
    message: T.created(result.document.title, folder.getName()),
  };
}

/** A default template as a Doc the curator can edit; its link goes into «Шаблон». */
export function createTemplateCopy(ss: Spreadsheet, kind: DocumentKind): { url: string; message: string } {
  const { table, entries } = documentsTable(ss);
  const folder = documentsFolder(ss);
  const title = DOCS_TEXT.templateCopyName(KINDS[kind].title);
  const doc = newDocumentIn(folder, title);
  writeBlocks(doc.getBody(), fromTemplate(defaultTemplate(kind).blocks));
  const entry = entries.get(kind);
  withDocumentLock(() =>
    writeDocumentRows(
      table!,
      entry
        ? [{ rowNumber: entry.rowNumber, cells: { template: doc.getUrl() } }]
        : [{ cells: { title: KINDS[kind].title, template: doc.getUrl() } }],
    ),
  );
  return { url: doc.getUrl(), message: T.templateCreated(title) };
}

/** Carry the order's number and date into «Пары» («Приказ») and the roadmap («Выполнено (дата)»). */
export function linkOrder(ss: Spreadsheet, kind: DocumentKind): { message: string } {
  const spec = KINDS[kind];
  const { entries } = documentsTable(ss);
  const entry = entries.get(kind);
  const record = readRecord(kind);
  if (!record) throw new UserFacingError(T.noDocumentYet(spec.title));
  if (!entry?.order) throw new UserFacingError(T.noOrderYet(spec.title));
  const ref = parseOrderReference(entry.order);
  if (!ref) throw new UserFacingError(T.badOrderReference(entry.order));
  const label = orderLabel(ref);
  return withDocumentLock(() => {
    const undo: UndoRecord = { kind, label, pairs: [], roadmap: null };
    const ids = new Set((record.pairIds ?? []).map(labelKey));
    const pairsSheet = ss.getSheetByName(SHEETS.pairs.name);
    if (pairsSheet && ids.size) {
      const pairs = readTable(pairsSheet, SHEETS.pairs, { zone: zoneOf(ss) });
      const patches = pairs.rows
        .filter((r) => ids.has(labelKey(String(r.cells.pairId ?? ""))) && String(r.cells.order ?? "").trim() !== label)
        .map((r) => {
          undo.pairs.push({ pairId: String(r.cells.pairId), previous: String(r.cells.order ?? "") });
          return { rowNumber: r.rowNumber, cells: { order: label } };
        });
      if (patches.length) writeTable(pairs, patches);
    }
    const roadmapSheet = ss.getSheetByName(SHEETS.roadmap.name);
    if (roadmapSheet) {
      const roadmap = readTable(roadmapSheet, SHEETS.roadmap, { zone: zoneOf(ss) });
      const item = openItemsFor(kind, roadmapEntries({ tables: () => roadmap }), ref.date)[0];
      if (item) {
        undo.roadmap = { number: item.number, title: item.title, previous: "" };
        writeTable(roadmap, [{ rowNumber: item.row, cells: { doneDate: ref.date } }]);
      }
    }
    writeRecord(kind, { ...record, linked: entry.order });
    if (!undo.pairs.length && !undo.roadmap) return { message: T.nothingToLink };
    PropertiesService.getDocumentProperties().setProperty(UNDO_PROPERTY, JSON.stringify(undo));
    return { message: T.linked(label) };
  });
}

export function undoOrderLink(ss: Spreadsheet): { message: string } {
  const props = PropertiesService.getDocumentProperties();
  const raw = props.getProperty(UNDO_PROPERTY);
  if (!raw) return { message: T.nothingToUndo };
  const undo = JSON.parse(raw) as UndoRecord;
  return withDocumentLock(() => {
    const pairsSheet = ss.getSheetByName(SHEETS.pairs.name);
    if (pairsSheet && undo.pairs.length) {
      const pairs = readTable(pairsSheet, SHEETS.pairs, { zone: zoneOf(ss) });
      const previous = new Map(undo.pairs.map((p) => [labelKey(p.pairId), p.previous]));
      const patches = pairs.rows
        .filter((r) => previous.has(labelKey(String(r.cells.pairId ?? ""))))
        .map((r) => ({ rowNumber: r.rowNumber, cells: { order: previous.get(labelKey(String(r.cells.pairId))) } }));
      if (patches.length) writeTable(pairs, patches);
    }
    const roadmapSheet = ss.getSheetByName(SHEETS.roadmap.name);
    if (roadmapSheet && undo.roadmap) {
      const roadmap = readTable(roadmapSheet, SHEETS.roadmap, { zone: zoneOf(ss) });
      const row = roadmap.rows.find(
        (r) =>
          String(r.cells.number ?? "").trim() === undo.roadmap!.number &&
          String(r.cells.title ?? "").trim() === undo.roadmap!.title,
      );
      if (row) writeTable(roadmap, [{ rowNumber: row.rowNumber, cells: { doneDate: undo.roadmap.previous } }]);
    }
    const record = readRecord(undo.kind);
    if (record) {
      delete record.linked;
      writeRecord(undo.kind, record);
    }
    props.deleteProperty(UNDO_PROPERTY);
    return { message: T.undone };
  });
}
