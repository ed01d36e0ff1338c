/**
 * Refreshing the roadmap's computed columns (status, current dates of recurring items) from outside an
 * import: the workbook check and the sidebar's roadmap view. The write takes the document lock; when a
 * form submission holds it, the figures are still computed and returned, only the write is skipped.
 */
import type { PeriodContext } from "../domain/periods";
import { settingsContext } from "../domain/roadmap";
import { loadRoadmapContext, refreshRoadmap, ROADMAP_SPEC, todayOf, type RoadmapSummary } from "../sheets/roadmapSheet";
import { readSettings } from "../sheets/settings";
import { UserFacingError } from "../domain/common/errors";
import { withDocumentLock } from "../sheets/lock";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The context the last import used, else «Настройки» (school year, programme span). */
export function refreshContext(ss: Spreadsheet): PeriodContext {
  const stored = loadRoadmapContext();
  if (stored) return stored;
  const settings = readSettings(ss);
  return settingsContext(settings.academicYear, settings.programPeriod);
}

export function refreshRoadmapNow(ss: Spreadsheet): RoadmapSummary | null {
  if (!ss.getSheetByName(ROADMAP_SPEC.name)) return null;
  const context = refreshContext(ss);
  const today = todayOf(ss);
  try {
    return withDocumentLock(() => refreshRoadmap(ss, context, today, { write: true }));
  } catch (error) {
    if (error instanceof UserFacingError) return refreshRoadmap(ss, context, today, { write: false });
    throw error;
  }
}
