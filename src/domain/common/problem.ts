/**
 * A problem the workbook check found, as the sidebar shows it: which sheet, row and column, and what is
 * wrong, in Russian. Plain JSON (it crosses google.script.run).
 */
export interface ProblemDto {
  severity: "error" | "warning" | "info";
  sheet: string;
  /** 1-based sheet row, when the problem is in one row. */
  row?: number;
  /** 1-based sheet column, when known (for the link). */
  column?: number;
  message: string;
}
