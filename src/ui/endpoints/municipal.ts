/**
 * Sidebar endpoints of the municipal roll-up. School side: «Отправить в муниципалитет» writes the
 * snapshot into the school's own workbook and hands the same JSON to the sidebar for download.
 * Municipality side: create the workbook, collect the schools' snapshots in chunks the sidebar drives,
 * accept snapshot files, rebuild «Сводка» and «Отчёт».
 */
import * as z from "zod";
import { MUNICIPAL_UI_TEXT as T, STATE_LABELS } from "../../domain/municipal/messages";
import { ruDate } from "../../domain/municipal/period";
import { isFailure, type SchoolState } from "../../domain/municipal/states";
import { buildSnapshot, snapshotJson, type Snapshot } from "../../domain/snapshot/index";
import { MUNICIPAL_SHEETS } from "../../domain/workbook/municipal";
import {
  acceptSnapshotFiles,
  collectChunk,
  COLLECT_CHUNK,
  type ChunkDto,
  type FilesDto,
} from "../../sheets/municipal/collect";
import { writeMunicipalReport } from "../../sheets/municipal/report";
import { readSchools } from "../../sheets/municipal/schools";
import { readRollup, writeSummary } from "../../sheets/municipal/summary";
import { hasSchoolData, setupMunicipalWorkbook } from "../../sheets/municipal/workbook";
import { readSchoolFigures } from "../../sheets/schoolFigures";
import { readSettings } from "../../sheets/settings";
import { readSnapshotRange, writeSnapshotSheet } from "../../sheets/snapshotSheet";
import { zoneOf } from "../../sheets/table";
import { endpoint, NoInput } from "../endpoint";
import { UserFacingError } from "../../domain/common/errors";
import { withDocumentLock } from "../../sheets/lock";
import { refreshContext, refreshRoadmapNow } from "../roadmapRefresh";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const active = () => SpreadsheetApp.getActiveSpreadsheet();

export const isMunicipalWorkbook = (ss: Spreadsheet): boolean =>
  ss.getSheetByName(MUNICIPAL_SHEETS.schools.name) !== null;

export interface SnapshotDto {
  message: string;
  fileName: string;
  /** The snapshot as a JSON file's text (indented). */
  json: string;
  reportDate: string;
  takenAt: string;
}

const snapshotDto = (snapshot: Snapshot, message: string): SnapshotDto => ({
  message,
  fileName: T.fileName(snapshot.school.name, snapshot.reportDate),
  json: snapshotJson(snapshot, true),
  reportDate: snapshot.reportDate,
  takenAt: snapshot.takenAt,
});

export function sendSnapshot(ss: Spreadsheet, now: Date): SnapshotDto {
  if (isMunicipalWorkbook(ss)) throw new UserFacingError(T.schoolWorkbookOnly);
  // The name first: nothing is written for a school the municipality could not tell apart.
  if (!String(readSettings(ss).organisation ?? "").trim()) throw new UserFacingError(T.noOrganisation);
  return withDocumentLock(() => {
    const figures = readSchoolFigures(ss, now, { roadmapContext: refreshContext(ss) });
    const snapshot = buildSnapshot(figures, { takenAt: zoneOf(ss).dateOf(now) });
    writeSnapshotSheet(ss, snapshot);
    const withCounts = snapshot.indicators.filter((i) => i.numerator !== null && i.denominator !== null).length;
    return snapshotDto(snapshot, T.sent(ruDate(snapshot.reportDate), withCounts, snapshot.indicators.length));
  });
}

export function createMunicipalWorkbook(ss: Spreadsheet): { message: string; created: string[] } {
  if (hasSchoolData(ss)) throw new UserFacingError(T.schoolBook);
  const result = withDocumentLock(() => setupMunicipalWorkbook(ss));
  return { message: T.created(result.created.length), created: result.created };
}

export interface MunicipalOverviewDto {
  municipal: boolean;
  schools: number;
  received: number;
  chunk: number;
  /** Schools whose last attempt failed or that have not reported, with the reason. */
  attention: Array<{ row: number; school: string; state: string; reason: string }>;
}

const STATE_BY_LABEL = new Map((Object.keys(STATE_LABELS) as SchoolState[]).map((k) => [STATE_LABELS[k], k]));

export function municipalOverview(ss: Spreadsheet): MunicipalOverviewDto {
  const list = readSchools(ss);
  if (!list) return { municipal: false, schools: 0, received: 0, chunk: COLLECT_CHUNK, attention: [] };
  const stateCol = list.table.columns.state;
  const reasonCol = list.table.columns.reason;
  const attention: MunicipalOverviewDto["attention"] = [];
  let received = 0;
  for (const s of list.schools) {
    const values = list.table.values[s.rowNumber - 1];
    const label = stateCol === undefined ? "" : String(values[stateCol] ?? "").trim();
    const state = STATE_BY_LABEL.get(label);
    if (state === "received") received++;
    else if (state === undefined || isFailure(state) || state === "notReported" || state === "stale")
      attention.push({
        row: s.rowNumber,
        school: s.name,
        state: label || STATE_LABELS.notReported,
        reason: reasonCol === undefined ? "" : String(values[reasonCol] ?? ""),
      });
  }
  return { municipal: true, schools: list.schools.length, received, chunk: COLLECT_CHUNK, attention };
}

function requireMunicipal(ss: Spreadsheet): void {
  if (!isMunicipalWorkbook(ss)) throw new UserFacingError(T.notMunicipal);
}

/** «Сводка» (and, on request, «Отчёт») from what is stored now. */
export function rebuildSummary(ss: Spreadsheet, now: Date, withReport = false): { message: string } {
  requireMunicipal(ss);
  if (withReport) refreshRoadmapNow(ss);
  return withDocumentLock(() => {
    const data = readRollup(ss, now);
    writeSummary(ss, data);
    if (withReport) {
      writeMunicipalReport(ss, data, now);
      ss.getSheetByName("Отчёт")?.activate();
      return { message: T.reportDone(ruDate(data.context.reportDate)) };
    }
    const counted = data.rollup.schools.filter((s) => s.counted).length;
    return { message: T.summaryDone(counted, data.rollup.schools.length) };
  });
}

export interface CollectStepDto extends ChunkDto {
  message: string;
}

export function collectStep(ss: Spreadsheet, from: number, now: Date): CollectStepDto {
  requireMunicipal(ss);
  const chunk = collectChunk(ss, from, COLLECT_CHUNK, now, withDocumentLock);
  let message = "";
  if (chunk.done) {
    const summary = rebuildSummary(ss, now);
    const overview = municipalOverview(ss);
    message = `${T.collected(overview.received, overview.attention.length, overview.schools)} ${summary.message}`;
  }
  return { ...chunk, message };
}

const Files = z
  .object({
    files: z
      .array(z.object({ name: z.string().max(300), text: z.string().max(2_000_000) }).strict())
      .min(1)
      .max(50),
  })
  .strict();

export function acceptFiles(
  ss: Spreadsheet,
  files: ReadonlyArray<{ name: string; text: string }>,
  now: Date,
): FilesDto & { message: string } {
  requireMunicipal(ss);
  const result = acceptSnapshotFiles(ss, files, now, withDocumentLock);
  const summary = result.accepted.length ? rebuildSummary(ss, now).message : "";
  const lines = [
    ...result.accepted.map((a) => T.fileAccepted(a.school, ruDate(a.reportDate))),
    ...result.refused.map((r) => T.fileRefused(r.file, r.reason)),
    summary,
  ].filter(Boolean);
  return { ...result, message: lines.join(" ") };
}

export const MUNICIPAL_ENDPOINTS = {
  sendSnapshot: endpoint("sendSnapshot", NoInput, (): SnapshotDto => sendSnapshot(active(), new Date())),

  /** The snapshot last sent from this workbook, for the sidebar's download link (null: none yet). */
  lastSnapshot: endpoint("lastSnapshot", NoInput, (): SnapshotDto | null => {
    const read = readSnapshotRange(active());
    return read && read.ok ? snapshotDto(read.snapshot, "") : null;
  }),

  createMunicipalWorkbook: endpoint("createMunicipalWorkbook", NoInput, () => createMunicipalWorkbook(active())),

  municipalOverview: endpoint("municipalOverview", NoInput, (): MunicipalOverviewDto => municipalOverview(active())),

  /** One chunk of «Собрать данные» from the school at `from` (0-based in «Школы»); the sidebar loops. */
  collectStep: endpoint(
    "collectStep",
    z.object({ from: z.number().int().min(0).max(100_000) }).strict(),
    ({ from }): CollectStepDto => collectStep(active(), from, new Date()),
  ),

  /** Snapshot files a school sent, read in the sidebar from the coordinator's computer. */
  acceptSnapshotFiles: endpoint("acceptSnapshotFiles", Files, ({ files }) => acceptFiles(active(), files, new Date())),

  buildMunicipalSummary: endpoint("buildMunicipalSummary", NoInput, () => rebuildSummary(active(), new Date())),

  buildMunicipalReport: endpoint("buildMunicipalReport", NoInput, () => rebuildSummary(active(), new Date(), true)),
};
