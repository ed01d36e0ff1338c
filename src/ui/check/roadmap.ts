/**
 * The roadmap check: refreshes the statuses (so the workbook check leaves them current), then lists the
 * deadline texts that need the curator (not understood, only partly understood, by a separate schedule,
 * missing) and the overdue items, each with a link to its «Срок (текст)» cell.
 */
import { ROADMAP_SHEET_TEXT as T } from "../../domain/roadmap";
import { refreshRoadmapNow } from "../roadmapRefresh";
import type { ProblemDto, WorkbookCheck } from "./problem";

export const checkRoadmap: WorkbookCheck = (ss) => {
  const summary = refreshRoadmapNow(ss);
  if (!summary) return []; // the structure check reports a missing sheet or column
  const problems: ProblemDto[] = [];
  const at = { sheet: summary.sheet, column: summary.deadlineColumn };
  for (const ref of summary.needsDate) {
    const number = ref.number || ref.title.slice(0, 40);
    if (!ref.deadlineText) problems.push({ ...at, row: ref.row, severity: "warning", message: T.checkNoText(number) });
    else if (ref.attention === "by-schedule")
      problems.push({ ...at, row: ref.row, severity: "info", message: T.checkBySchedule(number, ref.deadlineText) });
    else if (ref.attention === "unknown")
      problems.push({ ...at, row: ref.row, severity: "warning", message: T.checkUnknown(number, ref.deadlineText) });
    else
      problems.push({
        ...at,
        row: ref.row,
        severity: "warning",
        message: T.checkNeedsReview(number, ref.deadlineText),
      });
  }
  for (const ref of summary.overdue) {
    const end = ref.end ? `${ref.end.slice(8, 10)}.${ref.end.slice(5, 7)}.${ref.end.slice(0, 4)}` : "—";
    problems.push({
      ...at,
      row: ref.row,
      severity: "info",
      message: T.checkOverdue(ref.number || ref.title.slice(0, 40), end),
    });
  }
  return problems;
};
