/**
 * «Пары», «Наставники» and «Наставляемые» ⇄ the pair lifecycle (domain/pairs/lifecycle.ts): rows as the
 * lifecycle sees them, and its changes written back. Each base is read once (values and formulas, so the
 * per-row formulas survive the write) and written once, whatever the number of rows.
 */
import { squashSpaces } from "../domain/common/normalise";
import {
  followPairs,
  peopleOf,
  type PairChange,
  type PairState,
  type PersonChange,
  type PersonState,
} from "../domain/pairs/lifecycle";
import type { IsoDate } from "../domain/common/dates";
import { rowsFromGrid, type RowOf } from "../domain/workbook/rows";
import { SHEETS } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { readTable, writeTable, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const text = (v: unknown): string => squashSpaces(String(v ?? ""));
/** A date cell: IsoDate (decoded), the text typed when it is not a date, or undefined when blank. */
const dateCell = (v: unknown): string | undefined =>
  v === "" || v === undefined || v === null ? undefined : String(v);

/** The rows as the table now holds them (writeTable keeps `values` in step, not the decoded `rows`). */
function currentRows(table: Table): RowOf[] {
  return rowsFromGrid(table.spec, table.values, table.zone).rows;
}

export function pairStates(table: Table): Array<PairState & { archived?: string }> {
  return currentRows(table).map(({ rowNumber, cells }) => ({
    row: rowNumber,
    pairId: text(cells.pairId),
    mentorId: text(cells.mentorId),
    menteeId: text(cells.menteeId),
    status: text(cells.status),
    start: dateCell(cells.start),
    end: dateCell(cells.end),
    archived: text(cells.archived) || undefined,
  }));
}

export function personStates(table: Table | null): PersonState[] {
  if (!table) return [];
  return currentRows(table).map(({ rowNumber, cells }) => ({
    row: rowNumber,
    id: text(cells.id),
    name: text(cells.name),
    status: text(cells.status),
    joined: dateCell(cells.joined),
    ended: dateCell(cells.ended),
  }));
}

export interface PeopleTables {
  mentors: Table | null;
  mentees: Table | null;
}

export function readPeopleTables(ss: Spreadsheet, zone: Zone): PeopleTables {
  const read = (key: "mentors" | "mentees") => {
    const sheet = ss.getSheetByName(SHEETS[key].name);
    return sheet ? readTable(sheet, SHEETS[key], { zone, withFormulas: true }) : null;
  };
  return { mentors: read("mentors"), mentees: read("mentees") };
}

/** Writes the people's changes: one write per base that has any. */
export function writePersonChanges(tables: PeopleTables, changes: readonly PersonChange[]): void {
  for (const [role, table] of [
    ["mentor", tables.mentors],
    ["mentee", tables.mentees],
  ] as const) {
    const own = changes.filter((c) => c.role === role);
    if (!table || own.length === 0) continue;
    writeTable(
      table,
      own.map((c) => ({ rowNumber: c.row, cells: { ...c.cells } })),
    );
  }
}

export function writePairChanges(table: Table, changes: readonly PairChange[]): void {
  if (changes.length === 0) return;
  writeTable(
    table,
    changes.map((c) => ({ rowNumber: c.row, cells: { ...c.cells } })),
  );
}

/**
 * After some rows of «Пары» changed (already written, `pairs` read after): the people of those rows follow
 * their pairs. Reads both bases once, writes each once. Returns the people changed.
 */
export function followPairRows(ss: Spreadsheet, pairs: Table, rows: ReadonlySet<number>, day: IsoDate): PersonChange[] {
  const states = pairStates(pairs);
  const changed = states.filter((p) => rows.has(p.row));
  if (changed.length === 0) return [];
  const tables = readPeopleTables(ss, pairs.zone);
  const changes = followPairs(
    { mentors: personStates(tables.mentors), mentees: personStates(tables.mentees) },
    states,
    day,
    { who: peopleOf(changed) },
  );
  writePersonChanges(tables, changes);
  return changes;
}
