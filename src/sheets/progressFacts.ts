/**
 * What the workbook holds, as the programme checklist needs it (domain/workbook/progress.ts): one read
 * per sheet whatever its size — the sheet list, the time zone, row counts by getLastRow, and one getValues for each of
 * «Настройки», «Контингент», «Показатели» and «Пары». The questionnaires are counted by the caller (they
 * live in document properties).
 */
import type { ProgrammeFacts } from "../domain/workbook/progress";
import { PAIR_STATUSES } from "../domain/workbook/defaults";
import { SHEETS } from "../domain/workbook/sheets";
import { targetColumns } from "./indicatorsSheet";
import { readSettings } from "./settings";
import { sheetsMissingFrom } from "./setup";
import { readTable, zoneOf } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows under the header (the sheet's last row with content, less one). */
export function dataRowCount(sheet: Sheet | null): number {
  return sheet ? Math.max(sheet.getLastRow() - 1, 0) : 0;
}

const APPROVED: ReadonlySet<string> = new Set([PAIR_STATUSES[1], PAIR_STATUSES[2], PAIR_STATUSES[3]]);
const PROPOSED = PAIR_STATUSES[0];

const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);

export function readProgrammeFacts(ss: Spreadsheet): Omit<ProgrammeFacts, "formsCreated" | "formsTotal"> {
  const sheets = new Map(ss.getSheets().map((s) => [s.getName(), s] as const));
  const sheet = (key: keyof typeof SHEETS) => sheets.get(SHEETS[key].name) ?? null;

  const zone = zoneOf(ss);
  const settingsSheet = sheet("settings");
  const organisation = settingsSheet ? readSettings(ss, zone).organisation : "";

  const contingent = sheet("contingent");
  const contingentFilled = contingent
    ? readTable(contingent, SHEETS.contingent, { zone }).rows.filter((r) => isNumber(r.cells.fact)).length
    : 0;

  let targetsFilled = 0;
  const indicators = sheet("indicators");
  if (indicators) {
    const table = readTable(indicators, SHEETS.indicators, { zone });
    const years = [...targetColumns(table.header).values()];
    targetsFilled = table.rows.filter((r) => years.some((c) => isNumber(table.values[r.rowNumber - 1][c]))).length;
  }

  let pairsProposed = 0;
  let pairsApproved = 0;
  const pairs = sheet("pairs");
  if (pairs) {
    for (const r of readTable(pairs, SHEETS.pairs, { zone }).rows) {
      const status = String(r.cells.status ?? "").trim();
      if (status === PROPOSED) pairsProposed++;
      else if (APPROVED.has(status)) pairsApproved++;
    }
  }

  return {
    settingsSheet: Boolean(settingsSheet),
    organisation,
    missingSheets: sheetsMissingFrom(new Set(sheets.keys())),
    roadmapItems: dataRowCount(sheet("roadmap")),
    contingentFilled,
    targetsFilled,
    mentors: dataRowCount(sheet("mentors")),
    mentees: dataRowCount(sheet("mentees")),
    pairsProposed,
    pairsApproved,
    meetings: dataRowCount(sheet("meetings")),
    surveys: dataRowCount(sheet("surveys")),
    report: sheets.has(SHEETS.report.name),
  };
}
