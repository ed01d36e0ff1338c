/**
 * parseRoadmap: a pasted roadmap (Word text, PDF text, tab-separated rows, HTML) or a table of cells → its
 * sections and numbered items with deadline text, responsible people and result. Never throws: bad input
 * gives no items and a Russian error in `warnings`.
 *
 * Tables are read in three steps: physical rows (layout/textTable.ts), rows put back together where a
 * line break or a blank line inside a cell split them (layout/stitch.ts, by the table's width), then
 * columns: from the header, or, for a fragment without one, from what the columns hold (inferColumns.ts,
 * said in a remark). The curator may replace the columns (`options.mapping`); every column with its role
 * comes back in `columns` for the preview.
 */
import { formatDateRu } from "../common/dates";
import { dayOfDateCell } from "../workbook/zone";
import { cleanCell } from "../layout/cells";
import { continuesList, stitchRows, tableWidth } from "../layout/stitch";
import { shapeText, type PhysicalTable, type SourceRow } from "../layout/textTable";
import { countOf, WORDS } from "../common/plural";
import { assemble } from "./assemble";
import { detectDocumentYears } from "./documentYears";
import { findTableHeader, findTextHeader, type TextHeader } from "./header";
import { inferColumns } from "./inferColumns";
import { inferTextHeader } from "./inferText";
import { readLayoutText } from "./layoutText";
import { ROADMAP_MESSAGES as M, ROLE_NAMES } from "./messages";
import { isRoman, normaliseNumber, splitNumberLine, succession } from "./numbering";
import type { RawRow } from "./rawRow";
import { readTableRows, type Columns } from "./tableRows";
import {
  COLUMN_ROLES,
  LIMITS,
  roadmapInputSchema,
  type ColumnInfo,
  type ColumnMapping,
  type ColumnRole,
  type ParseOptions,
  type RoadmapParse,
  type RoadmapWarning,
} from "./types";

const failure = (warning: RoadmapWarning, extra: Partial<RoadmapParse> = {}): RoadmapParse => ({
  items: [],
  sections: [],
  warnings: [warning],
  ...extra,
});
const error = (code: RoadmapWarning["code"], message: string, line?: number): RoadmapWarning =>
  line === undefined ? { severity: "error", code, message } : { severity: "error", code, message, line };

export function parseRoadmap(input: unknown, options: ParseOptions = {}): RoadmapParse {
  try {
    return parseChecked(input, options);
  } catch (e) {
    // A bug must not cost the curator the add-on: report it as unreadable input.
    return failure(error("badInput", M.badInput(e instanceof Error ? e.message : String(e))));
  }
}

function parseChecked(input: unknown, options: ParseOptions): RoadmapParse {
  const checked = roadmapInputSchema.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return failure(error("badInput", M.badInput(`${issue.path.join(".") || "ввод"}: ${issue.message}`)));
  }
  const data = checked.data;
  if (data.kind === "table") {
    const rows = data.rows.map((r) => r.map(cellText));
    if (rows.length > LIMITS.maxRows || rows.reduce((n, r) => n + r.length, 0) > LIMITS.maxCells)
      return failure(error("tooLarge", M.tooLarge(countOf(rows.length, WORDS.row))));
    if (rows.every((r) => r.every((c) => c.trim() === ""))) return failure(error("emptyInput", M.emptyInput()));
    const table: PhysicalTable = {
      shape: "table",
      rows: rows.map((cells, i) => ({ cells, line: i + 1 })),
      preamble: data.heading ?? "",
    };
    return fromTable(table, options);
  }
  const text = data.text;
  if (text.trim() === "") return failure(error("emptyInput", M.emptyInput()));
  if (text.length > LIMITS.maxChars) return failure(error("tooLarge", M.tooLarge(countOf(text.length, WORDS.char))));
  if (looksBinary(text)) return failure(error("binaryInput", M.binaryInput()));
  const shaped = shapeText(text, (rows) => findTableHeader(rows) !== undefined);
  if (shaped.shape === "lines") return fromLines(shaped.lines, options);
  return fromTable(shaped, options);
}

/** Columns as the mapping gives them (the first column of each role wins). */
function columnsOfMapping(mapping: ColumnMapping): Columns {
  const columns: Columns = {};
  mapping.forEach((role, i) => {
    if (role && COLUMN_ROLES.includes(role) && columns[role] === undefined) columns[role] = i;
  });
  return columns;
}

function fromTable(table: PhysicalTable, options: ParseOptions): RoadmapParse {
  const header = findTableHeader(table.rows.map((r) => r.cells));
  const body = header ? table.rows.slice(header.row + 1) : table.rows;
  const width = header ? Math.max(header.width, 1) : tableWidth(body);
  const stitch = table.shape === "tabs" || table.shape === "word";
  const rows: SourceRow[] = stitch
    ? stitchRows(body, {
        width,
        mode: table.shape === "tabs" ? "join" : "concat",
        startsRow: rowStart(header?.columns.number),
      })
    : body;
  const grid = rows.map((r) => r.cells);
  const found = header?.columns ?? inferColumns(grid, width);
  const columns = options.mapping ? columnsOfMapping(options.mapping) : found;
  const info = columnInfo(width, columns ?? {}, header ? table.rows[header.row].cells : undefined, grid);
  const warnings: RoadmapWarning[] = [];
  if (!columns) return failure(error("noHeader", M.noHeader()), { columns: info, inferred: true });
  const names = rolesInOrder(columns);
  if (options.mapping) warnings.push({ severity: "info", code: "mappingChanged", message: M.mappingChanged(names) });
  else if (!header) warnings.push({ severity: "info", code: "columnsInferred", message: M.columnsInferred(names) });
  const line = header ? table.rows[header.row].line : undefined;
  const missing = checkColumns(Object.keys(columns) as ColumnRole[], line);
  const shape = { header: { columns }, columns: info, inferred: !header && !options.mapping };
  if (missing) return { ...failure(missing, shape), warnings: [...warnings, missing] };

  const heading = [table.preamble, ...(header ? table.rows.slice(0, header.row).map((r) => r.cells.join(" ")) : [])]
    .join("\n")
    .trim();
  const read = readTableRows(rows, columns, width, header ? table.rows[header.row].cells : undefined);
  const first = rows[0];
  if (stitch && first && first.cells.length < width && !startsWithNumber(first.cells)) {
    const raw = read.rows.find((r) => r.line === first.line);
    if (raw) raw.tail = true;
  }
  const last = rows[rows.length - 1];
  if (stitch && last && isCut(last, columns, width)) {
    const raw = read.rows.find((r) => r.line === last.line);
    if (raw) raw.truncated = true;
  }
  return finish(read.rows, [...warnings, ...read.warnings], shape, heading);
}

/**
 * The last row stops before the deadline column: the copy ended mid-row («…1.1 Проведени»). Even a heading
 * is doubtful there (nothing follows it), so it is not imported either.
 */
function isCut(row: SourceRow, columns: Columns, width: number): boolean {
  return row.cells.length < width && row.cells.length <= (columns.deadline ?? width);
}

/** A row that starts with an item or section number, or a heading merged across the table. */
function startsWithNumber(cells: readonly string[]): boolean {
  const first = cells.find((c) => c.trim() !== "")?.trim() ?? "";
  return (
    normaliseNumber(first) !== undefined ||
    splitNumberLine(first) !== undefined ||
    cells.filter((c) => c.trim()).length === 1
  );
}

/** Whether a piece of a split table begins a row of its own (see layout/stitch.ts). */
function rowStart(numberColumn: number | undefined) {
  const numberOf = (cell: string) => {
    const first = cell.trim().split("\n")[0] ?? "";
    const whole = normaliseNumber(first);
    if (whole) return { number: whole, rest: "" };
    return splitNumberLine(first);
  };
  return (next: string[], current: string[], before: readonly SourceRow[]): boolean => {
    const cell = (numberColumn !== undefined ? next[numberColumn] : next.find((c) => c.trim() !== "")) ?? "";
    const found = numberOf(cell);
    if (!found) return false;
    // A list item's words start in lower case («2. о назначении куратора»); an item's title does not.
    if (found.rest && !/^[«"(*]?[А-ЯЁA-Z]/u.test(found.rest)) return false;
    const open = [...current].reverse().find((c) => c.trim() !== "") ?? "";
    if (continuesList(open, cell)) return false;
    if (isRoman(found.number)) return true;
    const earlier = [current, ...[...before].reverse().map((r) => r.cells)];
    const last = lastNumber(earlier, () => true);
    if (last === undefined) return true;
    // Numbering that starts again in each section: a section's number follows the last section's.
    const section = lastNumber(earlier, (cells) => cells.filter((c) => c.trim() !== "").length === 1);
    return [last, section].some((n) => {
      if (n === undefined) return false;
      const kind = succession(n, found.number);
      return kind === "next" || kind === "gap";
    });
  };
  function lastNumber(rows: string[][], which: (cells: string[]) => boolean): string | undefined {
    for (const cells of rows) {
      if (!which(cells)) continue;
      const cell = (numberColumn !== undefined ? cells[numberColumn] : cells.find((c) => c.trim() !== "")) ?? "";
      const found = numberOf(cell);
      if (found) return found.number;
    }
    return undefined;
  }
}

function fromLines(lines: string[], options: ParseOptions): RoadmapParse {
  const found = findTextHeader(lines);
  const warnings: RoadmapWarning[] = [];
  let header: TextHeader | undefined = found;
  if (!header) header = inferTextHeader(lines);
  if (!header) return failure(error("noHeader", M.noHeader()), { inferred: true });
  if (options.mapping) {
    const roles = options.mapping.filter((r): r is ColumnRole => r !== null);
    header = { ...header, roles: roles.filter((r, i) => roles.indexOf(r) === i) };
  }
  const columns: Columns = {};
  header.roles.forEach((role, i) => (columns[role] = i));
  const info: ColumnInfo[] = header.roles.map((role, index) => ({ index, label: ROLE_NAMES[role], role }));
  const names = header.roles.map((r) => ROLE_NAMES[r]);
  if (options.mapping) warnings.push({ severity: "info", code: "mappingChanged", message: M.mappingChanged(names) });
  else if (!found) warnings.push({ severity: "info", code: "columnsInferred", message: M.columnsInferred(names) });
  const shape = { header: { columns }, columns: info, inferred: !found && !options.mapping };
  const missing = checkColumns(header.roles, found ? found.start + 1 : undefined);
  if (missing) return { ...failure(missing, shape), warnings: [...warnings, missing] };
  const { rows, warnings: read } = readLayoutText(lines, header);
  return finish(rows, [...warnings, ...read], shape, lines.slice(0, Math.max(header.start, 0)).join("\n"));
}

function checkColumns(roles: ColumnRole[], line: number | undefined): RoadmapWarning | undefined {
  const found = roles.map((r) => ROLE_NAMES[r]);
  if (!roles.includes("deadline")) return error("noDeadlineColumn", M.noDeadlineColumn(found), line);
  if (!roles.includes("title") && !roles.includes("content"))
    return error("noTitleColumn", M.noTitleColumn(found), line);
  return undefined;
}

/** Role names in the order of their columns: «№ · Мероприятие · Срок · Ответственные · Результат». */
function rolesInOrder(columns: Columns): string[] {
  return (Object.entries(columns) as [ColumnRole, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([role]) => ROLE_NAMES[role]);
}

/** Every column of a table with its role and what it holds (the header's text, or its first cells). */
function columnInfo(
  width: number,
  columns: Columns,
  headerCells: readonly string[] | undefined,
  grid: readonly string[][],
): ColumnInfo[] {
  const roleAt = new Map<number, ColumnRole>();
  for (const [role, index] of Object.entries(columns) as [ColumnRole, number][]) roleAt.set(index, role);
  return Array.from({ length: width }, (_, index) => {
    const head = headerCells ? cleanCell(headerCells[index] ?? "").replace(/\n/g, " ") : "";
    const samples = grid
      .map((r) => cleanCell(r[index] ?? "").split("\n")[0])
      .filter(Boolean)
      .slice(0, 2)
      .map((s) => (s.length > 40 ? `${s.slice(0, 39)}…` : s));
    return { index, label: head || samples.join(" / "), role: roleAt.get(index) ?? null };
  });
}

function finish(
  rows: RawRow[],
  readWarnings: RoadmapWarning[],
  shape: Pick<RoadmapParse, "header" | "columns" | "inferred">,
  heading: string,
): RoadmapParse {
  const { items, sections, warnings } = assemble(rows);
  const all = [...readWarnings, ...warnings];
  if (items.length === 0) all.push(error("noItems", M.noItems()));
  return { items, sections, warnings: all, ...shape, ...detectDocumentYears(heading) };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  // The sheets layer decodes date cells (roadmapSource.ts); a Date handed in directly is a date cell's midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : formatDateRu(dayOfDateCell(value));
  return String(value);
}

/** NUL bytes or many control / replacement characters: a binary file pasted or decoded as text. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) bad++;
  }
  return bad > Math.max(2, sample.length * 0.01);
}
