/**
 * Where processing an answer reads and writes rows. Two ways with one interface:
 * - `LiveWorkspace` (one submission): reads only the columns it needs of each sheet (the key columns, or
 *   fewer when a questionnaire only looks a personal code up: ID and code), one getValues per run of
 *   adjacent columns whatever the number of rows; the one row it updates; and writes that row with one
 *   call: a fixed number of service calls per submission;
 * - `BatchWorkspace` («Повторить обработку», many answers): reads whole tables once, writes each touched
 *   sheet once at the end.
 * Written cells go through the cell codec: answer text is never taken as a formula; formulas already in a
 * row stay. Side records of an answer (the previous values it overwrote, possible duplicates it created) go
 * to «История изменений» and «Возможные дубликаты»: one block write each, live or at the batch's end.
 */
import { decodeCell } from "../domain/workbook/codec";
import type { Refs } from "../domain/participants";
import { CuratorError } from "../domain/common/errors";
import type { DuplicateRow } from "../domain/questionnaires/duplicates";
import type { HistoryRow } from "../domain/questionnaires/history";
import type { Settings } from "../domain/workbook/settings";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import { columnSpec } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import {
  decodeRow,
  encodeRow,
  mapColumns,
  readTable,
  writeTable,
  zoneOf,
  type Cell,
  type RowPatch,
  type Table,
} from "../sheets/table";
import { appendRecords } from "./sideSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type BlockKey = "mentors" | "mentees" | "pairs" | "preferences" | "meetings" | "surveys";

/** Columns an answer is matched by, or that the choice lists and the mapper read. */
export const KEY_COLUMNS: Record<BlockKey, readonly string[]> = {
  mentors: ["id", "name", "category", "grade", "birthDate", "age", "consent", "contacts", "status", "code"],
  mentees: ["id", "name", "category", "grade", "birthDate", "age", "consent", "status", "code"],
  pairs: ["pairId", "mentorId", "mentorName", "menteeId", "menteeName", "status"],
  preferences: ["participantId"],
  meetings: ["pairId", "date", "type"],
  surveys: ["participantId", "questionnaire", "stage", "wave", "academicYear"],
};

export interface Block {
  key: BlockKey;
  /** Cells by column key: the key columns at least. */
  rows: Array<Record<string, unknown>>;
  /** Sheet row number of each entry of `rows`. */
  rowNumbers: number[];
}

/** Columns enough to find a respondent by personal code (the survey, preference and meeting forms). */
export const CODE_COLUMNS: readonly string[] = ["id", "code"];

export interface Workspace {
  readonly refs: Refs;
  readonly settings: Settings;
  /** The sheet's rows with `columns` at least (KEY_COLUMNS when not given). */
  block(key: BlockKey, columns?: readonly string[]): Block;
  /** Every known column of one row (for merging an update). */
  fullRow(block: Block, index: number): Record<string, unknown>;
  update(block: Block, index: number, cells: Record<string, unknown>): void;
  append(block: Block, cells: Record<string, unknown>): void;
  /** Cells an update overwrote, for «История изменений». */
  recordHistory(rows: readonly HistoryRow[]): void;
  /** New rows that may be a person already in the register, for «Возможные дубликаты». */
  flagDuplicates(rows: readonly DuplicateRow[]): void;
}

export class SheetMissingError extends CuratorError {
  constructor(readonly sheetName: string) {
    super(`нет листа «${sheetName}»`);
  }
}

function sheetOf(ss: Spreadsheet, key: SheetKey): Sheet {
  const sheet = ss.getSheetByName(SHEETS[key].name);
  if (!sheet) throw new SheetMissingError(SHEETS[key].name);
  return sheet;
}

const isBlankCell = (v: unknown) => v === "" || v === null || v === undefined;

interface LiveSheet {
  sheet: Sheet;
  width: number;
  lastRow: number;
  columns: Record<string, number>;
  /** Column keys read into `block.rows`. */
  read: Set<string>;
  block: Block;
}

/** Columns a read may take in between two it needs rather than make one more call. */
const READ_GAP = 2;

/** Runs [from, to] (0-based, inclusive) covering the indices, joined across gaps of up to READ_GAP. */
function readRuns(indices: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const i of [...new Set(indices)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && i - last[1] - 1 <= READ_GAP) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

export class LiveWorkspace implements Workspace {
  private readonly sheets = new Map<BlockKey, LiveSheet>();
  constructor(
    private readonly ss: Spreadsheet,
    readonly refs: Refs,
    readonly settings: Settings,
  ) {}

  recordHistory(rows: readonly HistoryRow[]): void {
    appendRecords(this.ss, SHEETS.history, rows, this.zone(), { hidden: true });
  }

  flagDuplicates(rows: readonly DuplicateRow[]): void {
    appendRecords(this.ss, SHEETS.duplicates, rows, this.zone());
  }

  private live(key: BlockKey, wantedColumns: readonly string[] = KEY_COLUMNS[key]): LiveSheet {
    const known = this.sheets.get(key);
    if (known && wantedColumns.every((c) => known.read.has(c) || known.columns[c] === undefined)) return known;
    // First read of the sheet, or more columns than were read: read them (a block an answer changed is
    // read before it is written, so a re-read sees the same rows).
    const spec = SHEETS[key];
    const sheet = known?.sheet ?? sheetOf(this.ss, key);
    const lastRow = known ? known.lastRow : sheet.getLastRow();
    const width = known?.width ?? Math.max(sheet.getLastColumn(), 1);
    const columns = known?.columns ?? mapColumns(spec, sheet.getRange(1, 1, 1, width).getValues()[0]).columns;
    const wanted = [...new Set([...(known?.read ?? []), ...wantedColumns])].filter((k) => columns[k] !== undefined);
    const block: Block = { key, rows: [], rowNumbers: [] };
    if (lastRow >= 2 && wanted.length > 0) {
      const zone = this.zone();
      const raw: unknown[][] = Array.from({ length: lastRow - 1 }, () => []);
      for (const [from, to] of readRuns(wanted.map((k) => columns[k]))) {
        const values = sheet.getRange(2, from + 1, lastRow - 1, to - from + 1).getValues();
        values.forEach((row, i) => row.forEach((v, j) => (raw[i][from + j] = v)));
      }
      raw.forEach((row, i) => {
        if (wanted.every((k) => isBlankCell(row[columns[k]]))) return;
        const cells: Record<string, unknown> = {};
        for (const k of wanted) cells[k] = decodeCell(columnSpec(key, k).type, row[columns[k]], zone);
        block.rows.push(cells);
        block.rowNumbers.push(i + 2);
      });
    }
    const live = { sheet, width, lastRow: Math.max(lastRow, 1), columns, read: new Set(wanted), block };
    this.sheets.set(key, live);
    return live;
  }

  block(key: BlockKey, columns?: readonly string[]): Block {
    return this.live(key, columns).block;
  }

  /** The sheet a block was read from (never reads again: the caller holds that block). */
  private of(block: Block): LiveSheet {
    const known = this.sheets.get(block.key);
    if (!known || known.block !== block) throw new Error(`block ${block.key} was not read by this workspace`);
    return known;
  }

  private zoneMemo: Zone | undefined;
  private zone(): Zone {
    return (this.zoneMemo ??= zoneOf(this.ss));
  }

  private rowCache = new Map<string, { values: Cell[]; formulas: string[] }>();

  private readRow(live: LiveSheet, rowNumber: number): { values: Cell[]; formulas: string[] } {
    const id = `${live.block.key}:${rowNumber}`;
    const cached = this.rowCache.get(id);
    if (cached) return cached;
    const range = live.sheet.getRange(rowNumber, 1, 1, live.width);
    const read = { values: range.getValues()[0] as Cell[], formulas: range.getFormulas()[0] };
    this.rowCache.set(id, read);
    return read;
  }

  fullRow(block: Block, index: number): Record<string, unknown> {
    const live = this.of(block);
    const { values } = this.readRow(live, block.rowNumbers[index]);
    return decodeRow(SHEETS[block.key], live.columns, values, this.zone());
  }

  update(block: Block, index: number, cells: Record<string, unknown>): void {
    const live = this.of(block);
    const rowNumber = block.rowNumbers[index];
    const base = this.readRow(live, rowNumber);
    const out = encodeRow(SHEETS[block.key], live.columns, live.width, cells, this.zone(), base, rowNumber);
    live.sheet.getRange(rowNumber, 1, 1, live.width).setValues([out]);
    block.rows[index] = { ...block.rows[index], ...cells };
    this.rowCache.delete(`${block.key}:${rowNumber}`);
  }

  append(block: Block, cells: Record<string, unknown>): void {
    const live = this.of(block);
    const out = encodeRow(SHEETS[block.key], live.columns, live.width, cells, this.zone(), undefined, live.lastRow + 1);
    // appendRow is atomic: a competing writer cannot take the same row.
    live.sheet.appendRow(out);
    live.lastRow += 1;
    block.rows.push({ ...cells });
    block.rowNumbers.push(live.lastRow);
  }
}

export class BatchWorkspace implements Workspace {
  private readonly tables = new Map<
    BlockKey,
    { table: Table; block: Block; patches: Map<number, Record<string, unknown>>; next: number }
  >();
  private readonly history: HistoryRow[] = [];
  private readonly duplicates: DuplicateRow[] = [];
  constructor(
    private readonly ss: Spreadsheet,
    readonly refs: Refs,
    readonly settings: Settings,
  ) {}

  recordHistory(rows: readonly HistoryRow[]): void {
    this.history.push(...rows);
  }

  flagDuplicates(rows: readonly DuplicateRow[]): void {
    this.duplicates.push(...rows);
  }

  private entry(key: BlockKey) {
    const known = this.tables.get(key);
    if (known) return known;
    const table = readTable(sheetOf(this.ss, key), SHEETS[key], { zone: zoneOf(this.ss), withFormulas: true });
    const block: Block = {
      key,
      rows: table.rows.map((r) => ({ ...r.cells })),
      rowNumbers: table.rows.map((r) => r.rowNumber),
    };
    const next = (block.rowNumbers.length ? Math.max(...block.rowNumbers) : 1) + 1;
    const entry = { table, block, patches: new Map<number, Record<string, unknown>>(), next };
    this.tables.set(key, entry);
    return entry;
  }

  block(key: BlockKey, _columns?: readonly string[]): Block {
    return this.entry(key).block;
  }

  fullRow(block: Block, index: number): Record<string, unknown> {
    return block.rows[index];
  }

  update(block: Block, index: number, cells: Record<string, unknown>): void {
    const e = this.entry(block.key);
    const rowNumber = block.rowNumbers[index];
    block.rows[index] = { ...block.rows[index], ...cells };
    e.patches.set(rowNumber, { ...(e.patches.get(rowNumber) ?? {}), ...cells });
  }

  append(block: Block, cells: Record<string, unknown>): void {
    const e = this.entry(block.key);
    const rowNumber = e.next++;
    block.rows.push({ ...cells });
    block.rowNumbers.push(rowNumber);
    e.patches.set(rowNumber, { ...cells });
  }

  /** One setValues per sheet that changed (and one per side record sheet). */
  flush(): void {
    const zone = zoneOf(this.ss);
    appendRecords(this.ss, SHEETS.history, this.history.splice(0), zone, { hidden: true, block: true });
    appendRecords(this.ss, SHEETS.duplicates, this.duplicates.splice(0), zone, { block: true });
    for (const e of this.tables.values()) {
      if (e.patches.size === 0) continue;
      const patches: RowPatch[] = [...e.patches.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([rowNumber, cells]) => ({ rowNumber, cells }));
      writeTable(e.table, patches);
      e.patches.clear();
    }
  }
}
