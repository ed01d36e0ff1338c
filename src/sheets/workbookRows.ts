/**
 * The one reader of the workbook's sheets for everything computed from several of them (the indicators,
 * the report, «Обзор», the documents, the snapshot): each sheet read with one getValues through the cell
 * codec (readTable), on first use, and kept for the command. Serves the live spreadsheet and a folder of
 * CSV exports (cli/sheetDir.ts) alike.
 */
import type { WorkbookRows } from "../domain/indicators/input";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import type { Needs } from "../domain/workbook/needs";
import { requireNeeds } from "./structureGuard";
import { readTable, zoneOf, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet read as a table (decoded rows, the header and its columns, the raw block), or null when absent. */
export type WorkbookTables = (key: SheetKey) => Table | null;

/**
 * Each sheet of the workbook read once, on first use. With `needs` (the report, the documents), a sheet
 * missing a column the command needs stops it with a StructureError naming the column, rather than counting
 * blanks.
 */
export function workbookTables(ss: Spreadsheet, zone: Zone = zoneOf(ss), needs?: Needs): WorkbookTables {
  const cache = new Map<SheetKey, Table | null>();
  return (key) => {
    if (!cache.has(key)) {
      const sheet = ss.getSheetByName(SHEETS[key].name);
      const table = sheet ? readTable(sheet, SHEETS[key], { zone }) : null;
      if (table && needs) requireNeeds(table, needs);
      cache.set(key, table);
    }
    return cache.get(key) ?? null;
  };
}

/** The sheets named, as rows for the domain's readers (absent sheets left out). */
export function workbookRows(tables: WorkbookTables, keys: readonly SheetKey[]): WorkbookRows {
  const out: WorkbookRows = {};
  for (const key of keys) {
    const table = tables(key);
    if (table) out[key] = table;
  }
  return out;
}

export function readWorkbookRows(ss: Spreadsheet, keys: readonly SheetKey[], zone: Zone = zoneOf(ss)): WorkbookRows {
  return workbookRows(workbookTables(ss, zone), keys);
}
