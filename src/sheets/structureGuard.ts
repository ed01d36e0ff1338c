/**
 * The structure guard, one piece for every command that reads a sheet: on the header the command reads
 * anyway, check the columns it needs (domain/workbook/needs.ts) and stop with a StructureError that names
 * the sheet, the columns and how to put them back (domain/workbook/headerDamage.ts says what is wrong).
 * The ui layer shows its message as it is; the submit trigger and «Повторить обработку» keep the answer
 * whole in «Журнал ошибок» with it. No service call of its own: the caller has read the header.
 *
 * «Восстановить заголовки» (`restoreStructure`) makes the damaged sheets whole the way «Создать листы книги»
 * does (setup.ts): a missing sheet created, a deleted header row inserted above the data, missing columns
 * added after the last one with their validation and named ranges. Sheets whose header is whole are not
 * touched. No data cell is written.
 */
import { CuratorError } from "../domain/common/errors";
import { headerDamage, type HeaderDamage } from "../domain/workbook/headerDamage";
import { neededColumns, type Needs } from "../domain/workbook/needs";
import { SHEETS, SHEET_ORDER, type SheetKey, type SheetSpec } from "../domain/workbook/sheets";
import { STRUCTURE_TEXT } from "./messages";
import { completeSheet, ensureRefs, type SetupResult } from "./setup";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function describeDamage(damage: HeaderDamage): string {
  switch (damage.kind) {
    case "sheet":
      return STRUCTURE_TEXT.sheet(damage.sheet);
    case "headerRow":
      return STRUCTURE_TEXT.headerRow(damage.sheet);
    case "columns":
      return STRUCTURE_TEXT.columns(damage.sheet, damage.headers, damage.unknown);
  }
}

/** A command stopped because a sheet it needs is damaged; the message is for the curator. */
export class StructureError extends CuratorError {
  constructor(readonly damage: HeaderDamage) {
    super(STRUCTURE_TEXT.stopped(describeDamage(damage)));
    this.name = "StructureError";
  }
}

interface HeaderOf {
  spec: SheetSpec;
  header: readonly unknown[];
}

/** Stop unless `table`'s header has every column of `keys` (keys of its spec). */
export function requireColumns(table: HeaderOf, keys: readonly string[], sheetName?: string): void {
  const damage = headerDamage(table.spec, table.header, keys, sheetName);
  if (damage) throw new StructureError(damage);
}

/** Stop unless `table` has every column `needs` names for its sheet (and the sheet's required ones). */
export function requireNeeds(table: HeaderOf, needs: Needs, sheetName?: string): void {
  requireColumns(table, neededColumns(needs, table.spec), sheetName);
}

/** The sheet, or a StructureError naming it. */
export function requireSheet(ss: Spreadsheet, key: SheetKey): Sheet {
  const sheet = ss.getSheetByName(SHEETS[key].name);
  if (!sheet) throw new StructureError({ kind: "sheet", sheet: SHEETS[key].name });
  return sheet;
}

/** Row 1 of a sheet (one call). */
export function headerRow(sheet: Sheet): unknown[] {
  return sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0];
}

/**
 * A sheet of the workbook by its name, else the first sheet whose header has every column of the spec
 * (a renamed «Журнал ошибок» keeps its entries). The scan reads one header per sheet, only when the
 * name is not found.
 */
export function findSheet(ss: Spreadsheet, key: SheetKey): Sheet | null {
  return ss.getSheetByName(SHEETS[key].name) ?? sheetsByHeader(ss, key)[0] ?? null;
}

/** Every sheet whose header has every column of the spec, the one with the spec's name first. */
export function sheetsByHeader(ss: Spreadsheet, key: SheetKey): Sheet[] {
  const spec = SHEETS[key];
  const all = spec.columns.map((c) => c.key);
  const out: Sheet[] = [];
  for (const sheet of ss.getSheets()) {
    const named = sheet.getName() === spec.name;
    if (headerDamage(spec, headerRow(sheet), all) === null) {
      if (named) out.unshift(sheet);
      else out.push(sheet);
    }
  }
  return out;
}

export interface RestoreResult {
  /** Names of the sheets whose header or columns were put back (or which were created). */
  restored: string[];
  message: string;
}

/**
 * «Восстановить заголовки»: every sheet of the workbook whose header is damaged (or which is missing) is
 * completed as setup does it. A sheet found by its header under another name counts as present.
 */
export function restoreStructure(ss: Spreadsheet): RestoreResult {
  const result: SetupResult = { created: [], completed: [], unchanged: [] };
  const refs = ensureRefs(ss, result);
  for (const key of SHEET_ORDER) {
    if (key === "refs") continue;
    const spec = SHEETS[key];
    const found = findSheet(ss, key);
    // Whole sheets are left as they are: only a missing sheet or a damaged header is made again.
    if (
      found &&
      headerDamage(
        spec,
        headerRow(found),
        spec.columns.map((c) => c.key),
        found.getName(),
      ) === null
    )
      continue;
    completeSheet(ss, key, result, refs, found ?? undefined);
  }
  const restored = [...result.created, ...result.completed.map((c) => c.sheet)];
  return { restored, message: STRUCTURE_TEXT.restored(restored) };
}
