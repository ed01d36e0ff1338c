/** A grid of cells (a sheet, a CSV, a Word or HTML table) with a known header → raw roadmap rows. */
import { cleanCell } from "./cleanText";
import { isHeaderRepeat, isNumberingRow, type TableHeader } from "./header";
import { ROADMAP_MESSAGES as M } from "./messages";
import { normaliseNumber, splitNumberLine } from "./numbering";
import { emptyRow, type RawRow } from "./rawRow";
import type { RoadmapWarning } from "./types";

export function readTableRows(
  grid: string[][],
  lines: number[],
  header: TableHeader,
): { rows: RawRow[]; warnings: RoadmapWarning[] } {
  const warnings: RoadmapWarning[] = [];
  const rows: RawRow[] = [];
  const col = header.columns;
  const get = (cells: string[], index: number | undefined) =>
    index === undefined ? "" : cleanCell(cells[index] ?? "");
  const used = new Set(Object.values(col));

  for (let r = header.row + 1; r < grid.length; r++) {
    const cells = grid[r];
    const line = lines[r] ?? r + 1;
    if (cells.every((c) => c.trim() === "")) continue;
    if (isNumberingRow(cells)) {
      warnings.push({ severity: "info", code: "numberingRowDropped", message: M.numberingRowDropped(line), line });
      continue;
    }
    if (isHeaderRepeat(cells, header)) {
      warnings.push({ severity: "info", code: "pageHeaderDropped", message: M.pageHeaderDropped(line), line });
      continue;
    }
    const extra = cells.some((c, i) => i >= header.width && c.trim() !== "" && !used.has(i));
    if (extra)
      warnings.push({
        severity: "warning",
        code: "rowWidth",
        message: M.rowWidth(line, cells.length, header.width),
        line,
      });

    const row = emptyRow(line);
    row.stage = get(cells, col.stage);
    row.title = get(cells, col.title);
    row.content = get(cells, col.content);
    row.deadline = get(cells, col.deadline);
    row.responsible = get(cells, col.responsible);
    row.result = get(cells, col.result);
    if (!row.title && col.title === undefined) {
      row.title = row.content;
      row.content = "";
    }
    const numberCell = get(cells, col.number);
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
    } else if (col.number === undefined && row.title) {
      // No «№» column: a number may open the title («1.2. Согласование …»).
      const split = splitNumberLine(row.title);
      if (split && split.rest) {
        row.number = split.number;
        row.title = split.rest;
      }
    }
    rows.push(row);
  }
  return { rows, warnings };
}
