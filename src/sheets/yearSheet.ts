/**
 * «Закрыть учебный год» on the workbook: read what the plan needs (domain/year/closeYear.ts), write the
 * plan, record every cell it changed in the hidden sheet «Закрытие года», and restore a close cell for
 * cell (domain/year/snapshot.ts).
 *
 * Each sheet is read once and written once (a second read of «Показатели» only when target columns are
 * added, to record what the indicators setup changed). The caller holds the document lock.
 *
 * Restoring removes the columns the close added (a «Цель <year>» left empty) before putting cells back,
 * since removing a column shifts the formulas that point past it; the cells' «Было» are then written in
 * the sheet as it is, found by header and row.
 */
import { academicYearLabel, isIsoDate } from "../domain/common/dates";
import { labelKey, parseYesNo, squashSpaces } from "../domain/common/normalise";
import { isDateValue, keepCell, type RawCell } from "../domain/workbook/codec";
import { targetColumns } from "../domain/indicators/targets";
import { type PersonState } from "../domain/pairs/lifecycle";
import { LIFECYCLE_TEXT } from "../domain/pairs/messages";
import { parseSettings, settingKeyOf, settingLabel, type SettingKey } from "../domain/workbook/settings";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import {
  planCloseYear,
  planIsEmpty,
  type CloseInput,
  type ClosePair,
  type CloseResult,
  type CloseSurvey,
} from "../domain/year/closeYear";
import { NEEDS, type Needs } from "../domain/workbook/needs";
import { YEAR_TEXT } from "../domain/year/messages";
import {
  BLANK,
  planRestore,
  readStoredCell,
  sameCell,
  storeCell,
  type LoggedChange,
  type StoredCell,
} from "../domain/year/snapshot";
import { academicYearStart } from "../domain/year/closeYear";
import { setupIndicatorsSheet } from "./indicatorsSheet";
import { pairStates, personStates } from "./lifecycleSheet";
import { readTable, writeTable, zoneOf, type RowPatch, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LOG = SHEETS.yearLog;
const HEADER_BG = "#e8f0fe";

/** Columns the close cannot do without, per sheet. */
const NEEDED: Needs = NEEDS.closeYear;

export class CloseProblem extends Error {}

export interface ClosedYear {
  year: string;
  /** When it was closed (ISO instant). */
  at: string;
}

export interface CloseWorkbook {
  zone: Zone;
  tables: { settings: Table; pairs: Table; mentors: Table; mentees: Table; surveys: Table | null };
  indicators: Sheet | null;
  settingRows: Partial<Record<SettingKey, number>>;
  input: CloseInput;
  pseudonymous: boolean;
  closed: ClosedYear[];
  log: LoggedChange[];
}

const text = (v: unknown): string => squashSpaces(String(v ?? ""));

function sheetOrProblem(ss: Spreadsheet, key: SheetKey): Sheet {
  const sheet = ss.getSheetByName(SHEETS[key].name);
  if (!sheet) throw new CloseProblem(LIFECYCLE_TEXT.sheetMissing(SHEETS[key].name));
  return sheet;
}

function tableOrProblem(ss: Spreadsheet, key: SheetKey, zone: Zone): Table {
  const table = readTable(sheetOrProblem(ss, key), SHEETS[key], { zone, withFormulas: true });
  const missing = (NEEDED[key] ?? []).filter((k) => table.columns[k] === undefined);
  if (missing.length)
    throw new CloseProblem(
      LIFECYCLE_TEXT.missingColumns(
        SHEETS[key].name,
        missing.map((k) => SHEETS[key].columns.find((c) => c.key === k)!.header),
      ),
    );
  return table;
}

// ---- the record («Закрытие года») ---------------------------------------------------------------------

function readLog(ss: Spreadsheet, zone: Zone): { table: Table | null; changes: LoggedChange[] } {
  const sheet = ss.getSheetByName(LOG.name);
  if (!sheet) return { table: null, changes: [] };
  const table = readTable(sheet, LOG, { zone });
  const changes: LoggedChange[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const before = readStoredCell(cells.before);
    const after = readStoredCell(cells.after);
    if (!before || !after) continue;
    changes.push({
      logRow: rowNumber,
      year: text(cells.year),
      sheet: text(cells.sheet),
      row: typeof cells.row === "number" ? cells.row : Number(cells.row),
      column: text(cells.column),
      kind: text(cells.kind) === YEAR_TEXT.kinds.column ? "column" : "cell",
      before,
      after,
      restored: text(cells.restored) !== "",
      at: text(cells.at),
    });
  }
  return { table, changes };
}

function closedYears(log: readonly LoggedChange[]): ClosedYear[] {
  const out = new Map<string, ClosedYear>();
  for (const c of log) if (!c.restored && !out.has(c.year)) out.set(c.year, { year: c.year, at: c.at ?? "" });
  return [...out.values()].sort((a, b) => (academicYearStart(a.year) ?? 0) - (academicYearStart(b.year) ?? 0));
}

function logTable(ss: Spreadsheet, zone: Zone): Table {
  let sheet = ss.getSheetByName(LOG.name);
  if (!sheet) {
    sheet = ss.insertSheet(LOG.name);
    const header = LOG.columns.map((c) => c.header);
    sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight("bold").setBackground(HEADER_BG);
    sheet.setFrozenRows(1);
    sheet.hideSheet();
  }
  return readTable(sheet, LOG, { zone });
}

interface Recorded {
  sheet: string;
  row: number;
  column: string;
  kind: "cell" | "column";
  before: StoredCell;
  after: StoredCell;
}

function storedOf(
  values: readonly unknown[][],
  formulas: readonly string[][] | undefined,
  r: number,
  c: number,
  zone: Zone,
): StoredCell {
  const formula = formulas?.[r]?.[c];
  if (formula) return { kind: "formula", formula };
  const v = values[r]?.[c];
  if (v === "" || v === null || v === undefined) return BLANK;
  if (isDateValue(v)) return { kind: "date", day: zone.dateOf(v) };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { kind: "value", value: v };
  return { kind: "value", value: String(v) };
}

/** writeTable, recording every cell whose content changed (the table keeps its values in step). */
function patchRecorded(table: Table, patches: readonly RowPatch[], out: Recorded[]): void {
  if (patches.length === 0) return;
  const watched: Array<[number, number]> = [];
  for (const p of patches)
    for (const key of Object.keys(p.cells)) {
      const c = table.columns[key];
      if (c !== undefined && p.rowNumber !== undefined) watched.push([p.rowNumber - 1, c]);
    }
  const before = watched.map(([r, c]) => storedOf(table.values, table.formulas, r, c, table.zone));
  writeTable(table, patches);
  watched.forEach(([r, c], i) => {
    const after = storedOf(table.values, table.formulas, r, c, table.zone);
    if (!sameCell(before[i], after))
      out.push({ sheet: table.spec.name, row: r + 1, column: table.header[c], kind: "cell", before: before[i], after });
  });
}

interface Grid {
  values: unknown[][];
  formulas: string[][];
  header: string[];
}

function gridOf(sheet: Sheet): Grid {
  const range = sheet.getDataRange();
  const values = range.getValues() as unknown[][];
  const formulas = range.getFormulas();
  return { values, formulas, header: (values[0] ?? []).map((h) => String(h ?? "").trim()) };
}

function columnByHeader(header: readonly string[], wanted: string): number | undefined {
  const key = labelKey(wanted);
  const i = header.findIndex((h) => labelKey(h) === key);
  return i < 0 ? undefined : i;
}

/** Every cell that differs between two reads of a sheet, columns matched by header; added columns apart. */
function diffGrids(name: string, before: Grid, after: Grid, zone: Zone, out: Recorded[]): void {
  const rows = Math.max(before.values.length, after.values.length);
  after.header.forEach((h, c) => {
    const b = h ? columnByHeader(before.header, h) : c;
    if (b === undefined) {
      out.push({ sheet: name, row: 1, column: h, kind: "column", before: BLANK, after: { kind: "value", value: h } });
      return;
    }
    for (let r = 1; r < rows; r++) {
      const was = storedOf(before.values, before.formulas, r, b, zone);
      const now = storedOf(after.values, after.formulas, r, c, zone);
      if (!sameCell(was, now)) out.push({ sheet: name, row: r + 1, column: h, kind: "cell", before: was, after: now });
    }
  });
}

// ---- reading and planning -----------------------------------------------------------------------------

export function readCloseWorkbook(ss: Spreadsheet, today?: string): CloseWorkbook {
  const zone = zoneOf(ss);
  const settings = tableOrProblem(ss, "settings", zone);
  const settingRows: Partial<Record<SettingKey, number>> = {};
  for (const r of settings.rows) {
    const key = settingKeyOf(String(r.cells.key ?? ""));
    if (key && settingRows[key] === undefined) settingRows[key] = r.rowNumber;
  }
  const parsed = parseSettings(
    settings.rows.map((r) => ({ label: String(r.cells.key ?? ""), value: r.cells.value ?? "" })),
  );
  const pairs = tableOrProblem(ss, "pairs", zone);
  const mentors = tableOrProblem(ss, "mentors", zone);
  const mentees = tableOrProblem(ss, "mentees", zone);
  const surveySheet = ss.getSheetByName(SHEETS.surveys.name);
  const surveys = surveySheet ? readTable(surveySheet, SHEETS.surveys, { zone }) : null;
  const indicators = ss.getSheetByName(SHEETS.indicators.name);
  const header = indicators ? indicators.getRange(1, 1, 1, Math.max(indicators.getLastColumn(), 1)).getValues()[0] : [];
  const { changes: log } = readLog(ss, zone);
  const closeSurveys: CloseSurvey[] = (surveys?.rows ?? []).map(({ cells }) => {
    const answer = text(cells.wantsToContinue) === "" ? undefined : parseYesNo(cells.wantsToContinue);
    const date = cells.date;
    return {
      participantId: text(cells.participantId),
      ...(isIsoDate(date) ? { date } : {}),
      academicYear: text(cells.academicYear) || undefined,
      ...(answer !== undefined ? { wantsToContinue: answer } : {}),
    };
  });
  return {
    zone,
    tables: { settings, pairs, mentors, mentees, surveys },
    indicators,
    settingRows,
    input: {
      settings: {
        academicYear: parsed.settings.academicYear,
        programPeriod: parsed.settings.programPeriod,
        reportDate: parsed.settings.reportDate,
      },
      pairs: pairStates(pairs) as ClosePair[],
      mentors: personStates(mentors),
      mentees: personStates(mentees),
      surveys: closeSurveys,
      targetYears: [...targetColumns(header).keys()],
      today: today ?? zone.today(),
    },
    pseudonymous: parsed.settings.pseudonymous,
    closed: closedYears(log),
    log,
  };
}

export function planOf(wb: CloseWorkbook, year?: number): CloseResult {
  return planCloseYear(year === undefined ? wb.input : { ...wb.input, year });
}

export function closePeople(wb: CloseWorkbook): { mentors: PersonState[]; mentees: PersonState[] } {
  return { mentors: [...wb.input.mentors], mentees: [...wb.input.mentees] };
}

// ---- closing ------------------------------------------------------------------------------------------

export type CloseOutcome = { status: "closed"; year: string; changed: number } | { status: "already"; year: string };

/** Close `year` («2026-2027») if the plan still has the previewed fingerprint. */
export function closeYear(ss: Spreadsheet, request: { year: string; fingerprint: string }, now: Date): CloseOutcome {
  const wb = readCloseWorkbook(ss);
  const asked = academicYearStart(request.year);
  if (asked === undefined) throw new CloseProblem(YEAR_TEXT.badYear(request.year));
  const label = academicYearLabel(asked);
  if (wb.closed.some((c) => c.year === label)) return { status: "already", year: label };
  const current = academicYearStart(wb.input.settings.academicYear);
  if (current === undefined) throw new CloseProblem(YEAR_TEXT.badYear(wb.input.settings.academicYear));
  if (current !== asked) throw new CloseProblem(YEAR_TEXT.notCurrent(label, wb.input.settings.academicYear));
  const result = planOf(wb, asked);
  if (!result.ok) throw new CloseProblem(YEAR_TEXT.badYear(result.value));
  const plan = result.plan;
  if (plan.fingerprint !== request.fingerprint) throw new CloseProblem(YEAR_TEXT.stale);
  for (const s of plan.settingChanges)
    if (wb.settingRows[s.key] === undefined) throw new CloseProblem(YEAR_TEXT.missingSetting(settingLabel(s.key)));

  const recorded: Recorded[] = [];
  patchRecorded(
    wb.tables.pairs,
    plan.pairChanges.map((c) => ({ rowNumber: c.row, cells: { ...c.cells } })),
    recorded,
  );
  for (const [role, table] of [
    ["mentor", wb.tables.mentors],
    ["mentee", wb.tables.mentees],
  ] as const)
    patchRecorded(
      table,
      plan.people.filter((p) => p.role === role).map((p) => ({ rowNumber: p.row, cells: { ...p.cells } })),
      recorded,
    );
  patchRecorded(
    wb.tables.settings,
    plan.settingChanges.map((s) => ({ rowNumber: wb.settingRows[s.key]!, cells: { value: s.to } })),
    recorded,
  );
  if (plan.targetYears.length && wb.indicators) {
    const before = gridOf(wb.indicators);
    setupIndicatorsSheet(ss);
    diffGrids(SHEETS.indicators.name, before, gridOf(wb.indicators), wb.zone, recorded);
  }
  if (recorded.length === 0 && planIsEmpty(plan)) return { status: "closed", year: label, changed: 0 };
  const log = logTable(ss, wb.zone);
  writeTable(
    log,
    recorded.map((r) => ({
      cells: {
        year: label,
        at: now,
        sheet: r.sheet,
        row: r.row,
        column: r.column,
        kind: YEAR_TEXT.kinds[r.kind],
        before: storeCell(r.before),
        after: storeCell(r.after),
        restored: "",
      },
    })),
  );
  return { status: "closed", year: label, changed: recorded.filter((r) => r.kind === "cell").length };
}

// ---- restoring ----------------------------------------------------------------------------------------

export interface RestoreOutcome {
  year: string;
  restored: number;
  kept: LoggedChange[];
  columnsRemoved: string[];
  columnsKept: Array<{ sheet: string; column: string }>;
}

function plainTextOf(sheetName: string, header: string): boolean {
  const spec = Object.values(SHEETS).find((s) => s.name === sheetName);
  const col = spec?.columns.find((c) => labelKey(c.header) === labelKey(header));
  return col?.plainText === true;
}

function rawOf(cell: StoredCell, zone: Zone, plainText: boolean): RawCell {
  switch (cell.kind) {
    case "blank":
      return "";
    case "formula":
      return cell.formula;
    case "date":
      return zone.midnight(cell.day);
    case "value":
      return keepCell(cell.value, plainText);
  }
}

export function restoreYear(ss: Spreadsheet, year: string, now: Date): RestoreOutcome {
  const zone = zoneOf(ss);
  const asked = academicYearStart(year);
  if (asked === undefined) throw new CloseProblem(YEAR_TEXT.badYear(year));
  const label = academicYearLabel(asked);
  const { table: log, changes } = readLog(ss, zone);
  const own = changes.filter((c) => c.year === label && !c.restored);
  if (!log || own.length === 0) throw new CloseProblem(YEAR_TEXT.nothingToRestore(label));
  const later = closedYears(changes).filter((c) => (academicYearStart(c.year) ?? 0) > asked);
  if (later.length) throw new CloseProblem(YEAR_TEXT.laterClosed(label, later[later.length - 1].year));

  const sheets = new Map<string, { sheet: Sheet; grid: Grid }>();
  for (const name of new Set(own.map((c) => c.sheet))) {
    const sheet = ss.getSheetByName(name);
    if (sheet) sheets.set(name, { sheet, grid: gridOf(sheet) });
  }
  const cellAt = (c: LoggedChange, grid: Grid) => {
    const col = columnByHeader(grid.header, c.column);
    return col === undefined ? undefined : storedOf(grid.values, grid.formulas, c.row - 1, col, zone);
  };
  const plan = planRestore(own, (c) => {
    const s = sheets.get(c.sheet);
    return s ? cellAt(c, s.grid) : undefined;
  });

  // Columns the close added: removed when nothing but their header and this close's own cells are in them.
  const columnsRemoved: string[] = [];
  const columnsKept: RestoreOutcome["columnsKept"] = [];
  const gone = new Set<string>();
  const bySheet = new Map<string, number[]>();
  for (const c of plan.columns) {
    const s = sheets.get(c.sheet);
    const col = s ? columnByHeader(s.grid.header, c.column) : undefined;
    if (!s || col === undefined) continue;
    const ours = new Set(
      plan.cells.filter((x) => x.sheet === c.sheet && labelKey(x.column) === labelKey(c.column)).map((x) => x.row),
    );
    const empty = s.grid.values.every(
      (_row, r) =>
        r === 0 || ours.has(r + 1) || storedOf(s.grid.values, s.grid.formulas, r, col, zone).kind === "blank",
    );
    if (!empty) {
      columnsKept.push({ sheet: c.sheet, column: c.column });
      continue;
    }
    bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), col]);
    gone.add(`${c.sheet}|${labelKey(c.column)}`);
    columnsRemoved.push(c.column);
  }
  for (const [name, cols] of bySheet) {
    const s = sheets.get(name)!;
    for (const col of [...cols].sort((a, b) => b - a)) s.sheet.deleteColumn(col + 1);
    s.grid = gridOf(s.sheet);
  }

  // Cells back, one write per column of each sheet.
  const cells = plan.cells.filter((c) => !gone.has(`${c.sheet}|${labelKey(c.column)}`));
  const groups = new Map<string, LoggedChange[]>();
  for (const c of cells) {
    const key = `${c.sheet}\u0000${labelKey(c.column)}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  for (const group of groups.values()) {
    const s = sheets.get(group[0].sheet)!;
    const col = columnByHeader(s.grid.header, group[0].column);
    if (col === undefined) continue;
    const plain = plainTextOf(group[0].sheet, group[0].column);
    const byRow = new Map(group.map((c) => [c.row, c]));
    const top = Math.min(...byRow.keys());
    const bottom = Math.max(...byRow.keys());
    const block: RawCell[][] = [];
    for (let r = top; r <= bottom; r++) {
      const change = byRow.get(r);
      if (change) block.push([rawOf(change.before, zone, plain)]);
      else {
        const formula = s.grid.formulas[r - 1]?.[col];
        block.push([formula ? formula : keepCell(s.grid.values[r - 1]?.[col], plain)]);
      }
    }
    if (bottom > s.sheet.getMaxRows()) s.sheet.insertRowsAfter(s.sheet.getMaxRows(), bottom - s.sheet.getMaxRows());
    s.sheet.getRange(top, col + 1, block.length, 1).setValues(block);
  }

  writeTable(
    log,
    own.map((c) => ({ rowNumber: c.logRow, cells: { restored: now } })),
  );
  return { year: label, restored: cells.length, kept: plan.kept, columnsRemoved, columnsKept };
}
