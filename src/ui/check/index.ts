/**
 * «Проверить книгу»: every feature's checks, run in order. Add a check: one function, one line here.
 * Each check reads its sheets with a fixed number of calls. The structure check comes first and also
 * says which sheets «Восстановить заголовки» would repair.
 */
import type { ProblemDto, WorkbookCheck } from "./problem";
import { structureReport, type RestoreDto } from "./structure";
import { checkContingent } from "./contingent";
import { checkBases } from "./bases";
import { countBySeverity, groupProblems, type ProblemGroupDto } from "./groups";
import { checkLiveColumns } from "./liveColumns";
import { CHECK_TEXT } from "./messages";
import { checkRoadmap } from "./roadmap";

export const CHECKS: WorkbookCheck[] = [checkBases, checkLiveColumns, checkRoadmap, checkContingent];

export const MAX_PROBLEMS = 500;

export interface CheckResultDto {
  problems: ProblemDto[];
  /** The same problems with identical ones together, as the «Проверка» view lists them. */
  groups: ProblemGroupDto[];
  /** Problems by severity: the summary and the view's headings say these numbers. */
  counts: Record<ProblemDto["severity"], number>;
  total: number;
  summary: string;
  /** Sheets whose header «Восстановить заголовки» would put back (the structure check's). */
  restore: RestoreDto[];
}

export function runChecks(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): CheckResultDto {
  const structure = structureReport(ss);
  const all = [...structure.problems, ...CHECKS.flatMap((check) => check(ss))];
  const counts = countBySeverity(all);
  return {
    problems: all.slice(0, MAX_PROBLEMS),
    groups: groupProblems(all).slice(0, MAX_PROBLEMS),
    counts,
    total: all.length,
    summary: CHECK_TEXT.summary(counts),
    restore: structure.restore,
  };
}
