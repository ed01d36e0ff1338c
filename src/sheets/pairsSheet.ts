/**
 * «Пары» and the sheets matching reads, ⇄ the matching core. Every sheet is read once (one getValues;
 * «Пары» also one getFormulas, so a curator's formulas in kept rows survive) and «Пары» is written once,
 * whatever the number of rows.
 *
 * Writing proposals rebuilds the data block of «Пары»: kept rows (approved, active, ended, locked, and
 * anything that is not an unlocked «предложена») first, in their order and with every column, then the new
 * proposals, then blank rows over what is left of the old block. A proposal the optimiser makes again keeps
 * its pair ID; new pairs get the next number after every ID ever given (a document property remembers
 * the highest, so a dropped proposal's ID is not given to another pair).
 */
import { matchLabel, parseYesNo, squashSpaces } from "../domain/common/normalise";
import type { IsoDate } from "../domain/common/dates";
import { bandLabel } from "../domain/matching/advice";
import { pairKey } from "../domain/matching/compatibility";
import { readMatchingInput, type MatchingRows, type MatchingSheet } from "../domain/matching/input";
import { INPUT_MESSAGES } from "../domain/matching/messages";
import { isProposal, PROPOSED_STATUS, type RescoredPair } from "../domain/matching/review";
import { readMatchSettings } from "../domain/matching/settings";
import type { MatchRefs, MatchSettings, MatchingInput, Problem, ProposedPair } from "../domain/matching/types";
import { displayName } from "../domain/participants/displayName";
import { formatId, ID_PREFIX, idNumber } from "../domain/participants/ids";
import { PAIR_STATUSES } from "../domain/workbook/defaults";
import { NEEDS } from "../domain/workbook/needs";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import type { ProblemDto } from "../domain/common/problem";
import { readRefsTable, refsFromTable } from "./refLists";
import { readSettings } from "./settings";
import { requireNeeds } from "./structureGuard";
import { readTable, writeTable, zoneOf, type RowPatch, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Separator of the reasons in «Обоснование». */
export const REASON_SEPARATOR = " · ";

export interface MatchingWorkbook {
  pairs: Table | null;
  tables: Partial<Record<MatchingSheet | "refs", Table>>;
  /** Sheets matching cannot do without that are missing. */
  missingSheets: string[];
  input: MatchingInput;
  settings: MatchSettings;
  settingsProblems: Problem[];
  refs: MatchRefs;
  pseudonymous: boolean;
  /** Today in the spreadsheet's time zone (ISO). */
  today: IsoDate;
}

function sheetOf(ss: Spreadsheet, key: SheetKey) {
  return ss.getSheetByName(SHEETS[key].name);
}

const BASE_SHEETS: readonly MatchingSheet[] = ["mentors", "mentees", "preferences", "pairs"];
const REQUIRED_SHEETS: readonly MatchingSheet[] = ["mentors", "mentees", "pairs"];

/** Reads «Настройки», «Справочники», «Наставники», «Наставляемые», «Предпочтения» and «Пары», once each. */
export function readMatchingWorkbook(ss: Spreadsheet): MatchingWorkbook {
  const zone = zoneOf(ss);
  const all = readSettings(ss, zone);
  const { settings, problems: settingsProblems } = readMatchSettings(all.raw);
  const pseudonymous = all.pseudonymous;
  const tables: MatchingWorkbook["tables"] = {};
  tables.refs = readRefsTable(ss, zone);
  const refsProblems: Problem[] = [];
  const refs: MatchRefs = refsFromTable(tables.refs, refsProblems);

  const rows: MatchingRows = {};
  const rowNumbers: Partial<Record<MatchingSheet, number[]>> = {};
  const missingSheets: string[] = [];
  const columnProblems: Problem[] = [];
  for (const key of BASE_SHEETS) {
    const sheet = sheetOf(ss, key);
    if (!sheet) {
      if (REQUIRED_SHEETS.includes(key)) missingSheets.push(SHEETS[key].name);
      continue;
    }
    const table = readTable(sheet, SHEETS[key], { zone, withFormulas: key === "pairs" });
    // A column matching reads must be there: «Пары» without «Статус» would read every pair as free.
    requireNeeds(table, NEEDS.matching);
    tables[key] = table;
    rows[key] = table.rows.map((r) => r.cells);
    rowNumbers[key] = table.rows.map((r) => r.rowNumber);
    const name = SHEETS[key].name;
    for (const col of SHEETS[key].columns) {
      if (col.required && table.missing.includes(col.key))
        columnProblems.push({
          severity: "error",
          sheet: name,
          message: INPUT_MESSAGES.missingColumn(name, col.header),
        });
    }
  }
  const input = readMatchingInput(rows, refs, { rowNumbers });
  input.problems.unshift(...refsProblems, ...columnProblems);
  return {
    pairs: tables.pairs ?? null,
    tables,
    missingSheets,
    input,
    settings,
    settingsProblems,
    refs,
    pseudonymous,
    today: zone.today(),
  };
}

/** A matching problem as the sidebar lists it, with the column number for the link. */
export function problemDto(p: Problem, wb: Pick<MatchingWorkbook, "tables">): ProblemDto {
  const key = (Object.keys(SHEETS) as SheetKey[]).find((k) => SHEETS[k].name === p.sheet);
  const table = key ? wb.tables[key as MatchingSheet] : undefined;
  const colKey = key && p.column ? SHEETS[key].columns.find((c) => c.header === p.column)?.key : undefined;
  const index = colKey !== undefined ? table?.columns[colKey] : undefined;
  return {
    severity: p.severity,
    sheet: p.sheet,
    ...(p.row ? { row: p.row } : {}),
    ...(index !== undefined ? { column: index + 1 } : {}),
    message: p.message,
  };
}

// ---- the «Пары» block -------------------------------------------------------------------------------

export interface PairRowView {
  row: number;
  pairId: string;
  mentorId: string;
  menteeId: string;
  mentorName: string;
  menteeName: string;
  form: string;
  roleModel: string;
  score: number | null;
  reasons: string;
  status: string;
  locked: boolean;
}

const text = (v: unknown): string => squashSpaces(String(v ?? ""));

/** Rows of «Пары» as plain records (status canonicalised), for listing and updating. */
export function pairRows(table: Table): PairRowView[] {
  return table.rows.map(({ rowNumber, cells }) => {
    const status = text(cells.status);
    const score = cells.score;
    return {
      row: rowNumber,
      pairId: text(cells.pairId),
      mentorId: text(cells.mentorId),
      menteeId: text(cells.menteeId),
      mentorName: text(cells.mentorName),
      menteeName: text(cells.menteeName),
      form: text(cells.form),
      roleModel: text(cells.roleModel),
      score: typeof score === "number" ? score : null,
      reasons: text(cells.reasons),
      status: matchLabel(status, PAIR_STATUSES) ?? status,
      locked: parseYesNo(cells.locked) === true,
    };
  });
}

export interface WrittenProposal {
  row: number;
  pairId: string;
  pair: ProposedPair;
}

export interface WriteProposalsResult {
  proposals: WrittenProposal[];
  keptRows: number;
  removedProposals: number;
  /** Highest pair number now given (to remember). */
  lastNumber: number;
}

/**
 * Puts `proposals` into «Пары» in place: a proposal made again updates its own row (same row, same pair
 * ID, the curator's notes and own columns stay beside it); an unlocked «предложена» row not proposed
 * again is blanked where it stands (nothing below moves, so the curator's formulas keep pointing at the
 * same pairs); new proposals go after the last row. Every other row (approved, active, ended, locked) is
 * not touched. `lastNumber` is the highest pair number given before (0 when unknown); `name(id, role)` is
 * what goes in the name columns. One setValues per run of the sheet's own columns.
 */
export function writeProposals(
  table: Table,
  proposals: readonly ProposedPair[],
  name: (id: string, role: "mentor" | "mentee") => string,
  lastNumber: number,
): WriteProposalsResult {
  const views = pairRows(table);
  let maxNumber = lastNumber;
  for (const v of views) {
    const n = idNumber(v.pairId, ID_PREFIX.pairs);
    if (n !== undefined && n > maxNumber) maxNumber = n;
  }
  const nextId = () => formatId(ID_PREFIX.pairs, ++maxNumber);

  const openProposals = new Map<string, PairRowView>();
  const patches: RowPatch[] = [];
  let kept = 0;
  for (const view of views) {
    if (isProposal(view) && !view.locked) openProposals.set(pairKey(view.mentorId, view.menteeId), view);
    else {
      kept++;
      // A pair typed by hand gets its ID now.
      if (!view.pairId && table.columns.pairId !== undefined)
        patches.push({ rowNumber: view.row, cells: { pairId: nextId() } });
    }
  }

  const written: WrittenProposal[] = [];
  const fresh: Array<{ pair: ProposedPair; pairId: string }> = [];
  for (const p of proposals) {
    const cells: Record<string, unknown> = {
      mentorId: p.mentorId,
      mentorName: name(p.mentorId, "mentor"),
      menteeId: p.menteeId,
      menteeName: name(p.menteeId, "mentee"),
      form: p.form,
      roleModel: p.roleModel ?? "",
      score: p.score,
      scoreBand: bandLabel(p.score),
      reasons: p.reasons.join(REASON_SEPARATOR),
      status: PROPOSED_STATUS,
      locked: false,
    };
    const key = pairKey(p.mentorId, p.menteeId);
    const same = openProposals.get(key);
    if (same) {
      openProposals.delete(key);
      const pairId = same.pairId || nextId();
      patches.push({ rowNumber: same.row, cells: { ...cells, pairId } });
      written.push({ row: same.row, pairId, pair: p });
    } else {
      const pairId = nextId();
      patches.push({ cells: { ...cells, pairId } });
      fresh.push({ pair: p, pairId });
    }
  }
  // Proposals not made again: blank their own columns where they stand.
  const blank = Object.fromEntries(table.spec.columns.map((c) => [c.key, ""]));
  for (const view of openProposals.values()) patches.push({ rowNumber: view.row, cells: blank });
  const { appended } = writeTable(table, patches);
  fresh.forEach((f, i) => written.push({ row: appended[i], pairId: f.pairId, pair: f.pair }));
  written.sort((a, b) => a.row - b.row);
  return { proposals: written, keptRows: kept, removedProposals: openProposals.size, lastNumber: maxNumber };
}

/**
 * Writes changed cells of some rows: the sheet's own columns over the rows from the first to the last
 * changed one (formulas and text kept), so a curator's edit elsewhere in the sheet is not overwritten.
 */
export function patchPairRows(table: Table, patches: ReadonlyMap<number, Record<string, unknown>>): number {
  if (patches.size === 0) return 0;
  writeTable(
    table,
    [...patches].map(([rowNumber, cells]) => ({ rowNumber, cells })),
  );
  return patches.size;
}

/** The cells a re-scored pair changes: names, score, reasons, and the role model of a proposal (or a blank one). */
export function rescoredCells(
  r: RescoredPair,
  view: PairRowView | undefined,
  pseudonymous: boolean,
): Record<string, unknown> {
  const cells: Record<string, unknown> = {
    mentorName: r.mentorName !== undefined ? displayName({ id: r.mentorId, name: r.mentorName }, pseudonymous) : "",
    menteeName: r.menteeName !== undefined ? displayName({ id: r.menteeId, name: r.menteeName }, pseudonymous) : "",
    score: r.score ?? "",
    scoreBand: bandLabel(r.score),
    reasons: r.reasons.join(REASON_SEPARATOR),
  };
  if (r.roleModel && (!view || !view.roleModel || isProposal(view))) cells.roleModel = r.roleModel;
  return cells;
}

function sameCell(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b || ((a === "" || a === null || a === undefined) && (b === "" || b === null || b === undefined));
}

/**
 * «Пары» as it is now is the block `table` was read from: one getValues. A person may edit the sheet while
 * a long command reads and computes (the document lock holds back scripts only).
 */
export function pairsUnchanged(table: Table): boolean {
  const now = table.sheet.getDataRange().getValues();
  const before = table.values;
  const rows = Math.max(now.length, before.length);
  for (let r = 0; r < rows; r++) {
    const a = now[r] ?? [];
    const b = before[r] ?? [];
    const width = Math.max(a.length, b.length);
    for (let c = 0; c < width; c++) if (!sameCell(a[c], b[c])) return false;
  }
  return true;
}

/** Header row of «Пары» only: the cheap first look of the edit trigger. */
export function pairsHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  const width = Math.max(sheet.getLastColumn(), 1);
  return sheet.getRange(1, 1, 1, width).getValues()[0];
}
