/**
 * Re-scoring «Пары» against the bases as they are now: after a hand swap (the edit trigger, a few rows)
 * or for every live pair («Пересчитать пары», for edits made by paste). Reads each sheet once, writes the
 * changed rows of «Пары» once.
 */
import { REVIEW_MESSAGES } from "../domain/matching/messages";
import { rescorePairs, type RescoredPair } from "../domain/matching/review";
import { SHEETS } from "../domain/workbook/sheets";
import type { ProblemDto } from "../domain/common/problem";
import { pairRows, patchPairRows, readMatchingWorkbook, rescoredCells } from "./pairsSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RecomputeResult {
  rescored: RescoredPair[];
  /** Pairs that break a rule or name an unknown person, with links. */
  problems: ProblemDto[];
  written: number;
  missingSheets: string[];
  pseudonymous: boolean;
}

export function recomputePairs(ss: Spreadsheet, options: { rows?: ReadonlySet<number> } = {}): RecomputeResult {
  const wb = readMatchingWorkbook(ss);
  const table = wb.pairs;
  if (!table || wb.missingSheets.length)
    return { rescored: [], problems: [], written: 0, missingSheets: wb.missingSheets, pseudonymous: wb.pseudonymous };
  const rescored = rescorePairs(wb.input, wb.settings, {
    refs: wb.refs,
    today: wb.today,
    ...(options.rows ? { rows: options.rows } : {}),
  });
  const views = new Map(pairRows(table).map((v) => [v.row, v]));
  const patches = new Map<number, Record<string, unknown>>();
  for (const r of rescored) patches.set(r.row, rescoredCells(r, views.get(r.row), wb.pseudonymous));
  const written = patchPairRows(table, patches);

  const sheet = SHEETS.pairs.name;
  const mentorColumn = table.columns.mentorId;
  const problems: ProblemDto[] = rescored
    .filter((r) => r.violations.length > 0)
    .map((r) => ({
      severity: "warning",
      sheet,
      row: r.row,
      ...(mentorColumn !== undefined ? { column: mentorColumn + 1 } : {}),
      message: r.known
        ? REVIEW_MESSAGES.pairBroken(sheet, r.row, r.mentorId, r.menteeId, r.violations)
        : REVIEW_MESSAGES.pairUnknown(sheet, r.row, r.violations.join("; ")),
    }));
  return { rescored, problems, written, missingSheets: [], pseudonymous: wb.pseudonymous };
}
