/**
 * The check's problems as the curator reads them: identical problems on several rows are one item with
 * the rows listed («Наставляемые, строки 40, 70, 105: нет согласия…»), so 22 look-alike lines become one.
 * Problems are identical when severity, sheet and the text after «<лист>, строка N: » are the same.
 * Counts stay counts of problems (rows), so the summary and the headings agree with the list.
 */
import type { ProblemDto } from "./problem";

export interface ProblemGroupDto {
  severity: ProblemDto["severity"];
  sheet: string;
  /** The problem's text, without the row it was found on (the rows are listed). */
  message: string;
  /** Rows it was found on, in order (empty when the problem is not about a row). */
  rows: number[];
  column?: number;
}

const SEVERITY_ORDER: Record<ProblemDto["severity"], number> = { error: 0, warning: 1, info: 2 };

function withoutRow(p: ProblemDto): string {
  if (p.row === undefined) return p.message;
  const prefix = `${p.sheet}, строка ${p.row}: `;
  return p.message.startsWith(prefix) ? p.message.slice(prefix.length) : p.message;
}

export function groupProblems(problems: readonly ProblemDto[]): ProblemGroupDto[] {
  const groups = new Map<string, ProblemGroupDto>();
  for (const p of problems) {
    const text = withoutRow(p);
    // A message that does not start with its row keeps its own item (it says something row-specific).
    const key =
      text === p.message && p.row !== undefined
        ? `${p.severity}|${p.sheet}|${p.row}|${text}`
        : `${p.severity}|${p.sheet}|${text}`;
    const group = groups.get(key);
    if (group) {
      if (p.row !== undefined && !group.rows.includes(p.row)) group.rows.push(p.row);
      continue;
    }
    groups.set(key, {
      severity: p.severity,
      sheet: p.sheet,
      message: text,
      rows: p.row === undefined ? [] : [p.row],
      ...(p.column !== undefined ? { column: p.column } : {}),
    });
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function countBySeverity(problems: readonly ProblemDto[]): Record<ProblemDto["severity"], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return counts;
}
