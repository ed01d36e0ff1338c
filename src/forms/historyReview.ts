/**
 * «История изменений» in the «Анкеты» panel: the latest overwritten values, and «Вернуть», which writes the
 * old value back through the codec into the row found by its key (not its number), records the restore
 * itself as a change, and marks the entry. A row removed by a merge is put back whole at the end.
 */
import { formatDateRu, isIsoDate } from "../domain/common/dates";
import { parseRowKey, sheetKeyByName, historyRows } from "../domain/questionnaires/history";
import { HISTORY_MESSAGES } from "../domain/questionnaires/messages";
import { sameCell } from "../domain/questionnaires";
import type { CellValue } from "../domain/workbook/codec";
import { SHEETS } from "../domain/workbook/sheets";
import { readTable, writeTable, zoneOf, type Table } from "../sheets/table";
import { withDocumentLock } from "../sheets/lock";
import { FORMS_TEXT } from "./messages";
import { appendRecords } from "./sideSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HistoryEntryDto {
  row: number;
  date: string;
  sheet: string;
  rowKey: string;
  column: string;
  before: string;
  after: string;
  source: string;
  restored: string;
}

export interface HistoryDto {
  entries: HistoryEntryDto[];
  total: number;
  sheet: string;
}

const LISTED = 20;
/** Columns holding a person's name: masked in the panel in pseudonymous mode. */
const NAME_HEADERS = new Set([
  SHEETS.mentors.columns.find((c) => c.key === "name")?.header ?? "",
  SHEETS.pairs.columns.find((c) => c.key === "mentorName")?.header ?? "",
  SHEETS.pairs.columns.find((c) => c.key === "menteeName")?.header ?? "",
  HISTORY_MESSAGES.removedRow,
]);

function shown(v: unknown): string {
  if (typeof v === "string" && isIsoDate(v)) return formatDateRu(v);
  if (typeof v === "boolean") return v ? "да" : "нет";
  return v === undefined || v === null ? "" : String(v);
}

function historyTable(ss: Spreadsheet, withFormulas = false): Table | undefined {
  const sheet = ss.getSheetByName(SHEETS.history.name);
  return sheet ? readTable(sheet, SHEETS.history, { zone: zoneOf(ss), withFormulas }) : undefined;
}

export function listHistory(ss: Spreadsheet, pseudonymous: boolean): HistoryDto {
  const table = historyTable(ss);
  const rows = table?.rows ?? [];
  const entries = rows
    .slice(-LISTED)
    .reverse()
    .map((r) => {
      const column = String(r.cells.column ?? "");
      const hide = pseudonymous && NAME_HEADERS.has(column);
      return {
        row: r.rowNumber,
        date: String(r.cells.date ?? ""),
        sheet: String(r.cells.sheet ?? ""),
        rowKey: String(r.cells.rowKey ?? ""),
        column,
        before: hide ? FORMS_TEXT.hidden : shown(r.cells.before),
        after: hide ? FORMS_TEXT.hidden : shown(r.cells.after),
        source: String(r.cells.source ?? ""),
        restored: String(r.cells.restored ?? ""),
      };
    });
  return { entries, total: rows.length, sheet: SHEETS.history.name };
}

export function restoreHistory(ss: Spreadsheet, row: number, now: Date = new Date()): { ok: boolean; message: string } {
  return withDocumentLock(() => {
    const zone = zoneOf(ss);
    const log = historyTable(ss, true);
    const entry = log?.rows.find((r) => r.rowNumber === row);
    if (!log || !entry) return { ok: false, message: FORMS_TEXT.notAnEntry(SHEETS.history.name, row) };
    if (String(entry.cells.restored ?? "") !== "") return { ok: false, message: FORMS_TEXT.alreadyRestored };
    const sheetName = String(entry.cells.sheet ?? "");
    const rowKey = String(entry.cells.rowKey ?? "");
    const columnHeader = String(entry.cells.column ?? "");
    const key = sheetKeyByName(sheetName);
    const sheet = ss.getSheetByName(sheetName);
    if (!key || !sheet) return { ok: false, message: FORMS_TEXT.rowNotFound(sheetName, rowKey) };
    const spec = SHEETS[key];
    const mark = () => writeTable(log, [{ rowNumber: row, cells: { restored: now } }]);
    const stamp = new Date(String(entry.cells.date ?? ""));
    const when = isNaN(stamp.getTime()) ? String(entry.cells.date ?? "") : formatDateRu(zone.dateOf(stamp));

    if (columnHeader === HISTORY_MESSAGES.removedRow) {
      let byHeader: Record<string, CellValue> = {};
      try {
        byHeader = JSON.parse(String(entry.cells.before ?? "{}")) as Record<string, CellValue>;
      } catch {
        return { ok: false, message: FORMS_TEXT.rowNotFound(sheetName, rowKey) };
      }
      const cells: Record<string, CellValue> = {};
      for (const c of spec.columns) if (byHeader[c.header] !== undefined) cells[c.key] = byHeader[c.header];
      appendRecords(ss, spec, [cells], zone);
      mark();
      return { ok: true, message: FORMS_TEXT.restoredRow(rowKey) };
    }

    const column = spec.columns.find((c) => c.header === columnHeader);
    const parts = parseRowKey(key, rowKey);
    if (!column) return { ok: false, message: FORMS_TEXT.columnNotFound(sheetName, columnHeader) };
    const table = readTable(sheet, spec, { zone, withFormulas: true });
    if (table.columns[column.key] === undefined)
      return { ok: false, message: FORMS_TEXT.columnNotFound(sheetName, columnHeader) };
    const target = parts
      ? table.rows.find((r) => parts.every((p) => sameCell(p.column, r.cells[p.column], p.value)))
      : undefined;
    if (!parts || !target) return { ok: false, message: FORMS_TEXT.rowNotFound(sheetName, rowKey) };
    const before = entry.cells.before ?? "";
    const current = target.cells[column.key] ?? "";
    writeTable(table, [{ rowNumber: target.rowNumber, cells: { [column.key]: before } }]);
    mark();
    appendRecords(
      ss,
      SHEETS.history,
      historyRows(
        key,
        parts,
        [{ column: column.key, before: current, after: before }],
        HISTORY_MESSAGES.restored(when),
        now,
      ),
      zone,
      { hidden: true },
    );
    return { ok: true, message: FORMS_TEXT.restored(columnHeader, rowKey) };
  });
}
