/**
 * Where processing an answer reads and writes rows. Two ways with one interface:
 * - `LiveWorkspace` (one submission): reads only the columns it needs of each sheet (the key columns, or
 *   fewer when a questionnaire only looks a personal code up: ID and code), one getValues per run of
 *   adjacent columns whatever the number of rows; the one row it updates; and writes that row with one
 *   call: a fixed number of service calls per submission;
 * - `BatchWorkspace` («Повторить обработку», many answers): reads whole tables once, writes each touched
 *   sheet once at the end.
 * Both keep indexes over what they read (the row an answer updates, people by ID, personal code, name and
 * e-mail, pairs by code and by person), updated as rows are appended and updated, so that an answer costs
 * the same whatever the size of the registers and a batch of answers costs time in proportion to their number.
 * Both check each sheet's header on its first read (the structure guard): a missing column stops the answer
 * with a StructureError, and so does a row that would write a column the sheet lacks, so an answer is never
 * taken with part of its data going nowhere.
 * Written cells go through the cell codec by column type: answer text is never taken as a formula; formulas
 * already in a row stay. Side records of an answer (the previous values it overwrote, possible duplicates it
 * created) go to «История изменений» and «Возможные дубликаты»: one block write each, live or at the batch's end.
 */
import { decodeCell } from "../domain/workbook/codec";
import type { Refs } from "../domain/participants";
import type { MenteeRecord, MentorRecord, PairRef } from "../domain/participants";
import type { IsoDate } from "../domain/common/dates";
import { ID_PREFIX } from "../domain/participants/ids";
import {
  cellKey,
  PairLookup,
  PeopleLookup,
  sameCell,
  type RegisterLookup,
  type Registered,
} from "../domain/questionnaires";
import type { DuplicateRow } from "../domain/questionnaires/duplicates";
import type { HistoryRow } from "../domain/questionnaires/history";
import type { KeyPart } from "../domain/questionnaires/target";
import { NEEDS } from "../domain/workbook/needs";
import type { Settings } from "../domain/workbook/settings";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import { columnSpec } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { requireColumns, requireNeeds, StructureError } from "../sheets/structureGuard";
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
import { codeRecords, menteeRecords, mentorRecords, pairRefs } from "./records";
import { appendRecords } from "./sideSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type BlockKey = "mentors" | "mentees" | "pairs" | "preferences" | "meetings" | "surveys";

/** Columns an answer is matched by, or that the choice lists and the mapper read (domain/workbook/needs.ts). */
export const KEY_COLUMNS: Record<BlockKey, readonly string[]> = NEEDS.answers;

export interface Block {
  key: BlockKey;
  /** Cells by column key: the key columns at least. */
  rows: Array<Record<string, unknown>>;
  /** Sheet row number of each entry of `rows`. */
  rowNumbers: number[];
}

/** Columns enough to find a respondent by personal code (the survey, preference and meeting forms). */
export const CODE_COLUMNS: readonly string[] = ["id", "code"];

export type PeopleKey = "mentors" | "mentees";

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
  /** The rows whose key cells are the same (planUpsert's rule, sameCell), in sheet order: found by an index. */
  findRows(block: Block, key: readonly KeyPart[]): number[];
  /**
   * The registers an answer is read against, indexed; only `need` are read (the others are empty).
   * `codesOnly`: ID and personal code are enough (the questionnaires that only look a code up).
   */
  registers(need: ReadonlySet<PeopleKey | "pairs">, options: RegisterOptions): Registers;
}

export interface Registers {
  mentors: ReadonlyArray<Registered<MentorRecord>>;
  mentees: ReadonlyArray<Registered<MenteeRecord>>;
  pairs: readonly PairRef[];
  lookup: RegisterLookup;
}

/** A missing sheet stops the answer like a damaged header does (and «Восстановить заголовки» creates it). */
export class SheetMissingError extends StructureError {
  constructor(readonly sheetName: string) {
    super({ kind: "sheet", sheet: sheetName });
  }
}

function sheetOf(ss: Spreadsheet, key: SheetKey): Sheet {
  const sheet = ss.getSheetByName(SHEETS[key].name);
  if (!sheet) throw new SheetMissingError(SHEETS[key].name);
  return sheet;
}

const isBlankCell = (v: unknown) => v === "" || v === null || v === undefined;

/** The spec keys among `cells`: what a write puts into the sheet. */
function writtenKeys(key: BlockKey, cells: Record<string, unknown>): string[] {
  return SHEETS[key].columns.filter((c) => c.key in cells).map((c) => c.key);
}

const SEPARATOR = "\u0001";

/** Rows of one block by the index keys of some of their columns (cellKey), kept in step with writes. */
class RowIndex {
  private readonly buckets = new Map<string, number[]>();
  constructor(
    readonly columns: readonly string[],
    rows: ReadonlyArray<Record<string, unknown>>,
  ) {
    rows.forEach((row, i) => this.add(row, i));
  }
  keyOf(row: Readonly<Record<string, unknown>>): string {
    return this.columns.map((c) => cellKey(c, row[c])).join(SEPARATOR);
  }
  add(row: Readonly<Record<string, unknown>>, index: number): void {
    const k = this.keyOf(row);
    const list = this.buckets.get(k);
    if (list) list.push(index);
    else this.buckets.set(k, [index]);
  }
  remove(row: Readonly<Record<string, unknown>>, index: number): void {
    const list = this.buckets.get(this.keyOf(row));
    const at = list ? list.indexOf(index) : -1;
    if (list && at >= 0) list.splice(at, 1);
  }
  candidates(key: readonly KeyPart[]): readonly number[] {
    const row: Record<string, unknown> = {};
    for (const k of key) row[k.column] = k.value;
    return this.buckets.get(this.keyOf(row)) ?? [];
  }
}

interface People<P> {
  key: PeopleKey;
  options: RegisterOptions;
  records: P[];
  lookup: PeopleLookup<P & { id: string; name: string }>;
}

export interface RegisterOptions {
  /** ID and personal code are enough: people are read as codeRecords. */
  codesOnly: boolean;
  /** Dates the age of a row with a birth date and no «Возраст» (records.ts). */
  today: IsoDate;
}

/**
 * What both workspaces share: the indexes over the blocks they read, and keeping them in step. A subclass
 * reads blocks and writes rows; it calls `appended` and `updated` after changing `block.rows`, and `forget`
 * when it replaces a block. People are indexed per kind of read (code-only or whole records): a batch may
 * hold both; the records of a batch keep the age they had at the first answer that read them.
 */
abstract class IndexedWorkspace implements Workspace {
  private readonly rowIndexes = new Map<string, RowIndex>();
  private readonly people = new Map<string, People<MentorRecord | MenteeRecord>>();
  private pairs: { refs: PairRef[]; lookup: PairLookup } | undefined;

  constructor(
    readonly refs: Refs,
    readonly settings: Settings,
  ) {}

  abstract block(key: BlockKey, columns?: readonly string[]): Block;
  abstract fullRow(block: Block, index: number): Record<string, unknown>;
  abstract update(block: Block, index: number, cells: Record<string, unknown>): void;
  abstract append(block: Block, cells: Record<string, unknown>): void;
  abstract recordHistory(rows: readonly HistoryRow[]): void;
  abstract flagDuplicates(rows: readonly DuplicateRow[]): void;

  findRows(block: Block, key: readonly KeyPart[]): number[] {
    const columns = key.map((k) => k.column);
    const id = `${block.key}:${columns.join(",")}`;
    let index = this.rowIndexes.get(id);
    if (!index) {
      index = new RowIndex(columns, block.rows);
      this.rowIndexes.set(id, index);
    }
    return index
      .candidates(key)
      .filter((i) => key.every((k) => sameCell(k.column, block.rows[i][k.column], k.value)))
      .sort((a, b) => a - b);
  }

  registers(need: ReadonlySet<PeopleKey | "pairs">, options: RegisterOptions): Registers {
    const mentors = need.has("mentors") ? (this.peopleOf("mentors", options) as People<MentorRecord>) : undefined;
    const mentees = need.has("mentees") ? (this.peopleOf("mentees", options) as People<MenteeRecord>) : undefined;
    const pairs = need.has("pairs") ? this.pairsOf() : undefined;
    return {
      mentors: mentors?.records ?? [],
      mentees: mentees?.records ?? [],
      pairs: pairs?.refs ?? [],
      lookup: {
        mentors: mentors?.lookup ?? new PeopleLookup<MentorRecord>(ID_PREFIX.mentors),
        mentees: mentees?.lookup ?? new PeopleLookup<MenteeRecord>(ID_PREFIX.mentees),
        pairs: pairs?.lookup ?? new PairLookup(),
      },
    };
  }

  private peopleOf(key: PeopleKey, options: RegisterOptions): People<MentorRecord | MenteeRecord> {
    const id = `${key}:${options.codesOnly ? "codes" : "records"}`;
    let known = this.people.get(id);
    if (!known) {
      const b = this.block(key, options.codesOnly ? CODE_COLUMNS : KEY_COLUMNS[key]);
      const records = this.recordsOf(key, b.rows, b.rowNumbers, options);
      known = { key, options, records, lookup: new PeopleLookup(ID_PREFIX[key], records) };
      this.people.set(id, known);
    }
    return known;
  }

  private recordsOf(
    key: PeopleKey,
    rows: ReadonlyArray<Record<string, unknown>>,
    rowNumbers: readonly number[],
    options: RegisterOptions,
  ): Array<MentorRecord | MenteeRecord> {
    if (options.codesOnly)
      return key === "mentors" ? codeRecords("mentor", rows, rowNumbers) : codeRecords("mentee", rows, rowNumbers);
    return key === "mentors"
      ? mentorRecords(rows, rowNumbers, options.today)
      : menteeRecords(rows, rowNumbers, options.today);
  }

  private pairsOf(): { refs: PairRef[]; lookup: PairLookup } {
    if (!this.pairs) {
      const refs = pairRefs(this.block("pairs").rows);
      this.pairs = { refs, lookup: new PairLookup(refs) };
    }
    return this.pairs;
  }

  /** The people indexes built over a register (one per kind of read). */
  private peopleIndexes(key: BlockKey): Array<People<MentorRecord | MenteeRecord>> {
    return [...this.people.values()].filter((known) => known.key === key);
  }

  /** After `block.rows[index]` was pushed. */
  protected appended(block: Block, index: number): void {
    for (const [id, rowIndex] of this.rowIndexes)
      if (id.startsWith(`${block.key}:`)) rowIndex.add(block.rows[index], index);
    if (block.key === "mentors" || block.key === "mentees") {
      for (const known of this.peopleIndexes(block.key)) {
        const [record] = this.recordsOf(block.key, [block.rows[index]], [block.rowNumbers[index]], known.options);
        known.records.push(record);
        known.lookup.add(record);
      }
    }
    if (block.key === "pairs") this.pairs = undefined;
  }

  /** After `block.rows[index]` was replaced; `before` is the row as it was. */
  protected updated(block: Block, index: number, before: Readonly<Record<string, unknown>>): void {
    for (const [id, rowIndex] of this.rowIndexes) {
      if (!id.startsWith(`${block.key}:`)) continue;
      rowIndex.remove(before, index);
      rowIndex.add(block.rows[index], index);
    }
    if (block.key === "mentors" || block.key === "mentees") {
      for (const known of this.peopleIndexes(block.key)) {
        const [record] = this.recordsOf(block.key, [block.rows[index]], [block.rowNumbers[index]], known.options);
        known.lookup.replace(known.records[index], record);
        known.records[index] = record;
      }
    }
    if (block.key === "pairs") this.pairs = undefined;
  }

  /** Before a block is replaced by a fresh read: what was built over it goes. */
  protected forget(key: BlockKey): void {
    for (const id of [...this.rowIndexes.keys()]) if (id.startsWith(`${key}:`)) this.rowIndexes.delete(id);
    for (const [id, known] of [...this.people]) if (known.key === key) this.people.delete(id);
    if (key === "pairs") this.pairs = undefined;
  }
}

interface LiveSheet {
  sheet: Sheet;
  width: number;
  lastRow: number;
  header: unknown[];
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

export class LiveWorkspace extends IndexedWorkspace {
  private readonly sheets = new Map<BlockKey, LiveSheet>();
  constructor(
    private readonly ss: Spreadsheet,
    refs: Refs,
    settings: Settings,
  ) {
    super(refs, settings);
  }

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
    const header = known?.header ?? sheet.getRange(1, 1, 1, width).getValues()[0];
    if (!known) requireNeeds({ spec, header }, NEEDS.answers);
    const columns = known?.columns ?? mapColumns(spec, header).columns;
    const wanted = [...new Set([...(known?.read ?? []), ...wantedColumns])].filter((k) => columns[k] !== undefined);
    // A re-read replaces the block: the indexes over the old one go.
    if (known) this.forget(key);
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
    const live = { sheet, width, lastRow: Math.max(lastRow, 1), header, columns, read: new Set(wanted), block };
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
    requireColumns({ spec: SHEETS[block.key], header: live.header }, writtenKeys(block.key, cells));
    const rowNumber = block.rowNumbers[index];
    const base = this.readRow(live, rowNumber);
    const out = encodeRow(SHEETS[block.key], live.columns, live.width, cells, this.zone(), base, rowNumber);
    live.sheet.getRange(rowNumber, 1, 1, live.width).setValues([out]);
    const before = block.rows[index];
    block.rows[index] = { ...before, ...cells };
    this.rowCache.delete(`${block.key}:${rowNumber}`);
    this.updated(block, index, before);
  }

  append(block: Block, cells: Record<string, unknown>): void {
    const live = this.of(block);
    requireColumns({ spec: SHEETS[block.key], header: live.header }, writtenKeys(block.key, cells));
    const out = encodeRow(SHEETS[block.key], live.columns, live.width, cells, this.zone(), undefined, live.lastRow + 1);
    // appendRow is atomic: a competing writer cannot take the same row.
    live.sheet.appendRow(out);
    live.lastRow += 1;
    block.rows.push({ ...cells });
    block.rowNumbers.push(live.lastRow);
    this.appended(block, block.rows.length - 1);
  }
}

interface BatchEntry {
  table: Table;
  block: Block;
  patches: Map<number, Record<string, unknown>>;
  next: number;
}

export class BatchWorkspace extends IndexedWorkspace {
  /** Each sheet read once; a sheet that failed its check keeps failing without being read again. */
  private readonly tables = new Map<BlockKey, BatchEntry | StructureError>();
  private readonly history: HistoryRow[] = [];
  private readonly duplicates: DuplicateRow[] = [];
  constructor(
    private readonly ss: Spreadsheet,
    refs: Refs,
    settings: Settings,
  ) {
    super(refs, settings);
  }

  recordHistory(rows: readonly HistoryRow[]): void {
    this.history.push(...rows);
  }

  flagDuplicates(rows: readonly DuplicateRow[]): void {
    this.duplicates.push(...rows);
  }

  private entry(key: BlockKey): BatchEntry {
    const known = this.tables.get(key);
    if (known instanceof StructureError) throw known;
    if (known) return known;
    let table: Table;
    try {
      table = readTable(sheetOf(this.ss, key), SHEETS[key], { zone: zoneOf(this.ss), withFormulas: true });
      requireNeeds(table, NEEDS.answers);
    } catch (error) {
      if (error instanceof StructureError) this.tables.set(key, error);
      throw error;
    }
    const block: Block = {
      key,
      rows: table.rows.map((r) => ({ ...r.cells })),
      rowNumbers: table.rows.map((r) => r.rowNumber),
    };
    let last = 1;
    for (const n of block.rowNumbers) if (n > last) last = n;
    const entry = { table, block, patches: new Map<number, Record<string, unknown>>(), next: last + 1 };
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
    requireColumns(e.table, writtenKeys(block.key, cells));
    const rowNumber = block.rowNumbers[index];
    const before = block.rows[index];
    block.rows[index] = { ...before, ...cells };
    e.patches.set(rowNumber, { ...(e.patches.get(rowNumber) ?? {}), ...cells });
    this.updated(block, index, before);
  }

  append(block: Block, cells: Record<string, unknown>): void {
    const e = this.entry(block.key);
    requireColumns(e.table, writtenKeys(block.key, cells));
    const rowNumber = e.next++;
    block.rows.push({ ...cells });
    block.rowNumbers.push(rowNumber);
    e.patches.set(rowNumber, { ...cells });
    this.appended(block, block.rows.length - 1);
  }

  /** One setValues per run of each changed sheet's own columns (and one per side record sheet). */
  flush(): void {
    const zone = zoneOf(this.ss);
    appendRecords(this.ss, SHEETS.history, this.history.splice(0), zone, { hidden: true, block: true });
    appendRecords(this.ss, SHEETS.duplicates, this.duplicates.splice(0), zone, { block: true });
    for (const e of this.tables.values()) {
      if (e instanceof StructureError || e.patches.size === 0) continue;
      const patches: RowPatch[] = [...e.patches.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([rowNumber, cells]) => ({ rowNumber, cells }));
      writeTable(e.table, patches);
      e.patches.clear();
    }
  }
}
