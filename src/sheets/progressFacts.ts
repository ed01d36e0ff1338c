/**
 * What the workbook holds, as «Обзор» needs it: the checklist's facts (domain/workbook/progress.ts) and
 * the programme's figures of the report year (domain/figures), from one read of each sheet whatever its
 * size — the sheet list, row counts by getLastRow, and one getValues for each of «Настройки»,
 * «Справочники», «Наставники», «Наставляемые», «Пары», «Контингент» and «Показатели». The checklist's
 * people and pairs are the figures' own (registers, pairs and groups of the year, proposals apart), so
 * «Обзор» says what the report says. The questionnaires are counted by the caller (they live in document
 * properties).
 */
import { programmeFiguresOf, type ProgrammeFigures } from "../domain/figures/programme";
import { settingsOf } from "../domain/indicators/input";
import { targetColumns } from "../domain/indicators/targets";
import type { ProgrammeFacts } from "../domain/workbook/progress";
import type { Settings } from "../domain/workbook/settings";
import { SHEETS } from "../domain/workbook/sheets";
import { sheetsMissingFrom } from "./setup";
import { zoneOf } from "./table";
import { readWorkbookRows } from "./workbookRows";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows under the header (the sheet's last row with content, less one). */
export function dataRowCount(sheet: Sheet | null): number {
  return sheet ? Math.max(sheet.getLastRow() - 1, 0) : 0;
}

const isNumber = (v: unknown) => typeof v === "number" && Number.isFinite(v);

export interface ProgrammeState {
  facts: Omit<ProgrammeFacts, "formsCreated" | "formsTotal">;
  figures: ProgrammeFigures;
  /** «Настройки» as typed (defaults where blank or absent). */
  settings: Settings;
}

export function readProgrammeState(ss: Spreadsheet, now: Date): ProgrammeState {
  const sheets = new Map(ss.getSheets().map((s) => [s.getName(), s] as const));
  const sheet = (key: keyof typeof SHEETS) => sheets.get(SHEETS[key].name) ?? null;
  const zone = zoneOf(ss);
  const rows = readWorkbookRows(
    ss,
    ["settings", "refs", "mentors", "mentees", "pairs", "contingent", "indicators"],
    zone,
  );
  const figures = programmeFiguresOf(rows, zone.dateOf(now));
  const { settings } = settingsOf(rows);

  const contingentFilled = (rows.contingent?.rows ?? []).filter((r) => isNumber(r.cells.fact)).length;
  let targetsFilled = 0;
  if (rows.indicators) {
    const { header, values } = rows.indicators;
    const years = [...targetColumns(header).values()];
    targetsFilled = rows.indicators.rows.filter((r) => years.some((c) => isNumber(values[r.rowNumber - 1][c]))).length;
  }

  return {
    facts: {
      settingsSheet: Boolean(rows.settings),
      organisation: rows.settings ? settings.organisation : "",
      missingSheets: sheetsMissingFrom(new Set(sheets.keys())),
      roadmapItems: dataRowCount(sheet("roadmap")),
      contingentFilled,
      targetsFilled,
      mentors: figures.registers.mentors,
      mentees: figures.registers.mentees,
      pairsProposed: figures.proposals,
      pairsApproved: figures.year.pairs,
      groupsApproved: figures.year.groups,
      meetings: dataRowCount(sheet("meetings")),
      surveys: dataRowCount(sheet("surveys")),
      report: sheets.has(SHEETS.report.name),
    },
    figures,
    settings,
  };
}
