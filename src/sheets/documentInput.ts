/**
 * What documents are made from, read from the workbook once per command: «Настройки» (readSettings),
 * «Справочники», «Наставники», «Наставляемые», «Пары», «Дорожная карта», and for the analytical report the
 * monitoring report's input and model (reportSheet). Each sheet is read with one getValues, on first use.
 * The same functions serve the CLI, whose sources are a folder of CSV files.
 */
import {
  isoOf,
  readDocumentInput,
  shortDate,
  type DocumentInput,
  type IsoDate,
  type RoadmapEntry,
  type SheetRow,
} from "../domain/documents/index";
import { buildReportModel } from "../domain/report/index";
import { PAIR_STATUSES, ROADMAP_STATUSES } from "../domain/workbook/defaults";
import { reportInputFrom, workbookTables, type ReportTables } from "./reportSheet";
import { readSettings, type Settings } from "./settings";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DocumentSources {
  settings: Settings;
  tables: ReportTables;
  /** The calendar day of a moment where the workbook is (its time zone). */
  day(d: Date): IsoDate;
}

/**
 * The calendar day in a time zone, computed without a service call per date. Sheets hands dates over as
 * moments at midnight of the spreadsheet's zone, which is not the script's zone everywhere.
 */
export function zoneDay(timeZone: string): (d: Date) => IsoDate {
  const format = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return (d) => {
    const part = (type: string) => format.formatToParts(d).find((p) => p.type === type)?.value ?? "";
    return `${part("year")}-${part("month")}-${part("day")}`;
  };
}

/** Dates in the cells become local midnights of their day in the workbook's zone, as the domain reads them. */
function inZone<T>(value: T, day: (d: Date) => IsoDate): T {
  return (value instanceof Date ? dateOf(day(value)) : value) as T;
}

function zoned(tables: ReportTables, day: (d: Date) => IsoDate): ReportTables {
  const cache = new Map<string, ReturnType<ReportTables>>();
  return (key) => {
    if (!cache.has(key)) {
      const t = tables(key);
      cache.set(
        key,
        t && {
          header: t.header,
          rows: t.rows.map((r) => ({
            rowNumber: r.rowNumber,
            cells: Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k, inZone(v, day)])),
          })),
          values: t.values.map((row) => row.map((v) => inZone(v, day))),
        },
      );
    }
    return cache.get(key) ?? null;
  };
}

export function readDocumentSources(ss: Spreadsheet): DocumentSources {
  const day = zoneDay(ss.getSpreadsheetTimeZone());
  const settings = readSettings(ss);
  for (const [k, v] of Object.entries(settings)) settings[k] = inZone(v, day);
  return { settings, tables: zoned(workbookTables(ss), day), day };
}

const rows = (sources: DocumentSources, key: "refs" | "mentors" | "mentees" | "pairs" | "roadmap"): SheetRow[] =>
  sources.tables(key)?.rows ?? [];

/** The report date of «Настройки», or today where the workbook is. */
export function reportDateOf(sources: DocumentSources, now: Date): IsoDate {
  const date = sources.settings.reportDate;
  return date instanceof Date ? isoOf(date) : sources.day(now);
}

/** A day as Sheets takes it typed into a date column: «21.11.2026». */
export function typedDate(iso: IsoDate): string {
  return shortDate(iso);
}

/** A local-midnight Date of an ISO day, as the sheets hold dates. */
export function dateOf(iso: IsoDate): Date {
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function documentInputOf(sources: DocumentSources, date: IsoDate, withReport: boolean): DocumentInput {
  const report = withReport
    ? buildReportModel(reportInputFrom(sources.tables, sources.settings, dateOf(date), []), {
        pairStatuses: PAIR_STATUSES,
        roadmapStatuses: ROADMAP_STATUSES,
      })
    : undefined;
  return readDocumentInput(
    {
      refs: rows(sources, "refs"),
      mentors: rows(sources, "mentors"),
      mentees: rows(sources, "mentees"),
      pairs: rows(sources, "pairs"),
    },
    sources.settings,
    date,
    report,
  );
}

export function roadmapEntries(sources: DocumentSources): RoadmapEntry[] {
  const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  return rows(sources, "roadmap").map((r) => {
    const end = r.cells.end instanceof Date ? isoOf(r.cells.end) : undefined;
    const done = r.cells.doneDate instanceof Date ? isoOf(r.cells.doneDate) : undefined;
    return {
      row: r.rowNumber,
      number: text(r.cells.number),
      title: text(r.cells.title),
      result: text(r.cells.result),
      ...(end ? { end } : {}),
      ...(done ? { done } : {}),
    };
  });
}
