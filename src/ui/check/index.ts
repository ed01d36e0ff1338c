/**
 * «Проверить книгу»: every feature's checks, run in order. Add a check: one function, one line here.
 * Each check reads its sheets with a fixed number of calls.
 */
import type { ProblemDto, WorkbookCheck } from "./problem";
import { checkStructure } from "./structure";
import { checkContingent } from "./contingent";
import { checkBases } from "./bases";
import { checkLiveColumns } from "./liveColumns";
import { CHECK_TEXT } from "./messages";
import { checkRoadmap } from "./roadmap";

export const CHECKS: WorkbookCheck[] = [checkStructure, checkBases, checkLiveColumns, checkRoadmap, checkContingent];

export const MAX_PROBLEMS = 500;

export function runChecks(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): {
  problems: ProblemDto[];
  total: number;
  summary: string;
} {
  const all = CHECKS.flatMap((check) => check(ss));
  const errors = all.filter((p) => p.severity === "error").length;
  const warnings = all.filter((p) => p.severity === "warning").length;
  return { problems: all.slice(0, MAX_PROBLEMS), total: all.length, summary: CHECK_TEXT.summary(errors, warnings) };
}
