/**
 * «Закрыть учебный год» in the sidebar: the plan first (exactly what will change, with counts and lists),
 * then the close of that plan (its fingerprint must match: a workbook changed since is shown again), and
 * the restore of a close made by mistake. Writes under the document lock.
 */
import * as z from "zod";
import { formatDateRu } from "../../domain/common/dates";
import type { Zone } from "../../domain/workbook/zone";
import { previewSections, type PreviewSection } from "../../domain/year/preview";
import { YEAR_TEXT } from "../../domain/year/messages";
import { planIsEmpty } from "../../domain/year/closeYear";
import {
  CloseProblem,
  closeYear,
  closePeople,
  planOf,
  readCloseWorkbook,
  restoreYear,
  type ClosedYear,
} from "../../sheets/yearSheet";
import { endpoint, NoInput } from "../endpoint";
import { UserFacingError } from "../../domain/common/errors";
import { withDocumentLock } from "../../sheets/lock";
import { refreshSatisfactionWave } from "../../sheets/liveColumns";

const active = () => SpreadsheetApp.getActiveSpreadsheet();
const MAX_ITEMS = 200;

export interface ClosePreviewDto {
  /** A problem that stops the close (missing sheet or column, unreadable «Учебный год»); null when none. */
  problem: string | null;
  year: string;
  next: string;
  fingerprint: string;
  title: string;
  sections: PreviewSection[];
  empty: boolean;
  nothingDeleted: string;
  /** Closed years, oldest first, with the day each was closed; the last one can be restored. */
  closed: ClosedYear[];
}

/** The day a close was made, as the spreadsheet's calendar has it. */
function closedDays(closed: readonly ClosedYear[], zone: Zone): ClosedYear[] {
  return closed.map((c) => {
    const at = c.at ? new Date(c.at) : null;
    return { year: c.year, at: at && !Number.isNaN(at.getTime()) ? formatDateRu(zone.dateOf(at)) : "" };
  });
}

/** Problems the curator can fix become messages; anything else is a bug. */
function userFacing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof CloseProblem) throw new UserFacingError(error.message);
    throw error;
  }
}

const YearLabel = z.string().regex(/^\s*\d{4}\s*[-–—/]\s*\d{2,4}\s*$/);

export const YEAR_ENDPOINTS = {
  closeYearPreview: endpoint("closeYearPreview", NoInput, (): ClosePreviewDto => {
    const empty = (problem: string, closed: ClosedYear[] = []): ClosePreviewDto => ({
      problem,
      year: "",
      next: "",
      fingerprint: "",
      title: "",
      sections: [],
      empty: true,
      nothingDeleted: YEAR_TEXT.preview.nothingDeleted,
      closed,
    });
    let wb;
    try {
      wb = readCloseWorkbook(active());
    } catch (error) {
      if (error instanceof CloseProblem) return empty(error.message);
      throw error;
    }
    const result = planOf(wb);
    const closed = closedDays(wb.closed, wb.zone);
    if (!result.ok) return empty(YEAR_TEXT.badYear(result.value), closed);
    const plan = result.plan;
    return {
      problem: null,
      year: plan.year,
      next: plan.next,
      fingerprint: plan.fingerprint,
      title: YEAR_TEXT.preview.title(plan.year, plan.next),
      sections: previewSections(plan, closePeople(wb), { pseudonymous: wb.pseudonymous, max: MAX_ITEMS }),
      empty: planIsEmpty(plan),
      nothingDeleted: YEAR_TEXT.preview.nothingDeleted,
      closed,
    };
  }),

  closeYear: endpoint(
    "closeYear",
    z.object({ year: YearLabel, fingerprint: z.string().regex(/^[0-9a-f]{8}$/) }).strict(),
    (request) =>
      withDocumentLock(() =>
        userFacing(() => {
          const ss = active();
          const outcome = closeYear(ss, request, new Date());
          // The report year moved on: the computed wave follows at once, not at the next check.
          if (outcome.status !== "already") refreshSatisfactionWave(ss);
          if (outcome.status === "already")
            return { closed: false, changed: 0, message: YEAR_TEXT.alreadyClosed(outcome.year) };
          return { closed: true, changed: outcome.changed, message: YEAR_TEXT.closed(outcome.year, outcome.changed) };
        }),
      ),
  ),

  restoreYear: endpoint("restoreYear", z.object({ year: YearLabel }).strict(), ({ year }) =>
    withDocumentLock(() =>
      userFacing(() => {
        const ss = active();
        const outcome = restoreYear(ss, year, new Date());
        // The report year is the restored one again: its wave, at once.
        refreshSatisfactionWave(ss);
        return {
          restored: outcome.restored,
          kept: outcome.kept.slice(0, MAX_ITEMS).map((k) => YEAR_TEXT.keptCell(k.sheet, k.row, k.column)),
          keptTotal: outcome.kept.length,
          columnsKept: outcome.columnsKept.map((c) => YEAR_TEXT.columnKept(c.sheet, c.column)),
          message: YEAR_TEXT.restored(outcome.year, outcome.restored, outcome.kept.length),
        };
      }),
    ),
  ),
};
