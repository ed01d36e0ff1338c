/**
 * What documents are made from, read from the workbook once per command through the cell codec:
 * «Настройки» (typed settings), «Справочники» (the one reference-list reader), «Наставники», «Наставляемые»,
 * «Пары», «Дорожная карта», and for the analytical report the monitoring report's input and model
 * (reportSheet). Each sheet is read with one getValues, on first use. The same functions serve the CLI,
 * whose sheets are a folder of CSV files.
 */
import { readDocumentInput, type DocumentInput, type RoadmapEntry, type SheetRow } from "../domain/documents/index";
import { isIsoDate, type IsoDate } from "../domain/common/dates";
import { buildReportModel } from "../domain/report/index";
import type { PeriodContext } from "../domain/periods";
import type { Settings } from "../domain/workbook/settings";
import type { Zone } from "../domain/workbook/zone";
import { refsFromTable } from "./refLists";
import { REPORT_NEEDS, reportInputFrom } from "./reportSheet";
import { loadRoadmapContext } from "./roadmapSheet";
import { readSettings } from "./settings";
import { zoneOf } from "./table";
import { workbookTables, type WorkbookTables } from "./workbookRows";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DocumentSources {
  settings: Settings;
  tables: WorkbookTables;
  /** The context the roadmap was imported in (a live workbook keeps it); else «Настройки» date it. */
  roadmapContext?: PeriodContext | null;
}

export function readDocumentSources(ss: Spreadsheet, zone: Zone = zoneOf(ss)): DocumentSources {
  return {
    settings: readSettings(ss, zone),
    tables: workbookTables(ss, zone, REPORT_NEEDS),
    roadmapContext: loadRoadmapContext(),
  };
}

const rows = (sources: DocumentSources, key: "mentors" | "mentees" | "pairs" | "roadmap"): SheetRow[] =>
  sources.tables(key)?.rows ?? [];

/** The report date of «Настройки», or today. */
export function reportDateOf(sources: DocumentSources, today: IsoDate): IsoDate {
  return sources.settings.reportDate ?? today;
}

export function documentInputOf(sources: DocumentSources, date: IsoDate, withReport: boolean): DocumentInput {
  const report = withReport
    ? buildReportModel(reportInputFrom(sources.tables, date, { roadmapContext: sources.roadmapContext ?? null }))
    : undefined;
  return readDocumentInput(
    { mentors: rows(sources, "mentors"), mentees: rows(sources, "mentees"), pairs: rows(sources, "pairs") },
    sources.settings,
    refsFromTable(sources.tables("refs")),
    date,
    report,
  );
}

export function roadmapEntries(sources: Pick<DocumentSources, "tables">): RoadmapEntry[] {
  const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  return (sources.tables("roadmap")?.rows ?? []).map((r) => ({
    row: r.rowNumber,
    number: text(r.cells.number),
    title: text(r.cells.title),
    result: text(r.cells.result),
    ...(isIsoDate(r.cells.end) ? { end: r.cells.end } : {}),
    ...(isIsoDate(r.cells.doneDate) ? { done: r.cells.doneDate } : {}),
  }));
}
