/** Sidebar endpoints of «Показатели»: the KPI table, importing the contingent and the indicators. */
import { zoneOf } from "../../sheets/table";
import { yearSpan } from "../../domain/common/plural";
import * as z from "zod";
import { CONTINGENT_IMPORT_TEXT } from "../../domain/contingent/messages";
import type { ContingentProblem } from "../../domain/contingent/validate";
import { INDICATOR_MESSAGES, INDICATORS_SHEET_TEXT } from "../../domain/indicators/messages";
import {
  IndicatorsParseError,
  parseIndicatorsTable,
  type ImportedIndicator,
  type IndicatorColumnInfo,
  type IndicatorColumnRole,
  type ParsedIndicators,
} from "../../domain/indicators/parse";
import { programmeYears } from "../../domain/indicators/targets";
import { SHEETS } from "../../domain/workbook/sheets";
import { contingentSheetOf, fillContingentSums, importContingent, problemColumn } from "../../sheets/contingentSheet";
import {
  importIndicators,
  indicatorsSheetOf,
  planIndicators,
  readKpi,
  type KpiTable,
} from "../../sheets/indicatorsSheet";
import { readSettings } from "../../sheets/settings";
import type { Table } from "../../sheets/table";
import type { ProblemDto } from "../check/problem";
import { endpoint, NoInput } from "../endpoint";
import { UserFacingError } from "../../domain/common/errors";
import { withDocumentLock } from "../../sheets/lock";

// Types the sidebar shows, re-exported so that it imports only from ui/.
export type { KpiTable };

const active = () => SpreadsheetApp.getActiveSpreadsheet();

/** Pasted text: a PDF or Word table copied as text, or cells copied from a sheet (tab-separated). */
// Not trimmed: a Word table copied as text starts with a tab, which is how it is recognised.
const Pasted = z
  .object({
    text: z
      .string()
      .max(200_000, "текст длиннее 200 000 знаков")
      .refine((t) => t.trim() !== "", "вставьте текст таблицы"),
  })
  .strict();

/** An indicators table: the pasted text and, for a table without its header, the curator's columns. */
const PastedIndicators = z
  .object({
    text: z
      .string()
      .max(200_000, "текст длиннее 200 000 знаков")
      .refine((t) => t.trim() !== "", "вставьте текст таблицы"),
    mapping: z
      .array(
        z
          .string()
          .regex(/^(?:number|name|unit|year:\d{4})$/)
          .nullable(),
      )
      .max(40)
      .optional(),
  })
  .strict();

export interface IndicatorsPreviewDto {
  ok: boolean;
  message: string;
  warnings: string[];
  columns: IndicatorColumnInfo[];
  inferred: boolean;
  /** Each indicator with the «Показатели» row it goes to (null: a new row). */
  indicators: (ImportedIndicator & { row: number | null })[];
}

/**
 * The sidebar's and the CLI's reader (parseIndicatorsTable); a table without a header takes the years of
 * «Период программы» when its heading names none.
 */
function parseIndicators(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, input: z.output<typeof PastedIndicators>) {
  const mapping = input.mapping as IndicatorColumnRole[] | undefined;
  const parse = (years?: string[]) =>
    parseIndicatorsTable({ kind: "text", text: input.text }, undefined, { years, ...(mapping ? { mapping } : {}) });
  try {
    return parse();
  } catch (error) {
    // «Настройки» is read only when the table itself names no years.
    if (!(error instanceof IndicatorsParseError) || error.message !== INDICATOR_MESSAGES.noYears) throw error;
    return parse(programmeYears(readSettings(ss)));
  }
}

export interface ImportResultDto {
  message: string;
  warnings: string[];
  problems: ProblemDto[];
  /** Blank totals the add-on can fill with the sum of their parts. */
  suggestions: number;
}

const SEVERITY = { error: "error", warning: "warning", suggestion: "info" } as const;

function toDto(table: Table, problems: readonly ContingentProblem[]): ProblemDto[] {
  return problems.map((p) => ({
    severity: SEVERITY[p.severity],
    sheet: SHEETS.contingent.name,
    row: p.row ?? undefined,
    column: problemColumn(table, p),
    message: p.message,
  }));
}

export const INDICATOR_ENDPOINTS = {
  getIndicators: endpoint("getIndicators", NoInput, (): KpiTable & { ready: boolean } => {
    const ss = active();
    const sheet = indicatorsSheetOf(ss);
    if (!sheet) return { ready: false, reportYear: Number(zoneOf(ss).today().slice(0, 4)), years: [], rows: [] };
    return { ready: true, ...readKpi(ss, sheet, new Date()) };
  }),

  importContingent: endpoint("importContingent", Pasted, ({ text }): ImportResultDto =>
    withDocumentLock(() => {
      const ss = active();
      const sheet = contingentSheetOf(ss);
      if (!sheet) throw new UserFacingError(CONTINGENT_IMPORT_TEXT.sheetMissing);
      const result = importContingent(ss, sheet, { kind: "text", text });
      if (result.parsed.rows.length === 0)
        throw new UserFacingError([CONTINGENT_IMPORT_TEXT.nothing, ...result.parsed.warnings].join(". "));
      return {
        message: CONTINGENT_IMPORT_TEXT.imported(
          result.parsed.rows.length,
          result.merge.added.length,
          result.merge.updated.length,
        ),
        warnings: result.parsed.warnings,
        problems: toDto(
          result.table,
          result.problems.filter((p) => p.severity !== "suggestion"),
        ),
        suggestions: result.problems.filter((p) => p.severity === "suggestion").length,
      };
    }),
  ),

  fillContingentSums: endpoint("fillContingentSums", NoInput, () =>
    withDocumentLock(() => {
      const ss = active();
      const sheet = contingentSheetOf(ss);
      if (!sheet) throw new UserFacingError(CONTINGENT_IMPORT_TEXT.sheetMissing);
      const filled = fillContingentSums(ss, sheet);
      return { filled, message: CONTINGENT_IMPORT_TEXT.sumsFilled(filled) };
    }),
  ),

  /** What an indicators import would write: the indicators understood, with their targets. Nothing is written. */
  previewIndicatorsImport: endpoint("previewIndicatorsImport", PastedIndicators, (input): IndicatorsPreviewDto => {
    const ss = active();
    const sheet = indicatorsSheetOf(ss);
    if (!sheet) throw new UserFacingError(INDICATORS_SHEET_TEXT.sheetMissing);
    let parsed: ParsedIndicators;
    try {
      parsed = parseIndicators(ss, input);
    } catch (error) {
      if (error instanceof IndicatorsParseError)
        return {
          ok: false,
          message: error.message,
          warnings: [],
          columns: error.columns,
          inferred: false,
          indicators: [],
        };
      throw error;
    }
    const { plan } = planIndicators(ss, sheet, parsed.indicators);
    return {
      ok: true,
      message: INDICATORS_SHEET_TEXT.previewReady(parsed.indicators.length),
      warnings: parsed.warnings,
      columns: parsed.columns,
      inferred: parsed.inferred,
      indicators: parsed.indicators.map((indicator, i) => ({ ...indicator, row: plan.writes[i]?.rowNumber ?? null })),
    };
  }),

  importIndicators: endpoint("importIndicators", PastedIndicators, (input) =>
    withDocumentLock(() => {
      const ss = active();
      const sheet = indicatorsSheetOf(ss);
      if (!sheet) throw new UserFacingError(INDICATORS_SHEET_TEXT.sheetMissing);
      let parsed;
      try {
        parsed = parseIndicators(ss, input);
      } catch (error) {
        if (error instanceof IndicatorsParseError) throw new UserFacingError(error.message);
        throw error;
      }
      const result = importIndicators(ss, sheet, parsed.indicators);
      const warnings = [...parsed.warnings];
      if (result.outside.length)
        warnings.push(INDICATORS_SHEET_TEXT.outsidePeriod(result.outside, yearSpan(result.period)));
      return {
        message: INDICATORS_SHEET_TEXT.imported(result.plan.matched, result.plan.custom, result.plan.years),
        warnings,
        matched: result.plan.matched,
        custom: result.plan.custom,
        years: result.plan.years,
      };
    }),
  ),
};
