/**
 * «Показатели» ⇄ indicator rows: Код · Показатель · Ед. · Цель <year>… · Факт · Статус.
 *
 * - Target columns, one per programme year (and per imported year), are inserted before «Факт»; their
 *   cells hold fractions in «%» format.
 * - «Факт» of a catalogue row is a live formula (domain/indicators/formulas.ts) over named ranges; it is
 *   (re)written only where the cell is blank or already holds the add-on's CMN_SHARE formula, so a
 *   number a curator typed instead stays. A school's own row gets no formula: its fact is typed.
 * - «Статус» is CMN_STATUS(fact, target of the report year), the year taken from the settings' named
 *   ranges inside the formula (domain/indicators/targets.ts), so it follows «Дата отчёта».
 * One read of the block (a second only after inserting target columns) and one setValues per command.
 */
import { DEFAULT_INDICATORS } from "../domain/indicators/catalogue";
import {
  FORMULA_CODES,
  denominatorFormula,
  factFromParts,
  isAddonFormula,
  numeratorFormula,
} from "../domain/indicators/formulas";
import { OLD_CODES } from "../domain/indicators/catalogue";
import { planIndicatorImport, type ImportPlan, type IndicatorWrite } from "../domain/indicators/importPlan";
import { FORMULA_SETTINGS, settingRangeName } from "../domain/indicators/namedRanges";
import type { ImportedIndicator } from "../domain/indicators/parse";
import {
  programmeYears,
  reportYear,
  statusCellFormula,
  targetHeader,
  targetColumns,
} from "../domain/indicators/targets";
import { SETTINGS } from "../domain/workbook/defaults";
import { SHEETS } from "../domain/workbook/sheets";
import { labelKey } from "../domain/common/normalise";
import { readSettings, type Settings } from "./settings";
import { keepCell } from "../domain/workbook/codec";
import type { Zone } from "../domain/workbook/zone";
import { mapColumns, readTable, writeTable, zoneOf, type Cell, type RowPatch, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SPEC = SHEETS.indicators;
const HEADER_BG = "#e8f0fe";
export const TARGET_FORMAT = "0%";
export const FACT_FORMAT = "0.0%";

const targetKey = (year: string) => `target${year}`;

function columnLetter(index0: number): string {
  let s = "";
  for (let n = index0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function indicatorsSheetOf(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(SPEC.name);
}

/** Target columns found in a header: year → 0-based index. */
export { targetColumns };

/** The table, with a `target<year>` column key per target column. */
function withTargets(table: Table): Table & { years: Map<string, number> } {
  const years = targetColumns(table.header);
  for (const [year, index] of years) table.columns[targetKey(year)] = index;
  return Object.assign(table, { years });
}

/**
 * Read the sheet; when `years` lack a target column, insert them (each before the first later year,
 * else after the last target, else before «Факт») with their headers, then read again.
 */
function readWithTargets(sheet: Sheet, years: readonly string[], zone: Zone): Table & { years: Map<string, number> } {
  const first = withTargets(readTable(sheet, SPEC, { zone, withFormulas: true }));
  const missing = [...new Set(years)].filter((y) => !first.years.has(y)).sort();
  if (missing.length === 0) return first;
  const header = first.header.slice();
  for (const year of missing) {
    const present = targetColumns(header);
    const later = [...present].filter(([y]) => y > year).map(([, i]) => i);
    const { columns } = mapColumns(SPEC, header);
    const at = later.length
      ? Math.min(...later)
      : present.size
        ? Math.max(...present.values()) + 1
        : (columns.fact ?? header.length);
    if (at + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
    else sheet.insertColumnsBefore(at + 1, 1);
    header.splice(at, 0, targetHeader(year));
  }
  const headerRange = sheet.getRange(1, 1, 1, header.length);
  // Headers are the curator's text: «Цель 2026» or «=…» must stay text.
  headerRange.setValues([header.map((h) => keepCell(h))]);
  headerRange.setFontWeight("bold").setBackground(HEADER_BG).setWrap(true);
  return withTargets(readTable(sheet, SPEC, { zone, withFormulas: true }));
}

const isAddonStatus = (formula: string) => /CMN_STATUS\(/i.test(formula);

interface Draft {
  rowNumber: number;
  code: string;
  cells: Record<string, unknown>;
}

/**
 * Fill in formulas, units and targets for every row (existing and `writes`), and write the block once.
 * `seed` appends the catalogue when the sheet has no rows.
 */
function writeRows(
  sheet: Sheet,
  table: Table & { years: Map<string, number> },
  writes: readonly IndicatorWrite[],
  seed: boolean,
): number[] {
  const c = table.columns;
  const drafts = new Map<number, Draft>();
  for (const r of table.rows) {
    const typed = String(r.cells.code ?? "").trim();
    const code = OLD_CODES[typed] ?? typed;
    drafts.set(r.rowNumber, { rowNumber: r.rowNumber, code, cells: code !== typed ? { code } : {} });
  }
  let next = Math.max(table.values.length, 1) + 1;
  const appended: number[] = [];
  const append = (code: string, cells: Record<string, unknown>) => {
    const d = { rowNumber: next++, code, cells };
    drafts.set(d.rowNumber, d);
    appended.push(d.rowNumber);
    return d;
  };
  if (seed && table.rows.length === 0)
    for (const def of DEFAULT_INDICATORS.filter((d) => !d.optional))
      append(def.code, { code: def.code, name: def.name, unit: def.unit });
  for (const w of writes) {
    const cells: Record<string, unknown> = { name: w.name };
    if (w.code) cells.code = w.code;
    if (w.unit) cells.unit = w.unit;
    for (const [year, value] of Object.entries(w.targets)) cells[targetKey(year)] = value;
    const existing = w.rowNumber !== undefined ? drafts.get(w.rowNumber) : undefined;
    if (existing) Object.assign(existing.cells, cells);
    else append(w.code, cells);
  }

  const indices = [...table.years.values()];
  const span = indices.length ? [columnLetter(Math.min(...indices)), columnLetter(Math.max(...indices))] : null;
  const factL = c.fact === undefined ? null : columnLetter(c.fact);
  const numL = c.numerator === undefined ? null : columnLetter(c.numerator);
  const denL = c.denominator === undefined ? null : columnLetter(c.denominator);
  const formulaAt = (row: number, col: number | undefined) =>
    col === undefined ? "" : (table.formulas?.[row - 1]?.[col] ?? "");
  const valueAt = (row: number, col: number | undefined): Cell =>
    col === undefined ? "" : (table.values[row - 1]?.[col] ?? "");
  for (const d of drafts.values()) {
    const code = d.code;
    const known = FORMULA_CODES.includes(code);
    // The add-on's formulas go where the cell is blank or holds one of its own; a curator's own stays.
    const ours = (col: number | undefined) => {
      const f = formulaAt(d.rowNumber, col);
      return isAddonFormula(f) || (f === "" && valueAt(d.rowNumber, col) === "");
    };
    if (known && numL && denL && factL) {
      const r = d.rowNumber;
      if (ours(c.numerator)) d.cells.numerator = numeratorFormula(code);
      if (ours(c.denominator)) d.cells.denominator = denominatorFormula(code);
      if (ours(c.fact)) d.cells.fact = factFromParts(`${numL}${r}`, `${denL}${r}`);
    }
    if (known && valueAt(d.rowNumber, c.unit) === "" && d.cells.unit === undefined) d.cells.unit = "%";
    if (factL && span && c.status !== undefined) {
      const f = formulaAt(d.rowNumber, c.status);
      if (isAddonStatus(f) || (f === "" && valueAt(d.rowNumber, c.status) === "")) {
        const r = d.rowNumber;
        d.cells.status = statusCellFormula(
          `${factL}${r}`,
          `$${span[0]}${r}:$${span[1]}${r}`,
          `$${span[0]}$1:$${span[1]}$1`,
        );
      }
    }
  }
  const patches: RowPatch[] = [...drafts.values()]
    .filter((d) => Object.keys(d.cells).length)
    .map((d) => ({ rowNumber: d.rowNumber, cells: d.cells }));
  if (patches.length) writeTable(table, patches, { formulaColumns: ["numerator", "denominator", "fact", "status"] });
  const last = Math.max(table.values.length, next - 1);
  if (last >= 2) {
    for (const index of indices) sheet.getRange(2, index + 1, last - 1, 1).setNumberFormat(TARGET_FORMAT);
    if (c.fact !== undefined) sheet.getRange(2, c.fact + 1, last - 1, 1).setNumberFormat(FACT_FORMAT);
  }
  return appended;
}

/**
 * CMN_Settings_<Key> on the «Значение» cell of each setting the formulas read, and the computed rows'
 * formulas put back where a curator overwrote them. One read of «Настройки», at most one write.
 */
export function ensureSettingNames(ss: Spreadsheet): string[] {
  const sheet = ss.getSheetByName(SHEETS.settings.name);
  if (!sheet) return [];
  const table = readTable(sheet, SHEETS.settings, { zone: zoneOf(ss), withFormulas: true });
  const value = table.columns.value;
  if (value === undefined) return [];
  const patches: RowPatch[] = [];
  for (const spec of SETTINGS.filter((s) => s.formula)) {
    const row = table.rows.find((r) => labelKey(String(r.cells.key ?? "")) === labelKey(spec.label));
    if (row && table.formulas?.[row.rowNumber - 1]?.[value] !== spec.formula)
      patches.push({ rowNumber: row.rowNumber, cells: { value: spec.formula } });
  }
  if (patches.length) writeTable(table, patches, { formulaColumns: ["value"] });
  const named: string[] = [];
  for (const key of FORMULA_SETTINGS) {
    const label = SETTINGS.find((s) => s.key === key)?.label;
    const row = label ? table.rows.find((r) => labelKey(String(r.cells.key ?? "")) === labelKey(label)) : undefined;
    if (!row) continue;
    ss.setNamedRange(settingRangeName(key), sheet.getRange(row.rowNumber, value + 1));
    named.push(settingRangeName(key));
  }
  return named;
}

/** «Создать листы книги»: the catalogue on an empty sheet; target columns for the period; formulas. */
export function setupIndicatorsSheet(ss: Spreadsheet): { seeded: boolean; years: string[] } {
  const sheet = indicatorsSheetOf(ss);
  if (!sheet) return { seeded: false, years: [] };
  const zone = zoneOf(ss);
  const years = programmeYears(readSettings(ss, zone));
  const table = readWithTargets(sheet, years, zone);
  const seeded = table.rows.length === 0;
  writeRows(sheet, table, [], true);
  return { seeded, years };
}

export interface IndicatorsImport {
  plan: ImportPlan;
  outside: string[];
  period: string[];
}

const sheetRows = (table: Table) =>
  table.rows.map((r) => ({
    rowNumber: r.rowNumber,
    code: String(r.cells.code ?? "").trim(),
    name: String(r.cells.name ?? ""),
  }));

function planOn(ss: Spreadsheet, sheet: Sheet, imported: readonly ImportedIndicator[]) {
  const zone = zoneOf(ss);
  const period = programmeYears(readSettings(ss, zone));
  const importedYears = [...new Set(imported.flatMap((i) => Object.keys(i.targets)))];
  const table = readWithTargets(sheet, [...period, ...importedYears], zone);
  return { table, period, plan: planIndicatorImport(sheetRows(table), imported) };
}

/** What an import would write, for the preview: one read, nothing written (not even year columns). */
export function planIndicators(
  ss: Spreadsheet,
  sheet: Sheet,
  imported: readonly ImportedIndicator[],
): IndicatorsImport {
  const zone = zoneOf(ss);
  const period = programmeYears(readSettings(ss, zone));
  const plan = planIndicatorImport(sheetRows(readTable(sheet, SPEC, { zone })), imported);
  return { plan, outside: plan.years.filter((y) => !period.includes(y)), period };
}

/** Write imported indicators (targets by year, unknown rows kept as the school's own). Caller holds the lock. */
export function importIndicators(
  ss: Spreadsheet,
  sheet: Sheet,
  imported: readonly ImportedIndicator[],
): IndicatorsImport {
  const { table, period, plan } = planOn(ss, sheet, imported);
  writeRows(sheet, table, plan.writes, table.rows.length === 0);
  return { plan, outside: plan.years.filter((y) => !period.includes(y)), period };
}

export interface KpiRow {
  row: number;
  code: string;
  name: string;
  unit: string;
  /** Target of the report year as a fraction; null = none or «-». */
  target: number | null;
  /** The fact as computed by the sheet (a fraction), or null when blank. */
  fact: number | null;
  /** An error the fact formula shows (#ERROR!, #NAME?…), when it shows one. */
  factError: string | null;
  /** The fact's counts from the sheet's «Числитель» and «Знаменатель», where it has them (null: none). */
  numerator: number | null;
  denominator: number | null;
  status: string;
}

export interface KpiTable {
  reportYear: number;
  years: string[];
  rows: KpiRow[];
}

const asFractionCell = (v: Cell): number | null => {
  if (typeof v === "number") return v > 1 ? v / 100 : v;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*%\s*$/.exec(String(v ?? ""));
  return m ? Number(m[1].replace(",", ".")) / 100 : null;
};

const count = (v: Cell | undefined): number | null =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : null;

/** The KPI table as the sheet computes it now. One read of «Показатели», one of «Настройки». */
export function readKpi(ss: Spreadsheet, sheet: Sheet, today: Date): KpiTable {
  const zone = zoneOf(ss);
  const settings: Settings = readSettings(ss, zone);
  const year = reportYear(settings, zone.dateOf(today));
  const table = withTargets(readTable(sheet, SPEC, { zone }));
  const targetCol = table.years.get(String(year));
  const rows = table.rows
    .filter((r) => String(r.cells.name ?? "").trim() !== "" || String(r.cells.code ?? "").trim() !== "")
    .map((r): KpiRow => {
      const fact = r.cells.fact;
      const isError = typeof fact === "string" && /^#[A-Z/0!?]+/.test(fact);
      return {
        row: r.rowNumber,
        code: String(r.cells.code ?? "").trim(),
        name: String(r.cells.name ?? "").trim(),
        unit: String(r.cells.unit ?? "").trim(),
        target: targetCol === undefined ? null : asFractionCell(table.values[r.rowNumber - 1][targetCol]),
        fact: isError ? null : asFractionCell(fact ?? ""),
        factError: isError ? String(fact) : null,
        numerator: count(r.cells.numerator),
        denominator: count(r.cells.denominator),
        status: String(r.cells.status ?? ""),
      };
    });
  return { reportYear: year, years: [...table.years.keys()], rows };
}
