/**
 * «Создать листы книги»: creates the workbook's sheets, or completes them when run again. Missing sheets
 * and columns are added; nothing a person typed is touched. Each sheet costs a fixed number of calls.
 */
import { refreshRowFormulas, refreshSatisfactionWave } from "./liveColumns";
import { keepCell } from "../domain/workbook/codec";
import { ROLE_MODEL_RULE_LABELS } from "../domain/matching/messages";
import { DEFAULT_REF_LISTS, DEFAULT_ROLE_MODELS, SETTINGS } from "../domain/workbook/defaults";
import { headerRowGone } from "../domain/workbook/headerDamage";
import { NAMED_SHEETS, namedColumns } from "../domain/workbook/namedRanges";
import { SHEETS, SHEET_ORDER, type ColumnSpec, type SheetKey, type SheetSpec } from "../domain/workbook/sheets";
import { mapColumns, readTable, writeTable, zoneOf } from "./table";
import { missingRows } from "./documentsSheet";
import { SHEET_TEXT } from "./messages";
import { setupIndicatorSheets } from "./indicatorsSetup";
import { fillSurveyWaves } from "./surveyWaves";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SetupResult {
  created: string[];
  completed: { sheet: string; columns: string[] }[];
  unchanged: string[];
  /** Rows of «Опросы» given their «Волна» or «Учебный год» from their date (an old workbook). */
  surveyWaves?: number;
}

const HEADER_BG = "#e8f0fe";

function columnLetter(index1: number): string {
  let s = "";
  for (let n = index1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Make sure a sheet exists with every spec column in its header. Returns the header as it now is. A row 1
 * that names none of the sheet's columns but holds something is data whose header row was deleted: a new
 * header row goes above it, so no data cell is written over. `found` is the sheet when the caller already
 * has it (a log found by its header under another name).
 */
export function ensureSheet(
  ss: Spreadsheet,
  spec: SheetSpec,
  result: SetupResult,
  found?: Sheet,
): { sheet: Sheet; header: string[]; isNew: boolean } {
  let sheet = found ?? ss.getSheetByName(spec.name);
  const isNew = !sheet;
  if (!sheet) sheet = ss.insertSheet(spec.name);
  const lastCol = Math.max(sheet.getLastColumn(), 1);
  let existing = isNew
    ? []
    : (sheet.getRange(1, 1, 1, lastCol).getValues()[0] as unknown[]).map((v) => String(v ?? "").trim());
  while (existing.length && existing[existing.length - 1] === "") existing.pop();
  const insertedHeader = existing.length > 0 && spec.columns.length > 0 && headerRowGone(spec, existing);
  if (insertedHeader) {
    sheet.insertRowBefore(1);
    existing = [];
  }
  const { missing } = mapColumns(spec, existing);
  const header = existing.concat(missing.map((key) => spec.columns.find((c) => c.key === key)!.header));
  if (missing.length) {
    if (header.length > sheet.getMaxColumns())
      sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
    const headerRange = sheet.getRange(1, 1, 1, header.length);
    headerRange.setValues([header.map((v) => keepCell(v))]);
    headerRange.setFontWeight("bold").setBackground(HEADER_BG).setWrap(true);
    if (isNew) result.created.push(spec.name);
    else
      result.completed.push({
        sheet: spec.name,
        columns: missing.map((k) => spec.columns.find((c) => c.key === k)!.header),
      });
  } else if (!isNew) {
    result.unchanged.push(spec.name);
  }
  if (insertedHeader) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, header.length).protect().setWarningOnly(true).setDescription(SHEET_TEXT.headerProtection);
  }
  if (isNew) {
    sheet.setFrozenRows(1);
    spec.columns.forEach((c, i) => {
      if (c.width) sheet!.setColumnWidth(i + 1, c.width);
    });
    const protection = sheet.getRange(1, 1, 1, header.length).protect();
    protection.setWarningOnly(true).setDescription(SHEET_TEXT.headerProtection);
  }
  return { sheet, header, isNew };
}

function validationFor(
  ss: Spreadsheet,
  col: ColumnSpec,
  refsSheet: Sheet | null,
  refsHeader: string[],
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true);
  switch (col.type) {
    case "date":
      return builder.requireDate().setHelpText(SHEET_TEXT.validation.date).build();
    case "int":
      return builder.requireNumberGreaterThanOrEqualTo(0).setHelpText(SHEET_TEXT.validation.count).build();
    case "bool":
      return builder.requireCheckbox().build();
    case "list": {
      if (!refsSheet || !col.list) return null;
      const { columns } = mapColumns(SHEETS.refs, refsHeader);
      const index = columns[col.list];
      if (index === undefined) return null;
      const letter = columnLetter(index + 1);
      return builder
        .requireValueInRange(refsSheet.getRange(`${letter}2:${letter}`), true)
        .setHelpText(SHEET_TEXT.validation.list)
        .build();
    }
    default:
      void ss;
      return null;
  }
}

/** Data validation on every typed column: one call per column, whatever the row count. */
export function applyValidation(
  ss: Spreadsheet,
  sheet: Sheet,
  spec: SheetSpec,
  header: string[],
  refs: { sheet: Sheet; header: string[] } | null,
): void {
  const { columns } = mapColumns(spec, header);
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  for (const col of spec.columns) {
    const index = columns[col.key];
    if (index === undefined) continue;
    const rule = validationFor(ss, col, refs?.sheet ?? null, refs?.header ?? []);
    if (rule) sheet.getRange(2, index + 1, rows, 1).setDataValidation(rule);
  }
}

function fillRefs(sheet: Sheet, header: string[]): void {
  const { columns } = mapColumns(SHEETS.refs, header);
  const lists: Record<string, readonly string[]> = {
    ...DEFAULT_REF_LISTS,
    roleModelForm: DEFAULT_ROLE_MODELS.map((r) => r.form),
    roleModels: DEFAULT_ROLE_MODELS.map((r) => r.model),
    roleModelSeniority: DEFAULT_ROLE_MODELS.map((r) => ROLE_MODEL_RULE_LABELS.seniority[r.seniority]),
    roleModelExperience: DEFAULT_ROLE_MODELS.map((r) => ROLE_MODEL_RULE_LABELS.experience[r.experience]),
  };
  const height = Math.max(...Object.values(lists).map((l) => l.length));
  const block: string[][] = Array.from({ length: height }, () => header.map(() => ""));
  for (const [key, values] of Object.entries(lists)) {
    const c = columns[key];
    if (c === undefined) continue;
    values.forEach((v, r) => (block[r][c] = v));
  }
  sheet.getRange(2, 1, height, header.length).setValues(block);
}

/** Append the settings rows the sheet lacks (`specs`: the school's list, or the municipality's). */
export function fillSettings(
  sheet: Sheet,
  header: string[],
  specs: ReadonlyArray<{
    label: string;
    default: string | number | boolean;
    help: string;
    formula?: string;
  }> = SETTINGS,
): void {
  const values = sheet.getDataRange().getValues();
  const { columns } = mapColumns(SHEETS.settings, header);
  const have = new Set(values.slice(1).map((r) => String(r[columns.key ?? 0] ?? "").trim()));
  const add = specs.filter((s) => !have.has(s.label));
  if (!add.length) return;
  const start = values.length + 1;
  const block = add.map((s) =>
    header.map((_, c) =>
      c === columns.key
        ? s.label
        : c === columns.value
          ? (s.formula ?? keepCell(s.default))
          : c === columns.help
            ? s.help
            : "",
    ),
  );
  if (start + block.length - 1 > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), start + block.length - 1 - sheet.getMaxRows());
  sheet.getRange(start, 1, block.length, header.length).setValues(block);
}

/** Service columns (the indicators' code) hidden: the curator never needs to see them. */
export function hideServiceColumns(sheet: Sheet, spec: SheetSpec, header: string[]): void {
  const { columns } = mapColumns(spec, header);
  for (const col of spec.columns)
    if (col.hidden && columns[col.key] !== undefined) sheet.hideColumns(columns[col.key] + 1);
}

/** Named ranges per column: created when missing, re-pointed when the column moved. */
function ensureNamedRanges(ss: Spreadsheet, sheet: Sheet, key: SheetKey, header: string[]): void {
  const { columns } = mapColumns(SHEETS[key], header);
  const rows = sheet.getMaxRows() - 1;
  for (const { name, column } of namedColumns(key)) {
    const index = columns[column];
    if (index === undefined) continue;
    ss.setNamedRange(name, sheet.getRange(2, index + 1, rows, 1));
  }
}

/** The add-on's sheets the workbook lacks, by name, in creation order (one getSheets, one getName each). */
export function missingSheets(ss: Spreadsheet): string[] {
  return sheetsMissingFrom(new Set(ss.getSheets().map((s) => s.getName())));
}

/** The same, from the names a caller has already read. */
export function sheetsMissingFrom(names: ReadonlySet<string>): string[] {
  return SHEET_ORDER.map((k) => SHEETS[k].name).filter((n) => !names.has(n));
}

/** «Настройки» alone, made or completed as setupWorkbook makes it: the checklist's first step needs it. */
export function ensureSettingsSheet(ss: Spreadsheet): Sheet {
  const { sheet, header } = ensureSheet(ss, SHEETS.settings, { created: [], completed: [], unchanged: [] });
  fillSettings(sheet, header);
  return sheet;
}

/**
 * One sheet of the workbook made whole: created or its header completed, validation on a new or completed
 * sheet, named ranges. `refs` is «Справочники» as ensured first (dropdowns point at its columns).
 */
export function completeSheet(
  ss: Spreadsheet,
  key: Exclude<SheetKey, "refs">,
  result: SetupResult,
  refs: { sheet: Sheet; header: string[] },
  found?: Sheet,
): void {
  const spec = SHEETS[key];
  const { sheet, header, isNew } = ensureSheet(ss, spec, result, found);
  if (key === "settings") fillSettings(sheet, header);
  // «Документы» starts with the list of documents the programme needs.
  if (key === "documents" && isNew) writeTable(readTable(sheet, spec, { zone: zoneOf(ss) }), missingRows(new Map()));
  if (isNew || result.completed.some((c) => c.sheet === spec.name)) applyValidation(ss, sheet, spec, header, refs);
  if (NAMED_SHEETS.includes(key)) ensureNamedRanges(ss, sheet, key, header);
  hideServiceColumns(sheet, spec, header);
}

/** «Справочники», created with its default lists when missing. */
export function ensureRefs(ss: Spreadsheet, result: SetupResult): { sheet: Sheet; header: string[] } {
  const refs = ensureSheet(ss, SHEETS.refs, result);
  if (refs.isNew) fillRefs(refs.sheet, refs.header);
  return refs;
}

export function setupWorkbook(ss: Spreadsheet): SetupResult {
  const result: SetupResult = { created: [], completed: [], unchanged: [] };
  // «Справочники» first: dropdowns of other sheets point at its columns.
  const refs = ensureRefs(ss, result);
  for (const key of SHEET_ORDER) if (key !== "refs") completeSheet(ss, key, result, refs);
  setupIndicatorSheets(ss);
  result.surveyWaves = fillSurveyWaves(ss);
  // The live columns after the names they read exist.
  refreshRowFormulas(ss);
  refreshSatisfactionWave(ss);
  // insertSheet activates each new sheet; leave the curator on «Настройки», the first thing to fill in.
  if (result.created.length) ss.getSheetByName(SHEETS.settings.name)?.activate();
  return result;
}
