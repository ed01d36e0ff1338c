/**
 * An old workbook's «Опросы» had no «Волна» and no «Учебный год»: «Создать листы книги» adds the columns,
 * then this gives every row with a «Дата» and a blank wave or year its wave (indicators/waves.ts `waveOf`,
 * by the waves listed in «Настройки») and its programme year, in one write. A value already there stays;
 * a row without a readable date is left for the curator (the check names it).
 */
import { academicYearLabel, academicYearOf, isIsoDate } from "../domain/common/dates";
import { waveOf } from "../domain/indicators/waves";
import { SHEETS } from "../domain/workbook/sheets";
import { readSettings } from "./settings";
import { readTable, writeTable, zoneOf, type RowPatch } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function fillSurveyWaves(ss: Spreadsheet): number {
  const sheet = ss.getSheetByName(SHEETS.surveys.name);
  if (!sheet || sheet.getLastRow() < 2) return 0;
  const zone = zoneOf(ss);
  const table = readTable(sheet, SHEETS.surveys, { zone, withFormulas: true });
  if (table.columns.wave === undefined || table.columns.academicYear === undefined) return 0;
  let waves: string[] | undefined;
  const patches: RowPatch[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const date = cells.date;
    if (!isIsoDate(date)) continue;
    const patch: Record<string, unknown> = {};
    if (String(cells.wave ?? "").trim() === "") {
      waves ??= readSettings(ss, zone).surveyWaves;
      patch.wave = waveOf(date, waves);
    }
    if (String(cells.academicYear ?? "").trim() === "") patch.academicYear = academicYearLabel(academicYearOf(date));
    if (Object.keys(patch).length) patches.push({ rowNumber, cells: patch });
  }
  writeTable(table, patches);
  return patches.length;
}
