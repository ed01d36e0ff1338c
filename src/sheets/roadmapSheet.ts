/**
 * The «Дорожная карта» sheet: importing parsed items into it and refreshing its computed columns.
 *
 * An import reads the sheet once (values and formulas), merges the items by number and title (mergeRoadmap:
 * the curator's «Выполнено (дата)», «Комментарий» and own columns are never overwritten, rows the document
 * does not have are written back as they were), computes «Начало», «Окончание», «Повтор», «Статус» and the
 * note on «Окончание» (scheduleRow) for the document's rows, keeps the previous roadmap for «Отменить
 * импорт» (roadmapBackup.ts), and writes the whole block back with one setValues. Its service calls do not depend on the number of rows: the sheet is grown by
 * one unconditional insertRowsAfter (at least one row, so 20 and 2,000 items cost the same), the new rows
 * get row 2's validation, and the three colour rules are replaced, not added.
 *
 * Status is «computed on check»: written at import, refreshed (refreshRoadmap) when the workbook check runs
 * and when the sidebar's roadmap view opens. A formula cannot do it: the status depends on the parsed text
 * of the deadline and on a recurring item's current occurrence. The colours are live, though: red and
 * green follow the status cell, amber is a formula on «Окончание» against TODAY().
 */
import type { PeriodContext, RoadmapStatus } from "../domain/periods";
import { fingerprint } from "../domain/common/fingerprint";
import {
  mergeRoadmap,
  ROADMAP_KEYS,
  ROADMAP_SHEET_TEXT as T,
  scheduleRow,
  type Attention,
  type ExistingRow,
  type MergeResult,
  type RoadmapItem,
  type RowSchedule,
} from "../domain/roadmap";
import { SHEETS } from "../domain/workbook/sheets";
import { encodeCell, isDateValue, keepCell } from "../domain/workbook/codec";
import { backupRoadmap, recordImport } from "./roadmapBackup";
import { readTable, zoneOf, type Cell, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const ROADMAP_SPEC = SHEETS.roadmap;
const CONTEXT_PROPERTY = "cmn.roadmap.context";
/** How many rows of each list go back to the sidebar (totals are always exact). */
const LIST_LIMIT = 200;

/** A row the sidebar links to. */
export interface RoadmapRowRef {
  row: number;
  number: string;
  title: string;
  deadlineText: string;
  end: string | null;
  status: RoadmapStatus;
  attention: Attention | null;
}

export interface RoadmapSummary {
  sheet: string;
  total: number;
  byStatus: Record<RoadmapStatus, number>;
  overdue: RoadmapRowRef[];
  overdueTotal: number;
  needsDate: RoadmapRowRef[];
  needsDateTotal: number;
  /** 1-based sheet column of «Срок (текст)», for links. */
  deadlineColumn: number;
}

export interface ImportOutcome extends RoadmapSummary {
  added: string[];
  updated: string[];
  unchanged: string[];
  notInDocument: string[];
}

/** The sheet is missing or lacks columns: nothing was written. */
export class RoadmapSheetError extends Error {}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A date cell → ISO day. A date cell holds midnight of its day in the spreadsheet's zone; adding 12 hours
 * and reading the UTC day gives that day for every zone from UTC−11 to UTC+12 (all of Russia) without a
 * service call per cell.
 */
export function isoOfCell(value: unknown): string | null {
  if (value instanceof Date || Object.prototype.toString.call(value) === "[object Date]") {
    const t = (value as Date).getTime();
    if (Number.isNaN(t)) return null;
    const d = new Date(t + DAY_MS / 2);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  const text = String(value ?? "").trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  if (m) return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** «Выполнено (дата)»: a date is that day; any other mark («да», «✓») counts as done today. */
function doneOf(value: unknown, today: string): string | null {
  if (value === "" || value === null || value === undefined || value === false) return null;
  return isoOfCell(value) ?? today;
}

/** Text Sheets must keep as text: «1.1» must not become a number, «15.09.2022» not a date, «=…» not a formula. */
export const textCell = (value: unknown): Cell => keepCell(value);

const text = (v: unknown) =>
  v === null || v === undefined ? "" : v instanceof Date ? (isoOfCell(v) ?? "") : String(v).trim();

export function roadmapSheet(ss: Spreadsheet): Sheet {
  const sheet = ss.getSheetByName(ROADMAP_SPEC.name);
  if (!sheet) throw new RoadmapSheetError(T.sheetMissing(ROADMAP_SPEC.name));
  return sheet;
}

function checkColumns(table: Table): void {
  const missing = ROADMAP_KEYS.filter((k) => table.columns[k] === undefined);
  if (missing.length) {
    const headers = missing.map((k) => ROADMAP_SPEC.columns.find((c) => c.key === k)?.header ?? k);
    throw new RoadmapSheetError(T.headerMissing(ROADMAP_SPEC.name, headers));
  }
}

/** The curator's own columns ride along under these keys so a re-ordered row keeps them. */
const ownKey = (index: number) => `#${index}`;

/** A formula read from the sheet, kept apart from text that merely starts with «=» (which stays text). */
class FormulaCell {
  constructor(readonly formula: string) {}
  toString(): string {
    return this.formula;
  }
}

function isBlank(row: readonly unknown[]): boolean {
  return row.every((c) => c === "" || c === null || c === undefined);
}

function emptySummary(sheet: string, deadlineColumn: number): RoadmapSummary {
  return {
    sheet,
    total: 0,
    byStatus: { выполнено: 0, просрочено: 0, "в работе": 0, запланировано: 0, "без срока": 0 },
    overdue: [],
    overdueTotal: 0,
    needsDate: [],
    needsDateTotal: 0,
    deadlineColumn,
  };
}

function addToSummary(summary: RoadmapSummary, row: number, cells: ExistingRow, s: RowSchedule): void {
  summary.total++;
  summary.byStatus[s.status]++;
  const ref = (): RoadmapRowRef => ({
    row,
    number: text(cells.number),
    title: text(cells.title),
    deadlineText: text(cells.deadlineText),
    end: s.end,
    status: s.status,
    attention: s.attention,
  });
  if (s.status === "просрочено") {
    summary.overdueTotal++;
    if (summary.overdue.length < LIST_LIMIT) summary.overdue.push(ref());
  }
  if (s.attention && s.status !== "выполнено") {
    summary.needsDateTotal++;
    if (summary.needsDate.length < LIST_LIMIT) summary.needsDate.push(ref());
  }
}

const rowDates = (cells: ExistingRow, today: string) => ({
  deadlineText: text(cells.deadlineText),
  start: isoOfCell(cells.start),
  end: isoOfCell(cells.end),
  doneDate: doneOf(cells.doneDate, today),
});

/** The sheet as an import sees it: its rows keyed by column, formulas kept as formulas. */
interface SheetRows {
  sheet: Sheet;
  table: Table;
  width: number;
  known: Map<number, string>;
  /** Every row under the header, blank ones too (their place is kept). */
  existing: ExistingRow[];
}

function readRows(ss: Spreadsheet): SheetRows {
  const sheet = roadmapSheet(ss);
  const zone = zoneOf(ss);
  const table = readTable(sheet, ROADMAP_SPEC, { zone, withFormulas: true });
  checkColumns(table);
  const width = Math.max(table.header.length, 1);
  const known = new Map(Object.entries(table.columns).map(([key, index]) => [index, key]));
  const existing: ExistingRow[] = [];
  for (let r = 1; r < table.values.length; r++) {
    const values = table.values[r];
    const row: ExistingRow = {};
    for (let c = 0; c < width; c++) {
      const formula = table.formulas?.[r]?.[c];
      row[known.get(c) ?? ownKey(c)] = formula ? new FormulaCell(formula) : (values[c] ?? "");
    }
    existing.push(row);
  }
  return { sheet, table, width, known, existing };
}

/** What an import would do, for the preview: nothing is written. */
export interface ImportPlan {
  merge: MergeResult;
  /** Sheet row of each existing row (index in the merge's `existing`). */
  sheetRows: number[];
  /** Changes when the sheet changes: the preview's token includes it. */
  sheetFingerprint: string;
}

export function planRoadmapImport(
  ss: Spreadsheet,
  items: readonly RoadmapItem[],
  links: Readonly<Record<string, number>> = {},
): ImportPlan {
  const { existing } = readRows(ss);
  return {
    merge: mergeRoadmap(existing, items, { links }),
    sheetRows: existing.map((_, i) => i + 2),
    sheetFingerprint: fingerprint(existing.map((r) => Object.values(r).map((v) => text(v)))),
  };
}

/**
 * Merge `items` into the sheet and write it back, keeping the previous roadmap for «Отменить импорт»
 * (roadmapBackup.ts). Rows the document does not have are written back exactly as read; rows whose
 * deadline text is new get their dates from the text, the others keep theirs (a curator's own dates
 * win). Throws RoadmapSheetError (before any write) when the sheet or one of its columns is missing,
 * and when `expected` is given and the sheet changed since the preview.
 */
export function importRoadmapItems(
  ss: Spreadsheet,
  items: readonly RoadmapItem[],
  context: PeriodContext,
  today: string,
  options: { links?: Readonly<Record<string, number>>; expected?: string } = {},
): ImportOutcome {
  const { sheet, table, width, known, existing } = readRows(ss);
  if (options.expected !== undefined) {
    const now = fingerprint(existing.map((r) => Object.values(r).map((v) => text(v))));
    if (now !== options.expected) throw new RoadmapSheetError(T.changedSincePreview);
  }
  const merged = mergeRoadmap(existing, items, { links: options.links });
  const endColumn = table.columns.end + 1;
  const oldHeight = table.values.length - 1;
  const oldNotes = oldHeight > 0 ? sheet.getRange(2, endColumn, oldHeight, 1).getNotes() : ([] as string[][]);
  const noteOf = new Map(existing.map((row, i) => [row, oldNotes[i]?.[0] ?? ""]));

  const summary = emptySummary(sheet.getName(), table.columns.deadlineText + 1);
  const height = Math.max(merged.rows.length, oldHeight, 1);
  const block: Cell[][] = [];
  const notes: string[][] = [];
  merged.rows.forEach((cells, i) => {
    const change = merged.changes[i];
    const fromText = change === "added" || (change === "updated" && text(cells.end) === "" && text(cells.start) === "");
    const s = scheduleRow(rowDates(cells, today), context, today, { textWins: fromText });
    if (!isBlank(Object.values(cells))) addToSummary(summary, i + 2, cells, s);
    const out: Record<string, unknown> =
      change === "absent"
        ? cells
        : { ...cells, start: s.start ?? "", end: s.end ?? "", repeat: s.repeat, status: s.status };
    block.push(
      Array.from({ length: width }, (_, c) => {
        const key = known.get(c) ?? ownKey(c);
        const value = out[key];
        if (value instanceof FormulaCell) return value.formula; // the curator's formula stays a formula
        if (change !== "absent" && (key === "start" || key === "end"))
          return encodeCell({ type: "date" }, value, table.zone);
        if (isDateValue(value)) return value; // a date as read (a done mark) stays that instant
        return textCell(value);
      }),
    );
    notes.push([change === "absent" ? (noteOf.get(cells) ?? "") : s.note]);
  });
  while (block.length < height) {
    block.push(Array.from({ length: width }, () => ""));
    notes.push([""]);
  }

  const backup = backupRoadmap(ss, sheet, table.values.length, width, endColumn);
  // One unconditional growth: the same calls whatever the size (at least one row, so never zero).
  const maxRows = sheet.getMaxRows();
  const grow = Math.max(1, height + 1 - maxRows);
  sheet.insertRowsAfter(maxRows, grow);
  const rules = sheet.getRange(2, 1, 1, width).getDataValidations()[0];
  sheet.getRange(maxRows + 1, 1, grow, width).setDataValidations(Array.from({ length: grow }, () => rules));

  const range = sheet.getRange(2, 1, height, width);
  range.setValues(block);
  sheet.getRange(2, endColumn, height, 1).setNotes(notes);
  applyStatusColours(sheet, table.columns, maxRows + grow, width);
  recordImport(backup, range.getValues() as Cell[][], {
    added: merged.added.length,
    updated: merged.updated.length,
    unchanged: merged.unchanged.length,
  });
  sheet.activate(); // the curator sees the rows arrive
  return {
    ...summary,
    added: merged.added,
    updated: merged.updated,
    unchanged: merged.unchanged,
    notInDocument: merged.notInDocument,
  };
}

/**
 * Recompute the computed columns from the sheet as it is (the curator may have edited texts, dates and
 * done marks) and write back only the columns that changed, one setValues each. Returns null when the
 * sheet or a column is missing (the structure check reports that).
 */
export function refreshRoadmap(
  ss: Spreadsheet,
  context: PeriodContext,
  today: string,
  options: { write: boolean },
): RoadmapSummary | null {
  const sheet = ss.getSheetByName(ROADMAP_SPEC.name);
  if (!sheet) return null;
  const zone = zoneOf(ss);
  const table = readTable(sheet, ROADMAP_SPEC, { zone });
  if (ROADMAP_KEYS.some((k) => table.columns[k] === undefined)) return null;
  const summary = emptySummary(sheet.getName(), table.columns.deadlineText + 1);
  const height = table.values.length - 1;
  if (height < 1) return summary;
  const computed = ["start", "end", "repeat", "status"] as const;
  const columns = Object.fromEntries(
    computed.map((k) => [k, table.values.slice(1).map((row) => [row[table.columns[k]] ?? ""] as Cell[])]),
  ) as Record<(typeof computed)[number], Cell[][]>;
  const notes: string[][] = [];
  const changed = new Set<string>();
  for (let r = 1; r <= height; r++) {
    const values = table.values[r];
    notes.push([""]);
    if (isBlank(values)) continue;
    const cells: ExistingRow = {};
    for (const key of ROADMAP_KEYS) cells[key] = values[table.columns[key]] ?? "";
    if (!text(cells.title) && !text(cells.number) && !text(cells.deadlineText)) continue;
    const s = scheduleRow(rowDates(cells, today), context, today, { textWins: false });
    addToSummary(summary, r + 1, cells, s);
    notes[r - 1] = [s.note];
    const next = { start: s.start ?? "", end: s.end ?? "", repeat: s.repeat, status: s.status };
    for (const key of computed) {
      const before = key === "start" || key === "end" ? (isoOfCell(cells[key]) ?? "") : text(cells[key]);
      if (before !== next[key]) {
        columns[key][r - 1] = [
          key === "start" || key === "end" ? encodeCell({ type: "date" }, next[key], zone) : textCell(next[key]),
        ];
        changed.add(key);
      }
    }
  }
  if (options.write) {
    for (const key of computed)
      if (changed.has(key)) sheet.getRange(2, table.columns[key] + 1, height, 1).setValues(columns[key]);
    if (changed.size) sheet.getRange(2, table.columns.end + 1, height, 1).setNotes(notes);
  }
  return summary;
}

/** Colours: the add-on's three rules, recognised by colour and status word, replaced on every import. */
export const STATUS_COLOURS = { overdue: "#f4c7c3", soon: "#fce8b2", done: "#b7e1cd" } as const;

function columnLetter(index1: number): string {
  let s = "";
  for (let n = index1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const background = (condition.getBackground() ?? "").toLowerCase();
  const formula = String(condition.getCriteriaValues()[0] ?? "");
  return Object.values(STATUS_COLOURS).includes(background as never) && /"(просрочено|выполнено)"/.test(formula);
}

function applyStatusColours(sheet: Sheet, columns: Record<string, number>, maxRows: number, width: number): void {
  const status = `$${columnLetter(columns.status + 1)}2`;
  const end = `$${columnLetter(columns.end + 1)}2`;
  const range = sheet.getRange(2, 1, Math.max(maxRows - 1, 1), width);
  const rule = (formula: string, colour: string) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(colour)
      .setRanges([range])
      .build();
  const ours = [
    rule(`=${status}="просрочено"`, STATUS_COLOURS.overdue),
    rule(`=${status}="выполнено"`, STATUS_COLOURS.done),
    rule(
      `=AND(${status}<>"выполнено",${status}<>"просрочено",ISNUMBER(${end}),${end}>=TODAY(),${end}-TODAY()<=30)`,
      STATUS_COLOURS.soon,
    ),
  ];
  const others = sheet.getConditionalFormatRules().filter((r) => !isOurRule(r));
  sheet.setConditionalFormatRules([...ours, ...others]);
}

/** The context the roadmap was imported with, kept so a refresh dates the texts the same way. */
export function saveRoadmapContext(context: PeriodContext): void {
  PropertiesService.getDocumentProperties().setProperty(CONTEXT_PROPERTY, JSON.stringify(context));
}

export function loadRoadmapContext(): PeriodContext | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(CONTEXT_PROPERTY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as PeriodContext;
    return parsed && typeof parsed === "object" ? parsed : null;
  } catch {
    return null;
  }
}

/** Today in the spreadsheet's zone: two calls, whatever the size. */
export function todayOf(ss: Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), "yyyy-MM-dd");
}
