/**
 * The contingent and indicators part of «Создать листы книги»: setting names the formulas read, the
 * contingent template and its names, the indicators catalogue with target columns and live formulas.
 * Settings first: the «Статус» formulas read CMN_Settings_ReportDate.
 */
import { ensureSettingNames } from "./indicatorsSheet";
import { setupContingentSheet } from "./contingentSheet";
import { setupIndicatorsSheet } from "./indicatorsSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function setupIndicatorSheets(ss: Spreadsheet): void {
  ensureSettingNames(ss);
  setupContingentSheet(ss);
  setupIndicatorsSheet(ss);
}
