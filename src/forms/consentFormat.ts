/**
 * A person without consent stays in the register, greyed out by a conditional rule, until the curator
 * ticks «Согласие ПДн»: they are not matched or counted (isMatchable/isCountable; the indicator formulas
 * require consent = TRUE). The rule is added once per register and found again by its formula.
 */
import { SHEETS } from "../domain/workbook/sheets";
import { mapColumns } from "../sheets/table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const NO_CONSENT_GREY = "#9e9e9e";
export const NO_CONSENT_BACKGROUND = "#f1f3f4";

function letter(index1: number): string {
  let s = "";
  for (let n = index1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The rule's formula for a register: a named row whose consent box is not ticked. */
export function noConsentFormula(nameColumn: number, consentColumn: number): string {
  return `=AND($${letter(nameColumn + 1)}2<>"",$${letter(consentColumn + 1)}2<>TRUE)`;
}

/** Add the grey «no consent» rule to «Наставники» and «Наставляемые» where it is missing. */
export function ensureConsentFormatting(ss: Spreadsheet): number {
  let added = 0;
  for (const key of ["mentors", "mentees"] as const) {
    const sheet = ss.getSheetByName(SHEETS[key].name);
    if (!sheet) continue;
    const width = Math.max(sheet.getLastColumn(), 1);
    const { columns } = mapColumns(SHEETS[key], sheet.getRange(1, 1, 1, width).getValues()[0]);
    if (columns.name === undefined || columns.consent === undefined) continue;
    const formula = noConsentFormula(columns.name, columns.consent);
    const rules = sheet.getConditionalFormatRules();
    const present = rules.some((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0] ?? "") === formula);
    if (present) continue;
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setFontColor(NO_CONSENT_GREY)
      .setBackground(NO_CONSENT_BACKGROUND)
      .setRanges([sheet.getRange(2, 1, Math.max(sheet.getMaxRows() - 1, 1), width)])
      .build();
    sheet.setConditionalFormatRules([...rules, rule]);
    added++;
  }
  return added;
}
