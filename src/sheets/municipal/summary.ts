/**
 * «Сводка» rebuilt whole from «Школы», the stored snapshots and «Цели района»: a title row, the header
 * with a filter (sort by any column), one row per school, the district totals below a blank row. Each
 * share's count is in the cell's note. Conditional formats mark a fact below the school's target, and
 * the schools that did not report, failed or sent data older than the period. Fixed calls whatever the
 * number of schools.
 */
import { STATE_LABELS } from "../../domain/municipal/messages";
import { rollup, schoolKey, type Rollup, type RollupEntry } from "../../domain/municipal/rollup";
import { isFailure, type SchoolState } from "../../domain/municipal/states";
import { layoutSummary, type SummaryLayout } from "../../domain/municipal/summaryLayout";
import { MUNICIPAL_SHEETS } from "../../domain/workbook/municipal";
import { encodeCell, keepCell } from "../../domain/workbook/codec";
import { zoneOf } from "../table";
import { readMunicipalContext, type MunicipalContext } from "./context";
import { readReceived, readSchools } from "./schools";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const FIRST_DATA_ROW = 3;
const COLOURS = {
  title: "#d2e3fc",
  header: "#e8f0fe",
  totals: "#e6f4ea",
  failed: "#f4c7c3",
  stale: "#fce8b2",
  below: "#f4c7c3",
  belowText: "#a50e0e",
};

const stateOf = (label: string): SchoolState | undefined =>
  (Object.keys(STATE_LABELS) as SchoolState[]).find((k) => STATE_LABELS[k] === label);

/** The roll-up of the workbook as it stands: every school of «Школы» with its stored snapshot. */
export function readRollup(ss: Spreadsheet, now: Date): { rollup: Rollup; context: MunicipalContext } {
  const context = readMunicipalContext(ss, now);
  const list = readSchools(ss);
  const store = readReceived(ss);
  const entries: RollupEntry[] = (list?.schools ?? [])
    .filter((s) => s.name)
    .map((s) => {
      const values = list!.table.values[s.rowNumber - 1];
      const stateCol = list!.table.columns.state;
      const reasonCol = list!.table.columns.reason;
      const state = stateCol === undefined ? undefined : stateOf(String(values[stateCol] ?? "").trim());
      const reason = reasonCol === undefined ? "" : String(values[reasonCol] ?? "");
      return {
        name: s.name,
        source: s.link,
        snapshot: store.get(schoolKey(s.name))?.snapshot ?? null,
        failure: state && isFailure(state) ? { state, reason } : null,
      };
    });
  return {
    rollup: rollup(entries, {
      periodStart: context.periodStart,
      targets: context.targets,
      names: context.targetNames,
    }),
    context,
  };
}

function conditionalRules(sheet: Sheet, layout: SummaryLayout, rows: number) {
  const width = layout.header.length;
  const letter = (index0: number) => {
    let s = "";
    for (let n = index0 + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const r0 = FIRST_DATA_ROW;
  const state = `$${letter(layout.columns.state)}${r0}`;
  const rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  // A fact below the school's own target (rounding noise aside); first, so it shows on a marked row too.
  for (const f of layout.columns.facts) {
    const fact = `${letter(f.fact)}${r0}`;
    const target = `${letter(f.target)}${r0}`;
    rules.push(
      SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied(`=AND(ISNUMBER(${fact}),ISNUMBER(${target}),${fact}+0.000000001<${target})`)
        .setBackground(COLOURS.below)
        .setFontColor(COLOURS.belowText)
        .setRanges([sheet.getRange(r0, f.fact + 1, rows, 1)])
        .build(),
    );
  }
  const failed = (Object.keys(STATE_LABELS) as SchoolState[])
    .filter((s) => isFailure(s) || s === "notReported")
    .map((s) => `${state}="${STATE_LABELS[s]}"`);
  rules.push(
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=OR(${failed.join(",")})`)
      .setBackground(COLOURS.failed)
      .setRanges([sheet.getRange(r0, 1, rows, width)])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=${state}="${STATE_LABELS.stale}"`)
      .setBackground(COLOURS.stale)
      .setRanges([sheet.getRange(r0, 1, rows, width)])
      .build(),
  );
  return rules;
}

export function writeSummary(ss: Spreadsheet, data: { rollup: Rollup; context: MunicipalContext }): SummaryLayout {
  const layout = layoutSummary(data.rollup, data.context.reportDate, data.context.periodStart);
  let sheet = ss.getSheetByName(MUNICIPAL_SHEETS.summary.name);
  if (!sheet) sheet = ss.insertSheet(MUNICIPAL_SHEETS.summary.name);
  sheet.getFilter()?.remove();
  sheet.clear();
  sheet.clearConditionalFormatRules();
  const width = layout.header.length;
  const n = layout.rows.length;
  const totalsRow = FIRST_DATA_ROW + n + 1;
  if (totalsRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), totalsRow - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());

  const blankRow = () => Array.from({ length: width }, () => "");
  const zone = zoneOf(ss);
  const dateCol = layout.columns.dataDate;
  // Text as the codec writes it (escaped where Sheets could re-read it); the data date as a date cell.
  const cell = (v: string | number, c: number) => (c === dateCol ? encodeCell({ type: "date" }, v, zone) : keepCell(v));
  const values = [
    [layout.title, ...blankRow().slice(1)].map((v) => keepCell(v)),
    layout.header.map((v) => keepCell(v)),
    ...layout.rows.map((r) => r.map(cell)),
    blankRow(),
    layout.totals.map((v) => keepCell(v)),
  ];
  const block = sheet.getRange(1, 1, totalsRow, width);
  const formatRow = layout.formats.map((f) => f || "General");
  block.setNumberFormats(
    values.map((_, i) => (i < 2 || i === totalsRow - 2 ? blankRow().map(() => "General") : formatRow)),
  );
  block.setValues(values);
  block.setNotes([blankRow(), blankRow(), ...layout.notes, blankRow(), layout.totalsNotes]);
  block.setBackgrounds(
    values.map((_, i) =>
      blankRow().map(() =>
        i === 0 ? COLOURS.title : i === 1 ? COLOURS.header : i === totalsRow - 1 ? COLOURS.totals : "#ffffff",
      ),
    ),
  );
  block.setFontWeights(values.map((_, i) => blankRow().map(() => (i <= 1 || i === totalsRow - 1 ? "bold" : "normal"))));
  sheet.getRange(2, 1, 1, width).setWrap(true).setVerticalAlignment("top");
  sheet.setFrozenRows(2);
  sheet.setFrozenColumns(1);
  sheet.setColumnWidth(1, 260);
  if (n > 0) {
    sheet.getRange(2, 1, n + 1, width).createFilter();
    sheet.setConditionalFormatRules(conditionalRules(sheet, layout, n));
  }
  return layout;
}
