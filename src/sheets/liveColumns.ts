/**
 * Keeping the live columns live: the per-row formulas of the bases (rowFormulas.ts) put into every row
 * that lacks them or holds an outdated one (columns moved, an old workbook), and the «Волна
 * удовлетворённости» row of «Настройки» set to the latest wave of the report year with answers. Run by
 * «Создать листы книги», «Проверить книгу» and «Построить отчёт». One read and at most one write per sheet.
 */
import { isRowFormula, rowFormula } from "../domain/indicators/rowFormulas";
import { reportFrame } from "../domain/indicators/reportYear";
import { chooseWave, satisfactionRows } from "../domain/indicators/waves";
import { validateBase } from "../domain/participants/validateBase";
import { settingLabel } from "../domain/workbook/settings";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import { labelKey } from "../domain/common/normalise";
import { keepCell } from "../domain/workbook/codec";
import { readRefs } from "./refLists";
import { readSettings } from "./settings";
import { mapColumns, readTable, writeTable, zoneOf, type RowPatch, type Table } from "./table";
import type { Zone } from "../domain/workbook/zone";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LIVE_SHEETS: readonly SheetKey[] = ["pairs", "mentors", "mentees", "surveys"];

/** Rows of a table whose live formula cells are missing or outdated. */
function staleRows(table: Table): number[] {
  const out: number[] = [];
  const live = table.spec.columns.filter((c) => c.formula && table.columns[c.key] !== undefined);
  for (const row of table.rows) {
    for (const col of live) {
      const c = table.columns[col.key];
      const formula = table.formulas?.[row.rowNumber - 1]?.[c] ?? "";
      const value = table.values[row.rowNumber - 1]?.[c];
      const want = rowFormula(col.formula!, row.rowNumber, table.columns);
      if (want === null) continue;
      const stale = formula ? isRowFormula(col.formula!, formula) && formula !== want : value === "" || value === null;
      const typedAgeWithBirthDate = !formula && col.formula === "age" && row.cells.birthDate !== "";
      if (stale || typedAgeWithBirthDate) {
        out.push(row.rowNumber);
        break;
      }
    }
  }
  return out;
}

/** Live formulas put back in one sheet, in rows `top`…`bottom` only when given. Returns the rows written. */
function refreshSheet(sheet: Sheet, key: SheetKey, zone: Zone, within?: { top: number; bottom: number }): number {
  const table = readTable(sheet, SHEETS[key], { zone, withFormulas: true });
  const rows = staleRows(table).filter((r) => !within || (r >= within.top && r <= within.bottom));
  if (!rows.length) return 0;
  const patches: RowPatch[] = rows.map((rowNumber) => ({ rowNumber, cells: {} }));
  writeTable(table, patches);
  return rows.length;
}

export function refreshRowFormulas(ss: Spreadsheet, zone: Zone = zoneOf(ss)): number {
  let written = 0;
  for (const key of LIVE_SHEETS) {
    const sheet = ss.getSheetByName(SHEETS[key].name);
    if (sheet) written += refreshSheet(sheet, key, zone);
  }
  return written;
}

/**
 * After a person typed rows `top`…`bottom` of «Пары» (the onEdit trigger, which has read the header): the
 * «В году отчёта» formula those rows lack is written, so a pair typed by hand counts at once. One read of
 * that column's formulas, one write only when one is missing. A participant typed by hand gets its live
 * columns from «Проверить книгу».
 */
export function fillPairRows(
  sheet: Sheet,
  columns: Readonly<Record<string, number>>,
  top: number,
  bottom: number,
): number {
  const c = columns.countedInYear;
  const from = Math.max(2, top);
  if (c === undefined || bottom < from) return 0;
  const range = sheet.getRange(from, c + 1, bottom - from + 1, 1);
  const current = range.getFormulas();
  let written = 0;
  const next = current.map(([formula], i) => {
    if (formula) return [formula];
    const want = rowFormula("pairCounted", from + i, columns);
    if (want) written++;
    return [want ?? ""];
  });
  if (written) range.setFormulas(next);
  return written;
}

const REGISTERS: readonly SheetKey[] = ["mentors", "mentees", "surveys"];

/** The register a sheet name belongs to, or undefined (every edit asks, so nothing is read). */
export function registerOf(sheetName: string): SheetKey | undefined {
  return REGISTERS.find((k) => SHEETS[k].name === sheetName);
}

/**
 * After a person typed rows `top`…`bottom` of a register (the onEdit trigger): the live formulas those rows
 * lack (counts; the age when a birth date is there and no age was typed), so a participant typed by hand
 * counts at once. Three reads (header, the rows' values and formulas) and one write per column only when a
 * formula is missing; other sheets: nothing read. Returns the cells written.
 */
export function fillRegisterRows(sheet: Sheet, key: SheetKey, top: number, bottom: number): number {
  const from = Math.max(2, top);
  if (bottom < from) return 0;
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0].map(String);
  const { columns } = mapColumns(SHEETS[key], header);
  const live = SHEETS[key].columns.filter((c) => c.formula && columns[c.key] !== undefined);
  if (!live.length) return 0;
  const block = sheet.getRange(from, 1, bottom - from + 1, width);
  const values = block.getValues();
  const formulas = block.getFormulas();
  const blank = (v: unknown) => v === "" || v === null || v === false;
  let written = 0;
  for (const col of live) {
    const c = columns[col.key];
    let missing = false;
    const next = formulas.map((row, i) => {
      // Cells not ours to fill are written back as they were (text stays text: the codec's keepCell).
      if (row[c] || values[i].every(blank)) return [row[c] || keepCell(values[i][c], col.plainText)];
      const birth = columns.birthDate === undefined ? "" : values[i][columns.birthDate];
      const wanted = col.formula === "age" ? blank(values[i][c]) && !blank(birth) : blank(values[i][c]);
      const formula = wanted ? rowFormula(col.formula!, from + i, columns) : null;
      if (formula) missing = true;
      return [formula ?? row[c] ?? keepCell(values[i][c], col.plainText)];
    });
    if (!missing) continue;
    sheet.getRange(from, c + 1, next.length, 1).setValues(next);
    written += next.filter(([v], i) => typeof v === "string" && v.startsWith("=") && v !== formulas[i][c]).length;
  }
  return written;
}

/** The wave the satisfaction formulas read: the latest of the report year with answers (both roles). */
export function refreshSatisfactionWave(ss: Spreadsheet, zone: Zone = zoneOf(ss)): string {
  const settingsSheet = ss.getSheetByName(SHEETS.settings.name);
  const surveysSheet = ss.getSheetByName(SHEETS.surveys.name);
  if (!settingsSheet || !surveysSheet) return "";
  const settings = readSettings(ss, zone);
  const frame = reportFrame(settings, zone.today());
  const surveys = readTable(surveysSheet, SHEETS.surveys, { zone });
  const records = validateBase(
    "surveys",
    surveys.rows.map((r) => r.cells),
    readRefs(ss, zone),
    { rowNumbers: surveys.rows.map((r) => r.rowNumber) },
  ).records;
  const wave =
    chooseWave([...satisfactionRows(records, "mentee", frame), ...satisfactionRows(records, "mentor", frame)]) ?? "";
  if (wave === settings.satisfactionWave) return wave;
  const table = readTable(settingsSheet, SHEETS.settings, { zone, withFormulas: true });
  const row = table.rows.find(
    (r) => labelKey(String(r.cells.key ?? "")) === labelKey(settingLabel("satisfactionWave")),
  );
  if (row) writeTable(table, [{ rowNumber: row.rowNumber, cells: { value: wave } }]);
  return wave;
}
