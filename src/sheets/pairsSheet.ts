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
import { isBlank, matchLabel, parseYesNo, squashSpaces } from "../domain/common/normalise";
import { pairKey } from "../domain/matching/compatibility";
import { DEFAULT_MATCH_REFS, readMatchingInput, type MatchingRows, type MatchingSheet } from "../domain/matching/input";
import { INPUT_MESSAGES } from "../domain/matching/messages";
import { isProposal, PROPOSED_STATUS, type RescoredPair } from "../domain/matching/review";
import { readMatchSettings } from "../domain/matching/settings";
import type { MatchRefs, MatchSettings, MatchingInput, Problem, ProposedPair } from "../domain/matching/types";
import { displayName } from "../domain/participants/displayName";
import { formatId, ID_PREFIX, idNumber } from "../domain/participants/ids";
import { PAIR_STATUSES } from "../domain/workbook/defaults";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import type { ProblemDto } from "../ui/check/problem";
import { readSettings } from "./settings";
import { readTable, safeCell, type Cell, type Table } from "./table";

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
}

function sheetOf(ss: Spreadsheet, key: SheetKey) {
  return ss.getSheetByName(SHEETS[key].name);
}

/** A list from «Справочники»: the column's non-blank values, or the default when the column is empty. */
function refList(table: Table | undefined, key: string, fallback: readonly string[]): readonly string[] {
  const c = table?.columns[key];
  if (!table || c === undefined) return fallback;
  const out: string[] = [];
  for (let r = 1; r < table.values.length; r++) {
    const v = table.values[r][c];
    if (!isBlank(v)) out.push(squashSpaces(String(v)));
  }
  return out.length ? out : fallback;
}

function refsFrom(table: Table | undefined): MatchRefs {
  const d = DEFAULT_MATCH_REFS;
  let roleModels = d.roleModels;
  const fc = table?.columns.roleModelForm;
  const mc = table?.columns.roleModels;
  if (table && fc !== undefined && mc !== undefined) {
    const found = table.values
      .slice(1)
      .filter((row) => !isBlank(row[fc]) && !isBlank(row[mc]))
      .map((row) => ({ form: squashSpaces(String(row[fc])), model: squashSpaces(String(row[mc])) }));
    if (found.length) roleModels = found;
  }
  return {
    forms: refList(table, "forms", d.forms),
    categories: refList(table, "categories", d.categories),
    participantStatuses: refList(table, "participantStatuses", d.participantStatuses),
    pairStatuses: refList(table, "pairStatuses", d.pairStatuses),
    roleModels,
  };
}

const BASE_SHEETS: readonly MatchingSheet[] = ["mentors", "mentees", "preferences", "pairs"];
const REQUIRED_SHEETS: readonly MatchingSheet[] = ["mentors", "mentees", "pairs"];

/** Reads «Настройки», «Справочники», «Наставники», «Наставляемые», «Предпочтения» and «Пары», once each. */
export function readMatchingWorkbook(ss: Spreadsheet): MatchingWorkbook {
  const raw = readSettings(ss);
  const { settings, problems: settingsProblems } = readMatchSettings(raw);
  const pseudonymous = parseYesNo(raw.pseudonymous) === true;
  const refsSheet = sheetOf(ss, "refs");
  const tables: MatchingWorkbook["tables"] = {};
  if (refsSheet) tables.refs = readTable(refsSheet, SHEETS.refs);
  const refs = refsFrom(tables.refs);

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
    const table = readTable(sheet, SHEETS[key], { withFormulas: key === "pairs" });
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
  input.problems.unshift(...columnProblems);
  return { pairs: tables.pairs ?? null, tables, missingSheets, input, settings, settingsProblems, refs, pseudonymous };
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

/** The block as it will be written back: formulas as formulas, text kept text. */
function blockOf(table: Table): Cell[][] {
  const width = Math.max(table.header.length, 1);
  return table.values.slice(1).map((row, i) =>
    Array.from({ length: width }, (_, c) => {
      const formula = table.formulas?.[i + 1]?.[c];
      return formula ? formula : safeCell(row[c]);
    }),
  );
}

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((c) => c === "" || c === null || c === undefined);
}

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

function text(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : squashSpaces(String(v ?? ""));
}

/** Rows of «Пары» as plain records (status canonicalised), for listing and updating. */
export function pairRows(table: Table): PairRowView[] {
  const c = table.columns;
  const at = (row: readonly Cell[], key: string): Cell | "" => (c[key] === undefined ? "" : (row[c[key]] ?? ""));
  return table.rows.map(({ rowNumber }) => {
    const row = table.values[rowNumber - 1];
    const status = text(at(row, "status"));
    const score = at(row, "score");
    return {
      row: rowNumber,
      pairId: text(at(row, "pairId")),
      mentorId: text(at(row, "mentorId")),
      menteeId: text(at(row, "menteeId")),
      mentorName: text(at(row, "mentorName")),
      menteeName: text(at(row, "menteeName")),
      form: text(at(row, "form")),
      roleModel: text(at(row, "roleModel")),
      score: typeof score === "number" ? score : null,
      reasons: text(at(row, "reasons")),
      status: matchLabel(status, PAIR_STATUSES) ?? status,
      locked: parseYesNo(at(row, "locked")) === true,
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
 * Replaces the unlocked «предложена» rows of «Пары» with `proposals` in one setValues. `lastNumber` is
 * the highest pair number given before (0 when unknown); `name(id, role)` is what goes in the name columns.
 */
export function writeProposals(
  table: Table,
  proposals: readonly ProposedPair[],
  name: (id: string, role: "mentor" | "mentee") => string,
  lastNumber: number,
): WriteProposalsResult {
  const c = table.columns;
  const width = Math.max(table.header.length, 1);
  const block = blockOf(table);
  const views = new Map(pairRows(table).map((v) => [v.row, v]));

  let maxNumber = lastNumber;
  for (const row of table.values.slice(1)) {
    const n = c.pairId === undefined ? undefined : idNumber(row[c.pairId], ID_PREFIX.pairs);
    if (n !== undefined && n > maxNumber) maxNumber = n;
  }
  const nextId = () => formatId(ID_PREFIX.pairs, ++maxNumber);

  const kept: Cell[][] = [];
  const usedIds = new Set<string>();
  const previousIds = new Map<string, string>();
  let removed = 0;
  block.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const view = views.get(i + 2);
    if (view && isProposal(view) && !view.locked) {
      if (view.pairId) previousIds.set(pairKey(view.mentorId, view.menteeId), view.pairId);
      removed++;
      return;
    }
    if (view?.pairId) usedIds.add(view.pairId);
    kept.push(row);
  });
  // Rows kept without an ID get one now (a pair typed by hand).
  for (const row of kept) if (c.pairId !== undefined && isBlank(row[c.pairId])) row[c.pairId] = nextId();

  const written: WrittenProposal[] = [];
  const fresh = proposals.map((p, i) => {
    const previous = previousIds.get(pairKey(p.mentorId, p.menteeId));
    const pairId = previous && !usedIds.has(previous) ? previous : nextId();
    usedIds.add(pairId);
    const cells: Record<string, unknown> = {
      pairId,
      mentorId: p.mentorId,
      mentorName: name(p.mentorId, "mentor"),
      menteeId: p.menteeId,
      menteeName: name(p.menteeId, "mentee"),
      form: p.form,
      roleModel: p.roleModel ?? "",
      score: p.score,
      reasons: p.reasons.join(REASON_SEPARATOR),
      status: PROPOSED_STATUS,
      locked: false,
    };
    const row: Cell[] = Array.from({ length: width }, () => "");
    for (const [key, value] of Object.entries(cells)) if (c[key] !== undefined) row[c[key]] = safeCell(value);
    written.push({ row: 2 + kept.length + i, pairId, pair: p });
    return row;
  });

  const out = [...kept, ...fresh];
  while (out.length < block.length) out.push(Array.from({ length: width }, () => ""));
  if (out.length > 0) {
    const sheet = table.sheet;
    const need = out.length + 1 - sheet.getMaxRows();
    if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
    sheet.getRange(2, 1, out.length, width).setValues(out);
  }
  return { proposals: written, keptRows: kept.length, removedProposals: removed, lastNumber: maxNumber };
}

/**
 * Writes changed cells of some rows with one setValues over the rows from the first to the last changed
 * one (every column, formulas kept), so a curator's edit elsewhere in the sheet is not overwritten.
 */
export function patchPairRows(table: Table, patches: ReadonlyMap<number, Record<string, unknown>>): number {
  if (patches.size === 0) return 0;
  const block = blockOf(table);
  const rows = [...patches.keys()];
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  for (const [rowNumber, cells] of patches) {
    const row = block[rowNumber - 2];
    if (!row) continue;
    for (const [key, value] of Object.entries(cells)) {
      const c = table.columns[key];
      if (c !== undefined) row[c] = safeCell(value);
    }
  }
  const width = Math.max(table.header.length, 1);
  table.sheet.getRange(first, 1, last - first + 1, width).setValues(block.slice(first - 2, last - 1));
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
    reasons: r.reasons.join(REASON_SEPARATOR),
  };
  if (r.roleModel && (!view || !view.roleModel || isProposal(view))) cells.roleModel = r.roleModel;
  return cells;
}

/** Header row of «Пары» only: the cheap first look of the edit trigger. */
export function pairsHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  const width = Math.max(sheet.getLastColumn(), 1);
  return sheet.getRange(1, 1, 1, width).getValues()[0];
}
