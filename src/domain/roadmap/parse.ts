/**
 * parseRoadmap: a pasted roadmap (Word text, PDF text, tab-separated rows, HTML) or a table of cells → its
 * sections and numbered items with deadline text, responsible people and result. Never throws: bad input
 * gives no items and a Russian error in `warnings`.
 */
import { formatDateRu } from "../common/dates";
import { dayOfDateCell } from "../workbook/zone";
import { assemble } from "./assemble";
import { detectDocumentYears } from "./documentYears";
import { findTableHeader, findTextHeader } from "./header";
import { shapeText } from "./inputFormat";
import { readLayoutText } from "./layoutText";
import { ROADMAP_MESSAGES as M, ROLE_NAMES } from "./messages";
import { readTableRows } from "./tableRows";
import { LIMITS, roadmapInputSchema, type ColumnRole, type RoadmapParse, type RoadmapWarning } from "./types";

const failure = (warning: RoadmapWarning): RoadmapParse => ({ items: [], sections: [], warnings: [warning] });
const error = (code: RoadmapWarning["code"], message: string, line?: number): RoadmapWarning =>
  line === undefined ? { severity: "error", code, message } : { severity: "error", code, message, line };

export function parseRoadmap(input: unknown): RoadmapParse {
  try {
    return parseChecked(input);
  } catch (e) {
    // A bug must not cost the curator the add-on: report it as unreadable input.
    return failure(error("badInput", M.badInput(e instanceof Error ? e.message : String(e))));
  }
}

function parseChecked(input: unknown): RoadmapParse {
  const checked = roadmapInputSchema.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return failure(error("badInput", M.badInput(`${issue.path.join(".") || "ввод"}: ${issue.message}`)));
  }
  const data = checked.data;
  if (data.kind === "table") {
    const rows = data.rows.map((r) => r.map(cellText));
    if (rows.length > LIMITS.maxRows || rows.reduce((n, r) => n + r.length, 0) > LIMITS.maxCells)
      return failure(error("tooLarge", M.tooLarge(`${rows.length} строк`)));
    if (rows.every((r) => r.every((c) => c.trim() === ""))) return failure(error("emptyInput", M.emptyInput()));
    return fromGrid(
      rows,
      rows.map((_, i) => i + 1),
      "",
    );
  }
  const text = data.text;
  if (text.trim() === "") return failure(error("emptyInput", M.emptyInput()));
  if (text.length > LIMITS.maxChars) return failure(error("tooLarge", M.tooLarge(`${text.length} символов`)));
  if (looksBinary(text)) return failure(error("binaryInput", M.binaryInput()));
  const shaped = shapeText(text);
  if (shaped.shape === "grid") return fromGrid(shaped.rows, shaped.lines, shaped.preamble);
  return fromLines(shaped.lines);
}

function fromGrid(grid: string[][], lines: number[], preamble: string): RoadmapParse {
  const header = findTableHeader(grid);
  if (!header) return failure(error("noHeader", M.noHeader()));
  const line = lines[header.row] ?? header.row + 1;
  const missing = checkColumns(Object.keys(header.columns) as ColumnRole[], line);
  if (missing) return { ...failure(missing), header: { columns: header.columns } };
  const heading = [preamble, ...grid.slice(0, header.row).map((r) => r.join(" "))].join("\n");
  const { rows, warnings } = readTableRows(grid, lines, header);
  return finish(rows, warnings, { columns: header.columns }, heading);
}

function fromLines(lines: string[]): RoadmapParse {
  const header = findTextHeader(lines);
  if (!header) return failure(error("noHeader", M.noHeader()));
  const missing = checkColumns(header.roles, header.start + 1);
  const columns: Partial<Record<ColumnRole, number>> = {};
  header.roles.forEach((role, i) => (columns[role] = i));
  if (missing) return { ...failure(missing), header: { columns } };
  const { rows, warnings } = readLayoutText(lines, header);
  return finish(rows, warnings, { columns }, lines.slice(0, header.start).join("\n"));
}

function checkColumns(roles: ColumnRole[], line: number): RoadmapWarning | undefined {
  const found = roles.map((r) => ROLE_NAMES[r]);
  if (!roles.includes("deadline")) return error("noDeadlineColumn", M.noDeadlineColumn(line, found), line);
  if (!roles.includes("title") && !roles.includes("content"))
    return error("noTitleColumn", M.noTitleColumn(line, found), line);
  return undefined;
}

function finish(
  rows: Parameters<typeof assemble>[0],
  readWarnings: RoadmapWarning[],
  header: RoadmapParse["header"],
  heading: string,
): RoadmapParse {
  const { items, sections, warnings } = assemble(rows);
  const all = [...readWarnings, ...warnings].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  if (items.length === 0) all.push(error("noItems", M.noItems()));
  return { items, sections, warnings: all, header, ...detectDocumentYears(heading) };
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
