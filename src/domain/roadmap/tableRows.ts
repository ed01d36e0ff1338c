/** Rows of a table (a sheet, a CSV, a Word or HTML table, tab-separated text) with known columns → raw rows. */
import { cleanCell } from "../layout/cells";
import type { SourceRow } from "../layout/textTable";
import { isHeaderRepeat, isNumberingRow } from "./header";
import { ROADMAP_MESSAGES as M } from "./messages";
import { normaliseNumber, splitNumberLine } from "./numbering";
import { emptyRow, type RawRow } from "./rawRow";
import type { ColumnRole, RoadmapWarning } from "./types";

export type Columns = Partial<Record<ColumnRole, number>>;

export function readTableRows(
  body: readonly SourceRow[],
  columns: Columns,
  width: number,
  headerCells?: readonly string[],
): { rows: RawRow[]; warnings: RoadmapWarning[] } {
  const warnings: RoadmapWarning[] = [];
  const rows: RawRow[] = [];
  const get = (cells: string[], index: number | undefined) =>
    index === undefined ? "" : cleanCell(cells[index] ?? "");
  const used = new Set(Object.values(columns));

  for (const { cells, line } of body) {
    if (cells.every((c) => c.trim() === "")) continue;
    if (isNumberingRow(cells)) {
      warnings.push({ severity: "info", code: "numberingRowDropped", message: M.numberingRowDropped(), line });
      continue;
    }
    if (headerCells && isHeaderRepeat(cells, columns)) {
      warnings.push({
        severity: "info",
        code: "pageHeaderDropped",
        message: M.pageHeaderDropped(cells.filter(Boolean).join(" ")),
        line,
      });
      continue;
    }
    const row = emptyRow(line);
    row.width = cells.length;
    if (cells.some((c, i) => i >= width && c.trim() !== "" && !used.has(i)))
      row.extraCells = { cells: cells.length, expected: width };
    row.stage = get(cells, columns.stage);
    row.title = get(cells, columns.title);
    row.content = get(cells, columns.content);
    row.deadline = get(cells, columns.deadline);
    row.responsible = get(cells, columns.responsible);
    row.result = get(cells, columns.result);
    if (!row.title && columns.title === undefined) {
      row.title = row.content;
      row.content = "";
    }
    const numberCell = get(cells, columns.number);
    if (numberCell) {
      const number = normaliseNumber(numberCell);
      if (number) row.number = number;
      else {
        const split = splitNumberLine(numberCell);
        if (split) {
          row.number = split.number;
          row.title = [split.rest, row.title].filter(Boolean).join(" ");
        } else row.title = [numberCell, row.title].filter(Boolean).join(" ");
      }
    } else if (columns.number === undefined && row.title) {
      // No «№» column: a number may open the title («1.2. Согласование …»).
      const split = splitNumberLine(row.title);
      if (split && split.rest) {
        row.number = split.number;
        row.title = split.rest;
      }
    }
    if (!row.title && !row.content && !row.stage) {
      // A merged row whose text landed in another column (a section spanning the table).
      const lone = cells.map((c) => cleanCell(c)).filter(Boolean);
      if (lone.length === 1 && !row.deadline && !row.responsible && !row.result && row.number === undefined) {
        const split = splitNumberLine(lone[0]);
        if (split && split.rest) {
          row.number = split.number;
          row.title = split.rest;
        }
      }
    }
    rows.push(row);
  }
  return { rows, warnings };
}
