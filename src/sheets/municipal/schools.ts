/**
 * «Школы» and the hidden «Снимки школ»: the coordinator's list of schools, and the last good snapshot of
 * each (JSON kept whole, across as many cells as it needs). Each is read with one getValues and written
 * with one setValues.
 */
import { schoolKey } from "../../domain/municipal/rollup";
import { joinChunks, readSnapshotText, snapshotJson, splitChunks, type Snapshot } from "../../domain/snapshot/index";
import { MUNICIPAL_SHEETS } from "../../domain/workbook/municipal";
import type { IsoDate } from "../../domain/common/dates";
import { encodeCell } from "../../domain/workbook/codec";
import { readTable, zoneOf, type CellValue, type Table } from "../table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SchoolRow {
  rowNumber: number;
  name: string;
  curator: string;
  link: string;
}

const text = (v: CellValue | undefined) => (v === undefined || v === null ? "" : String(v).trim());

export function readSchools(ss: Spreadsheet): { table: Table; schools: SchoolRow[] } | null {
  const sheet = ss.getSheetByName(MUNICIPAL_SHEETS.schools.name);
  if (!sheet) return null;
  const table = readTable(sheet, MUNICIPAL_SHEETS.schools, { zone: zoneOf(ss) });
  const schools = table.rows
    .map((r) => ({
      rowNumber: r.rowNumber,
      name: text(r.cells.name),
      curator: text(r.cells.curator),
      link: text(r.cells.link),
    }))
    .filter((s) => s.name || s.link);
  return { table, schools };
}

export interface StoredSnapshot {
  school: string;
  source: string;
  /** The day it was stored. */
  received: IsoDate | null;
  snapshot: Snapshot;
}

/** The stored snapshots by school key; a damaged row is skipped (the next collection replaces it). */
export function readReceived(ss: Spreadsheet): Map<string, StoredSnapshot> {
  const out = new Map<string, StoredSnapshot>();
  const sheet = ss.getSheetByName(MUNICIPAL_SHEETS.received.name);
  if (!sheet) return out;
  const table = readTable(sheet, MUNICIPAL_SHEETS.received, { zone: zoneOf(ss) });
  const jsonCol = table.columns.json;
  if (jsonCol === undefined) return out;
  for (const r of table.rows) {
    const read = readSnapshotText(joinChunks(table.values[r.rowNumber - 1].slice(jsonCol)));
    if (!read.ok) continue;
    const school = text(r.cells.school);
    out.set(schoolKey(school), {
      school,
      source: text(r.cells.source),
      received: typeof r.cells.received === "string" && r.cells.received ? r.cells.received : null,
      snapshot: read.snapshot,
    });
  }
  return out;
}

/** Rewrite the store whole: header, one row per school, the JSON over as many columns as the longest needs. */
export function writeReceived(ss: Spreadsheet, entries: readonly StoredSnapshot[]): void {
  const sheet = ss.getSheetByName(MUNICIPAL_SHEETS.received.name);
  if (!sheet) return;
  // Every cell is plain text («@») but the day: names and links as they are, the JSON in chunks.
  const zone = zoneOf(ss);
  const header = MUNICIPAL_SHEETS.received.columns.map((c) => c.header);
  const rows = entries.map((e) => [
    e.school,
    e.source,
    encodeCell({ type: "date" }, e.received ?? "", zone),
    ...splitChunks(snapshotJson(e.snapshot)),
  ]);
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const block = [header, ...rows].map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (block.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), block.length - sheet.getMaxRows());
  sheet.clearContents();
  const range = sheet.getRange(1, 1, block.length, width);
  range.setNumberFormat("@");
  sheet.getRange(2, 3, Math.max(block.length - 1, 1), 1).setNumberFormat("dd.MM.yyyy");
  range.setValues(block);
}
