/**
 * The roadmap import as the sidebar runs it, in two steps so nothing is written unseen:
 * 1. preview: read the source (pasted text, a sheet of this workbook, a Google Doc), parse it with the
 *    curator's column mapping if any, merge it with the sheet on paper, and show what was understood (items
 *    with their dates, columns, remarks) and what the import would do (new / changed / unchanged / not in
 *    the document, suggested links);
 * 2. apply: the same request again with the preview's token. The source is parsed again; when the parse,
 *    the mapping, the links or the sheet differ from what the preview showed, nothing is written and the
 *    curator is asked to look again.
 * «Отменить импорт» gives the previous roadmap back (sheets/roadmapBackup.ts).
 */
import * as z from "zod";
import { fingerprint } from "../domain/common/fingerprint";
import type { PeriodContext } from "../domain/periods";
import {
  chooseContext,
  COLUMN_ROLES,
  parseRoadmap,
  ROADMAP_SHEET_TEXT as T,
  ROLE_NAMES,
  scheduleRow,
  settingsContext,
  type Attention,
  type Change,
  type ColumnInfo,
  type ColumnRole,
  type FieldChange,
  type LinkSuggestion,
  type RoadmapParse,
} from "../domain/roadmap";
import { readDocumentTables, RoadmapDocumentError } from "../docs/roadmapDocument";
import { lastImport, undoLastImport, UndoError } from "../sheets/roadmapBackup";
import {
  importRoadmapItems,
  planRoadmapImport,
  roadmapSheet,
  RoadmapSheetError,
  saveRoadmapContext,
  todayOf,
  type RoadmapSummary,
} from "../sheets/roadmapSheet";
import { readSourceSheet } from "../sheets/roadmapSource";
import { readSettings } from "../sheets/settings";
import { withDocumentLock } from "../sheets/lock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How many items the preview lists (a roadmap has a few hundred at most; totals are always exact). */
const PREVIEW_LIMIT = 1000;

export const RoadmapSource = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string().max(20_000_000) }),
  z.object({ kind: z.literal("sheet"), sheet: z.string().max(100).optional() }),
  z.object({ kind: z.literal("doc"), url: z.string().max(2000) }),
]);

export const RoadmapRequest = z.object({
  source: RoadmapSource,
  year: z.string().max(20).optional(),
  academicYear: z.string().max(20).optional(),
  program: z.string().max(20).optional(),
  mapping: z
    .array(z.enum(COLUMN_ROLES as [ColumnRole, ...ColumnRole[]]).nullable())
    .max(60)
    .optional(),
  links: z.record(z.string().max(30), z.number().int().min(0).max(1_000_000)).optional(),
});
export type RoadmapRequest = z.output<typeof RoadmapRequest>;

export interface RoadmapWarningDto {
  severity: "error" | "warning" | "info";
  line: number | null;
  /** The item the remark is about, when there is one. */
  item: string | null;
  message: string;
}

export interface PreviewItemDto {
  number: string;
  section: string;
  title: string;
  deadlineText: string;
  /** Dates the deadline gives (ISO), the repeat, and why it needs a date when it does. */
  start: string | null;
  end: string | null;
  repeat: string;
  attention: Attention | null;
  responsible: string[];
  result: string;
  change: Exclude<Change, "absent">;
  /** Sheet row it updates (changed, unchanged). */
  row: number | null;
  fields: FieldChange[];
  linked: boolean;
}

export interface AbsentRowDto {
  /** Index to link to (`links` values). */
  index: number;
  row: number;
  number: string;
  title: string;
}

export interface RoadmapPreviewDto {
  ok: boolean;
  message: string;
  warnings: RoadmapWarningDto[];
  columns: ColumnInfo[];
  /** The roles a column may be given, with their Russian names, for the mapping. */
  roles: { role: ColumnRole; name: string }[];
  inferred: boolean;
  items: PreviewItemDto[];
  itemsTotal: number;
  absent: AbsentRowDto[];
  suggestions: LinkSuggestion[];
  counts: { added: number; updated: number; unchanged: number; absent: number };
  /** How deadlines were dated («по году из заголовка документа»). */
  dating: string;
  token: string;
}

export interface RoadmapImportDto {
  ok: boolean;
  message: string;
  warnings: RoadmapWarningDto[];
  added: number;
  updated: number;
  unchanged: number;
  notInDocument: string[];
  summary: RoadmapSummary | null;
  /** The import can be undone. */
  undo: boolean;
}

export interface RoadmapUndoDto {
  ok: boolean;
  /** The roadmap was edited after the import: undo again with force to lose those edits. */
  needsConfirm: boolean;
  message: string;
}

const SPAN = /^\s*(\d{4})\s*[-\u2010-\u2015\u2212/]\s*(\d{4})\s*$/;

/** The sidebar's optional year fields → a context, or a Russian reason. */
function explicitContext(fields: { year?: string; academicYear?: string; program?: string }): PeriodContext | string {
  const out: PeriodContext = {};
  const year = fields.year?.trim();
  if (year) {
    if (!/^\d{4}$/.test(year) || Number(year) < 1990 || Number(year) > 2100) return T.badYear(year);
    out.year = Number(year);
  }
  const school = fields.academicYear?.trim();
  if (school) {
    const m = SPAN.exec(school);
    if (!m || Number(m[2]) !== Number(m[1]) + 1) return T.badAcademicYear(school);
    out.academicYear = [Number(m[1]), Number(m[2])];
  }
  const program = fields.program?.trim();
  if (program) {
    const m = SPAN.exec(program);
    if (!m || Number(m[2]) < Number(m[1])) return T.badProgram(program);
    out.program = [Number(m[1]), Number(m[2])];
  }
  return out;
}

const CONTEXT_TEXT = {
  explicit: T.contextExplicit,
  document: T.contextDocument,
  settings: T.contextSettings,
  none: T.contextNone,
} as const;

export const warningsOf = (parsed: RoadmapParse): RoadmapWarningDto[] =>
  parsed.warnings.map((w) => ({
    severity: w.severity,
    line: w.line ?? null,
    item: w.item ?? null,
    message: w.message,
  }));

const errorsOf = (parsed: RoadmapParse) => parsed.warnings.filter((w) => w.severity === "error").map((w) => w.message);

/** A failure the sidebar shows instead of a preview or a result. */
class ImportRefused extends Error {
  constructor(
    message: string,
    readonly warnings: RoadmapWarningDto[] = [],
    readonly parsed?: RoadmapParse,
  ) {
    super(message);
  }
}

/** Read and parse the source. A Google Doc: the table with the most items (before any mapping). */
function parseSource(ss: Spreadsheet, request: RoadmapRequest): RoadmapParse {
  const options = request.mapping ? { mapping: request.mapping } : {};
  const source = request.source;
  try {
    if (source.kind === "text") return parseRoadmap({ kind: "text", text: source.text }, options);
    if (source.kind === "sheet") {
      const { rows } = readSourceSheet(ss, source.sheet?.trim() || undefined);
      return parseRoadmap({ kind: "table", rows }, options);
    }
    const doc = readDocumentTables(source.url);
    const parses = doc.tables.map((rows) => parseRoadmap({ kind: "table", rows, heading: doc.name }));
    const best = parses.reduce((a, b, i) => (b.items.length > parses[a].items.length ? i : a), 0);
    if (parses[best].items.length === 0 && !request.mapping)
      throw new ImportRefused(`${T.docNoRoadmapTable} ${T.nothingImported}`, warningsOf(parses[best]), parses[best]);
    return request.mapping
      ? parseRoadmap({ kind: "table", rows: doc.tables[best], heading: doc.name }, options)
      : parses[best];
  } catch (error) {
    if (error instanceof RoadmapSheetError || error instanceof RoadmapDocumentError)
      throw new ImportRefused(error.message);
    throw error;
  }
}

function contextOf(ss: Spreadsheet, request: RoadmapRequest, parsed: RoadmapParse) {
  const explicit = explicitContext(request);
  if (typeof explicit === "string") throw new ImportRefused(explicit);
  const settings = readSettings(ss);
  return chooseContext(explicit, parsed, settingsContext(settings.academicYear, settings.programPeriod));
}

/** What the token covers on the document's side: the items, the mapping and the links. */
function documentFingerprint(parsed: RoadmapParse, request: RoadmapRequest): string {
  return fingerprint([
    parsed.items.map((i) => ({ ...i, sourceLine: 0 })),
    request.mapping ?? null,
    request.links ?? {},
  ]);
}

const roles = () => COLUMN_ROLES.map((role) => ({ role, name: ROLE_NAMES[role] }));

export function previewRoadmapImport(ss: Spreadsheet, request: RoadmapRequest): RoadmapPreviewDto {
  let parsed: RoadmapParse | undefined;
  try {
    parsed = parseSource(ss, request);
    const base = {
      warnings: warningsOf(parsed),
      columns: parsed.columns ?? [],
      roles: roles(),
      inferred: parsed.inferred ?? false,
    };
    if (parsed.items.length === 0)
      return { ...emptyPreview(), ...base, message: [...errorsOf(parsed), T.nothingImported].join(" ") };
    const { context, source } = contextOf(ss, request, parsed);
    const today = todayOf(ss);
    const plan = planRoadmapImport(ss, parsed.items, request.links ?? {});
    const diffOf = new Map(plan.merge.diff.filter((d) => d.change !== "absent").map((d, i) => [i, d]));
    const items: PreviewItemDto[] = parsed.items.slice(0, PREVIEW_LIMIT).map((item, i) => {
      const s = scheduleRow(
        { deadlineText: item.deadlineText, start: null, end: null, doneDate: null },
        context,
        today,
        {
          textWins: true,
        },
      );
      const d = diffOf.get(i);
      return {
        number: item.number,
        section: item.section,
        title: item.title,
        deadlineText: item.deadlineText,
        start: s.start,
        end: s.end,
        repeat: s.repeat,
        attention: s.attention,
        responsible: item.responsible,
        result: item.result,
        change: (d?.change ?? "added") as PreviewItemDto["change"],
        row: d?.existing !== undefined ? plan.sheetRows[d.existing] : null,
        fields: d?.fields ?? [],
        linked: d?.linked ?? false,
      };
    });
    const absent = plan.merge.diff
      .filter((d) => d.change === "absent" && d.existing !== undefined && (d.number || d.title))
      .map((d) => ({ index: d.existing!, row: plan.sheetRows[d.existing!], number: d.number, title: d.title }));
    const counts = {
      added: plan.merge.added.length,
      updated: plan.merge.updated.length,
      unchanged: plan.merge.unchanged.length,
      absent: absent.length,
    };
    return {
      ok: true,
      message: T.previewReady(parsed.items.length, parsed.sections.length),
      ...base,
      items,
      itemsTotal: parsed.items.length,
      absent,
      suggestions: plan.merge.suggestions,
      counts,
      dating: T.datedBy(CONTEXT_TEXT[source]),
      token: `${documentFingerprint(parsed, request)}.${plan.sheetFingerprint}`,
    };
  } catch (error) {
    if (error instanceof ImportRefused)
      return {
        ...emptyPreview(),
        message: error.message,
        warnings: error.warnings,
        columns: error.parsed?.columns ?? parsed?.columns ?? [],
        roles: roles(),
      };
    throw error;
  }
}

function emptyPreview(): RoadmapPreviewDto {
  return {
    ok: false,
    message: "",
    warnings: [],
    columns: [],
    roles: [],
    inferred: false,
    items: [],
    itemsTotal: 0,
    absent: [],
    suggestions: [],
    counts: { added: 0, updated: 0, unchanged: 0, absent: 0 },
    dating: "",
    token: "",
  };
}

const failed = (message: string, warnings: RoadmapWarningDto[] = []): RoadmapImportDto => ({
  ok: false,
  message,
  warnings,
  added: 0,
  updated: 0,
  unchanged: 0,
  notInDocument: [],
  summary: null,
  undo: lastImport() !== null,
});

/** Write what the preview showed. Nothing is written when the token no longer matches. */
export function applyRoadmapImport(ss: Spreadsheet, request: RoadmapRequest & { token: string }): RoadmapImportDto {
  let parsed: RoadmapParse;
  try {
    parsed = parseSource(ss, request);
  } catch (error) {
    if (error instanceof ImportRefused) return failed(error.message, error.warnings);
    throw error;
  }
  const warnings = warningsOf(parsed);
  if (parsed.items.length === 0) return failed([...errorsOf(parsed), T.nothingImported].join(" "), warnings);
  const [documentPart, sheetPart] = request.token.split(".");
  if (documentPart !== documentFingerprint(parsed, request) || !sheetPart)
    return failed(`${T.previewChanged} ${T.nothingImported}`, warnings);
  let context;
  try {
    context = contextOf(ss, request, parsed);
  } catch (error) {
    if (error instanceof ImportRefused) return failed(error.message, warnings);
    throw error;
  }
  try {
    const outcome = withDocumentLock(() => {
      const result = importRoadmapItems(ss, parsed.items, context.context, todayOf(ss), {
        links: request.links ?? {},
        expected: sheetPart,
      });
      saveRoadmapContext(context.context);
      return result;
    });
    const { added, updated, unchanged, notInDocument, ...summary } = outcome;
    return {
      ok: true,
      message: `${T.imported(added.length, updated.length, unchanged.length)} ${T.datedBy(CONTEXT_TEXT[context.source])}`,
      warnings,
      added: added.length,
      updated: updated.length,
      unchanged: unchanged.length,
      notInDocument,
      summary,
      undo: true,
    };
  } catch (error) {
    if (error instanceof RoadmapSheetError) return failed(error.message, warnings);
    throw error;
  }
}

/** «12.03.2025 10:15» in the spreadsheet's zone. */
function whenText(ss: Spreadsheet, when: number): string {
  return Utilities.formatDate(new Date(when), ss.getSpreadsheetTimeZone(), "dd.MM.yyyy HH:mm");
}

export function undoRoadmapImport(ss: Spreadsheet, force: boolean): RoadmapUndoDto {
  const record = lastImport();
  if (!record) return { ok: false, needsConfirm: false, message: T.nothingToUndo };
  const when = whenText(ss, record.when);
  try {
    const outcome = withDocumentLock(() => undoLastImport(ss, roadmapSheet(ss), force));
    if (!outcome.done) return { ok: false, needsConfirm: true, message: T.undoEdited(when) };
    return { ok: true, needsConfirm: false, message: T.undone(when) };
  } catch (error) {
    if (error instanceof RoadmapSheetError || error instanceof UndoError)
      return { ok: false, needsConfirm: false, message: error.message };
    throw error;
  }
}

/** The last import that can be undone, for the view. */
export function undoInfo(ss: Spreadsheet): string | null {
  const record = lastImport();
  return record ? T.undoAvailable(whenText(ss, record.when), record.added, record.updated) : null;
}
