/**
 * Roadmap endpoints: import from text pasted into the sidebar, from a sheet of this workbook, or from a
 * Google Doc's table; and the roadmap view's figures (which refresh the statuses). Bad input never throws:
 * the result says why in Russian (`ok: false`) and the sheet is left exactly as it was.
 */
import * as z from "zod";
import type { PeriodContext } from "../../domain/periods";
import {
  chooseContext,
  parseRoadmap,
  ROADMAP_SHEET_TEXT as T,
  settingsContext,
  type RoadmapParse,
} from "../../domain/roadmap";
import { readDocumentTables, RoadmapDocumentError } from "../../docs/roadmapDocument";
import {
  importRoadmapItems,
  ROADMAP_SPEC,
  RoadmapSheetError,
  saveRoadmapContext,
  todayOf,
  type RoadmapSummary,
} from "../../sheets/roadmapSheet";
import { readSourceSheet } from "../../sheets/roadmapSource";
import { readSettings } from "../../sheets/settings";
import { endpoint, NoInput } from "../endpoint";
import { withDocumentLock } from "../lock";
import { refreshRoadmapNow } from "../roadmapRefresh";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

const ContextFields = {
  year: z.string().max(20).optional(),
  academicYear: z.string().max(20).optional(),
  program: z.string().max(20).optional(),
};

export interface RoadmapWarningDto {
  severity: "error" | "warning" | "info";
  line: number | null;
  message: string;
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
});

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

const warningsOf = (parsed: RoadmapParse): RoadmapWarningDto[] =>
  parsed.warnings.map((w) => ({ severity: w.severity, line: w.line ?? null, message: w.message }));

const CONTEXT_TEXT = {
  explicit: T.contextExplicit,
  document: T.contextDocument,
  settings: T.contextSettings,
  none: T.contextNone,
} as const;

/** Parse, choose the context, merge into the sheet under the lock. Nothing is written unless items were found. */
function importParsed(
  parsed: RoadmapParse,
  fields: { year?: string; academicYear?: string; program?: string },
): RoadmapImportDto {
  const explicit = explicitContext(fields);
  if (typeof explicit === "string") return failed(explicit);
  const warnings = warningsOf(parsed);
  if (parsed.items.length === 0) {
    const errors = parsed.warnings.filter((w) => w.severity === "error").map((w) => w.message);
    return failed([...errors, T.nothingImported].join(" "), warnings);
  }
  const ss = active();
  const settings = readSettings(ss);
  const { context, source } = chooseContext(
    explicit,
    parsed,
    settingsContext(settings.academicYear, settings.programPeriod),
  );
  try {
    const outcome = withDocumentLock(() => {
      const result = importRoadmapItems(ss, parsed.items, context, todayOf(ss));
      saveRoadmapContext(context);
      return result;
    });
    const { added, updated, unchanged, notInDocument, ...summary } = outcome;
    return {
      ok: true,
      message: `${T.imported(added.length, updated.length, unchanged.length)} ${T.datedBy(CONTEXT_TEXT[source])}`,
      warnings,
      added: added.length,
      updated: updated.length,
      unchanged: unchanged.length,
      notInDocument,
      summary,
    };
  } catch (error) {
    if (error instanceof RoadmapSheetError) return failed(error.message, warnings);
    throw error;
  }
}

export const ROADMAP_ENDPOINTS = {
  /** Text pasted into the sidebar: a Word table copied as text, PDF text, tab-separated rows. */
  importRoadmapText: endpoint(
    "importRoadmapText",
    z.object({ text: z.string().max(20_000_000), ...ContextFields }),
    (input): RoadmapImportDto => importParsed(parseRoadmap({ kind: "text", text: input.text }), input),
  ),

  /** A table pasted into a sheet of this workbook (the named sheet, or the active one). */
  importRoadmapSheet: endpoint(
    "importRoadmapSheet",
    z.object({ sheet: z.string().max(100).optional(), ...ContextFields }),
    (input): RoadmapImportDto => {
      let source: { rows: unknown[][] };
      try {
        source = readSourceSheet(active(), input.sheet?.trim() || undefined);
      } catch (error) {
        if (error instanceof RoadmapSheetError) return failed(error.message);
        throw error;
      }
      return importParsed(parseRoadmap({ kind: "table", rows: source.rows }), input);
    },
  ),

  /** The roadmap table of a Google Doc (its link or id); the table with the most events wins. */
  importRoadmapDoc: endpoint(
    "importRoadmapDoc",
    z.object({ url: z.string().max(2000), ...ContextFields }),
    (input): RoadmapImportDto => {
      let doc;
      try {
        doc = readDocumentTables(input.url);
      } catch (error) {
        if (error instanceof RoadmapDocumentError) return failed(error.message);
        throw error;
      }
      const parses = doc.tables.map((rows) => parseRoadmap({ kind: "table", rows: [[doc.name], ...rows] }));
      const best = parses.reduce((a, b) => (b.items.length > a.items.length ? b : a));
      if (best.items.length === 0) return failed(`${T.docNoRoadmapTable} ${T.nothingImported}`, warningsOf(best));
      return importParsed(best, input);
    },
  ),

  /** The roadmap view opens: statuses are refreshed, then the overdue and needs-a-date lists. */
  roadmapOverview: endpoint("roadmapOverview", NoInput, (): { summary: RoadmapSummary | null; message: string } => {
    const summary = refreshRoadmapNow(active());
    return { summary, message: summary ? "" : T.sheetMissing(ROADMAP_SPEC.name) };
  }),
};
