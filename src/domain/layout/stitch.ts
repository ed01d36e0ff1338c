/**
 * Putting rows back together when a line break or a blank line inside a cell split them.
 *
 * The table's width (the header's cells, or the widest rows) is the evidence: a piece that is shorter
 * than the width and fits after the row being built continues it. Two ways pieces meet:
 * - "join" (tab-separated text): the break was inside a cell, so the last cell of the row and the first
 *   cell of the piece are one cell, joined by a line break: 4 + 2 cells make a row of 5;
 * - "concat" (Word text): the blank line ended a cell, so the piece's cells follow: 4 + 2 make 6.
 * A piece that begins a row of its own (the feature decides: an item number that follows, not a list
 * item «2.» after «1.» in the cell above) is never glued on, and a piece as wide as the table is a row.
 */
import type { SourceRow } from "./textTable";

export type StitchMode = "join" | "concat";

export interface StitchOptions {
  width: number;
  mode: StitchMode;
  /** Whether `next` starts a row rather than continuing `current`; `before` are the rows already made. */
  startsRow?: (next: string[], current: string[], before: readonly SourceRow[]) => boolean;
}

export interface StitchedRow extends SourceRow {
  /** How many physical rows (lines, pieces) made this row. */
  pieces: number;
}

export function stitchRows(rows: readonly SourceRow[], options: StitchOptions): StitchedRow[] {
  const { width, mode } = options;
  const out: StitchedRow[] = [];
  let acc: StitchedRow | undefined;
  const size = (a: string[], b: string[]) => (mode === "join" ? a.length + b.length - 1 : a.length + b.length);
  for (const next of rows) {
    if (acc && fits(acc, next)) {
      acc =
        mode === "join"
          ? {
              ...acc,
              cells: [
                ...acc.cells.slice(0, -1),
                joinLines(acc.cells[acc.cells.length - 1], next.cells[0]),
                ...next.cells.slice(1),
              ],
              pieces: acc.pieces + 1,
            }
          : { ...acc, cells: [...acc.cells, ...next.cells], pieces: acc.pieces + 1 };
      continue;
    }
    if (acc) out.push(acc);
    acc = { cells: next.cells.slice(), line: next.line, pieces: 1 };
  }
  if (acc) out.push(acc);
  return out.filter((r) => r.cells.some((c) => c.trim() !== ""));

  function fits(current: StitchedRow, next: SourceRow): boolean {
    if (next.cells.length >= width || size(current.cells, next.cells) > width) return false;
    if (mode === "concat" && current.cells.length >= width) return false;
    return !(options.startsRow?.(next.cells, current.cells, out) ?? false);
  }
}

function joinLines(a: string, b: string): string {
  if (a.trim() === "") return b;
  if (b.trim() === "") return a;
  return `${a}\n${b}`;
}

/**
 * The width of a table without a header: the most cells a row has, provided two rows have it (a single
 * over-wide row is a stray tab); else the most cells of any row.
 */
export function tableWidth(rows: readonly SourceRow[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  const widths = [...counts.keys()].sort((a, b) => b - a);
  return widths.find((w) => (counts.get(w) ?? 0) >= 2) ?? widths[0] ?? 0;
}

/** A list item's marker at the start of a line: «2.», «2)», «б)»; its kind and value. */
export function listMarker(line: string): { kind: "dot" | "paren" | "letter"; value: number } | undefined {
  const t = line.trim();
  let m = /^(\d{1,2})\.(?!\d)/.exec(t);
  if (m) return { kind: "dot", value: Number(m[1]) };
  m = /^(\d{1,2})\)/.exec(t);
  if (m) return { kind: "paren", value: Number(m[1]) };
  m = /^([а-яё])\)/u.exec(t);
  if (m) return { kind: "letter", value: "абвгдеёжзиклмнопрстуфхцчшщэюя".indexOf(m[1]) + 1 };
  return undefined;
}

/** Whether `line` continues a list whose last item is the last line of `cell` («1. Приказ» → «2. Положение»). */
export function continuesList(cell: string, line: string): boolean {
  const next = listMarker(line);
  if (!next) return false;
  const lines = cell.split("\n").filter((l) => l.trim() !== "");
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = listMarker(lines[i]);
    if (m) return m.kind === next.kind && next.value === m.value + 1;
  }
  return false;
}
