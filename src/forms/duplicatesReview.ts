/**
 * The curator resolves «Возможные дубликаты» from the «Анкеты» panel (rules in domain/questionnaires/
 * duplicates.ts). The list shows, for each open entry, what a merge would change before anything is written;
 * a merge keeps every overwritten cell and the removed row in «История изменений», so it can be undone.
 */
import { formatDateRu, isIsoDate } from "../domain/common/dates";
import { idKey } from "../domain/participants";
import { DUPLICATE_DECISION, mergeCells, type DuplicateDecision } from "../domain/questionnaires/duplicates";
import { changedCells, historyRows } from "../domain/questionnaires/history";
import { HISTORY_MESSAGES } from "../domain/questionnaires/messages";
import type { CellValue } from "../domain/workbook/codec";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { readTable, writeTable, zoneOf, type Table, type TableRow } from "../sheets/table";
import { withDocumentLock } from "../sheets/lock";
import { FORMS_TEXT } from "./messages";
import { appendRecords } from "./sideSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type PersonSheet = "mentors" | "mentees";

export interface DuplicateDto {
  /** Row of «Возможные дубликаты». */
  row: number;
  date: string;
  sheet: string;
  id: string;
  similarId: string;
  differences: string;
  /** Names of the two rows; blank in pseudonymous mode. */
  name: string;
  similarName: string;
  /** What «Объединить» would write into the older row. */
  changes: Array<{ column: string; before: string; after: string }>;
}

export interface DuplicatesDto {
  entries: DuplicateDto[];
  pending: number;
  sheet: string;
}

const LISTED = 20;
const NAME_COLUMNS = new Set(["name"]);

function personSheet(name: string): PersonSheet | undefined {
  return (["mentors", "mentees"] as const).find((k) => SHEETS[k].name === name);
}

function shown(v: unknown): string {
  if (typeof v === "string" && isIsoDate(v)) return formatDateRu(v);
  if (typeof v === "boolean") return v ? "да" : "нет";
  return v === undefined || v === null ? "" : String(v);
}

function tableOf(ss: Spreadsheet, key: SheetKey, zone: Zone, withFormulas = false): Table | undefined {
  const sheet = ss.getSheetByName(SHEETS[key].name);
  return sheet ? readTable(sheet, SHEETS[key], { zone, withFormulas }) : undefined;
}

function rowById(table: Table | undefined, id: string): TableRow | undefined {
  return table?.rows.find((r) => idKey(r.cells.id) === idKey(id));
}

function header(key: SheetKey, column: string): string {
  return SHEETS[key].columns.find((c) => c.key === column)?.header ?? column;
}

export function listDuplicates(ss: Spreadsheet, pseudonymous: boolean): DuplicatesDto {
  const zone = zoneOf(ss);
  const log = tableOf(ss, "duplicates", zone);
  const open = (log?.rows ?? []).filter((r) => String(r.cells.decision ?? "").trim() === "");
  const registers: Partial<Record<PersonSheet, Table | undefined>> = {};
  const entries = open
    .slice(-LISTED)
    .reverse()
    .map((r) => {
      const key = personSheet(String(r.cells.sheet ?? ""));
      const table = key ? (registers[key] ??= tableOf(ss, key, zone)) : undefined;
      const newer = rowById(table, String(r.cells.id ?? ""));
      const older = rowById(table, String(r.cells.similarId ?? ""));
      const cells = key && newer && older ? mergeCells(key, older.cells, newer.cells) : {};
      const hide = (column: string, v: unknown) =>
        pseudonymous && NAME_COLUMNS.has(column) ? FORMS_TEXT.hidden : shown(v);
      return {
        row: r.rowNumber,
        date: String(r.cells.date ?? ""),
        sheet: String(r.cells.sheet ?? ""),
        id: String(r.cells.id ?? ""),
        similarId: String(r.cells.similarId ?? ""),
        differences: String(r.cells.differences ?? ""),
        name: pseudonymous ? "" : String(newer?.cells.name ?? ""),
        similarName: pseudonymous ? "" : String(older?.cells.name ?? ""),
        changes: Object.entries(cells).map(([column, after]) => ({
          column: key ? header(key, column) : column,
          before: hide(column, older?.cells[column]),
          after: hide(column, after),
        })),
      };
    });
  return { entries, pending: open.length, sheet: SHEETS.duplicates.name };
}

/** Where a register ID is used outside its own row (a merged-away row must not be referred to). */
function usesOf(ss: Spreadsheet, id: string, zone: Zone): string[] {
  const where: string[] = [];
  const check = (key: SheetKey, columns: readonly string[]) => {
    const table = tableOf(ss, key, zone);
    if (table?.rows.some((r) => columns.some((c) => idKey(r.cells[c]) === idKey(id))))
      where.push(`«${SHEETS[key].name}»`);
  };
  check("pairs", ["mentorId", "menteeId"]);
  check("surveys", ["participantId"]);
  check("preferences", ["participantId", "choice1", "choice2", "choice3"]);
  return where;
}

export function resolveDuplicate(
  ss: Spreadsheet,
  row: number,
  decision: DuplicateDecision,
  now: Date = new Date(),
): { ok: boolean; message: string } {
  return withDocumentLock(() => {
    const zone = zoneOf(ss);
    const log = tableOf(ss, "duplicates", zone, true);
    const entry = log?.rows.find((r) => r.rowNumber === row);
    const key = entry ? personSheet(String(entry.cells.sheet ?? "")) : undefined;
    if (!log || !entry || !key) return { ok: false, message: FORMS_TEXT.notAnEntry(SHEETS.duplicates.name, row) };
    if (String(entry.cells.decision ?? "").trim() !== "") return { ok: false, message: FORMS_TEXT.duplicateDecided };
    const id = String(entry.cells.id ?? "");
    const similarId = String(entry.cells.similarId ?? "");
    const close = () =>
      writeTable(log, [{ rowNumber: row, cells: { decision: DUPLICATE_DECISION[decision], decided: now } }]);
    if (decision === "apart") {
      close();
      return { ok: true, message: FORMS_TEXT.duplicateResolved(DUPLICATE_DECISION.apart, id, similarId) };
    }
    const table = tableOf(ss, key, zone, true) as Table;
    const newer = rowById(table, id);
    const older = rowById(table, similarId);
    if (!newer || !older) {
      close();
      return { ok: false, message: FORMS_TEXT.duplicateGone(!newer ? id : similarId) };
    }
    const used = usesOf(ss, id, zone);
    if (used.length > 0) return { ok: false, message: FORMS_TEXT.duplicateInUse(id, used) };
    const cells = mergeCells(key, older.cells, newer.cells);
    const source = HISTORY_MESSAGES.merged(similarId, id);
    const whole: Record<string, CellValue> = {};
    for (const c of SHEETS[key].columns)
      if (newer.cells[c.key] !== undefined && newer.cells[c.key] !== "") whole[c.header] = newer.cells[c.key];
    const history = historyRows(
      key,
      [{ column: "id", value: similarId }],
      changedCells(older.cells, cells, Object.keys(cells)),
      source,
      now,
    );
    history.push({
      date: now,
      sheet: SHEETS[key].name,
      rowKey: `${header(key, "id")}: ${id}`,
      column: HISTORY_MESSAGES.removedRow,
      before: JSON.stringify(whole),
      after: HISTORY_MESSAGES.removed,
      source,
      restored: "",
    });
    if (Object.keys(cells).length > 0) writeTable(table, [{ rowNumber: older.rowNumber, cells }]);
    table.sheet.deleteRow(newer.rowNumber);
    appendRecords(ss, SHEETS.history, history, zone, { hidden: true, block: true });
    close();
    return { ok: true, message: FORMS_TEXT.duplicateResolved(DUPLICATE_DECISION.merged, id, similarId) };
  });
}
