/**
 * The school's computed figures for its snapshot, gathered from what the workbook already computes:
 * - the monitoring report's input and model (reportSheet.ts, domain/report), for participants, pairs,
 *   the roadmap and satisfaction;
 * - «Показатели»: each row's target for the target year (as the report reads it) and the numerator and
 *   denominator of its «Факт». Where the sheet has «Числитель» and «Знаменатель» columns they are read;
 *   otherwise the «Факт» formula CMN_SHARE(part, total) is taken apart and the workbook evaluates part
 *   and total itself (written once as formulas on the hidden snapshot sheet, read once, cleared), so
 *   the counts are the very ones the fact divides. A fact typed by hand has no counts (null).
 * The counting contract (docs/indicators.md) will replace the indicator half of this reader; the
 * snapshot takes whatever it returns.
 */
import { labelKey } from "../domain/common/normalise";
import { shareArguments } from "../domain/indicators/shareArguments";
import { buildReportModel } from "../domain/report/index";
import { schoolFigures, type IndicatorFigure, type SchoolFigures } from "../domain/snapshot/index";
import { PAIR_STATUSES, ROADMAP_STATUSES } from "../domain/workbook/defaults";
import { SHEETS } from "../domain/workbook/sheets";
import { readReportInput } from "./reportSheet";
import { snapshotSheet } from "./snapshotSheet";
import { readTable, zoneOf, type Cell } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NUMERATOR_HEADERS = ["числитель"].map(labelKey);
const DENOMINATOR_HEADERS = ["знаменатель"].map(labelKey);

const count = (v: Cell | undefined): number | null =>
  typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : null;

interface Counts {
  numerator: number | null;
  denominator: number | null;
}

/** Numerator and denominator of each «Показатели» row with a code, by code. */
export function readIndicatorCounts(ss: Spreadsheet): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const sheet = ss.getSheetByName(SHEETS.indicators.name);
  if (!sheet) return out;
  const table = readTable(sheet, SHEETS.indicators, { zone: zoneOf(ss), withFormulas: true });
  const numCol = table.header.findIndex((h) => NUMERATOR_HEADERS.includes(labelKey(h)));
  const denCol = table.header.findIndex((h) => DENOMINATOR_HEADERS.includes(labelKey(h)));
  const factCol = table.columns.fact;
  const toEvaluate: Array<{ code: string; part: string; total: string }> = [];
  for (const row of table.rows) {
    const code = String(row.cells.code ?? "").trim();
    if (!code || out.has(code)) continue;
    const values = table.values[row.rowNumber - 1];
    if (numCol >= 0 && denCol >= 0) {
      out.set(code, { numerator: count(values[numCol]), denominator: count(values[denCol]) });
      continue;
    }
    const formula = factCol === undefined ? "" : (table.formulas?.[row.rowNumber - 1]?.[factCol] ?? "");
    const args = formula ? shareArguments(formula) : null;
    out.set(code, { numerator: null, denominator: null });
    if (args) toEvaluate.push({ code, ...args });
  }
  if (toEvaluate.length) {
    const scratch = snapshotSheet(ss);
    const range = scratch.getRange(1, 2, toEvaluate.length, 2);
    range.setFormulas(toEvaluate.map((e) => [`=${e.part}`, `=${e.total}`]));
    const values = range.getValues() as Cell[][];
    range.clearContent();
    toEvaluate.forEach((e, i) => out.set(e.code, { numerator: count(values[i][0]), denominator: count(values[i][1]) }));
  }
  return out;
}

/** Everything the snapshot takes, for the report date in «Настройки» (or `today`). */
export function readSchoolFigures(ss: Spreadsheet, today: Date): SchoolFigures {
  const input = readReportInput(ss, today, []);
  const model = buildReportModel(input, { pairStatuses: PAIR_STATUSES, roadmapStatuses: ROADMAP_STATUSES });
  const counts = readIndicatorCounts(ss);
  const indicators: IndicatorFigure[] = input.indicators
    .filter((i) => i.code)
    .map((i) => ({
      code: i.code,
      name: i.name,
      target: i.target,
      numerator: counts.get(i.code)?.numerator ?? null,
      denominator: counts.get(i.code)?.denominator ?? null,
    }));
  return schoolFigures(model, indicators, Number(input.today.slice(0, 4)));
}
