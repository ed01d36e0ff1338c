/**
 * Reading a school's indicators table with yearly targets: a Word table copied as text (one cell per line
 * starting with a tab, a blank line ends a row), tab-separated lines, HTML, or a table of cells. The
 * layout is read by the shared reader (layout/textTable.ts), and rows cut by a line break or a blank line
 * inside a cell are put back together by the table's width (layout/stitch.ts), so a name that spans
 * several paragraphs keeps its targets.
 *
 * The header gives the year columns («2022 г.»); a «1 2 3 4 5 6» numbering row is skipped; «-» is «no
 * target that year» (null). A fragment without a header has its columns told apart by content (a column
 * of small numbers, the longest text, then columns of targets) and its years from the heading above the
 * table («на 2022 - 2025 гг.») or from `options.years`; a remark says so. Rows whose name matches no
 * catalogue indicator are kept as the school's own (code null). Never an indicator from a bare number or
 * a row of targets without a name: such rows are remarked on, and a name split over rows is joined.
 */
import { normaliseDashes, squashSpaces } from "../common/normalise";
import { cleanCell } from "../layout/cells";
import { stitchRows, tableWidth } from "../layout/stitch";
import { isNumberingRow, shapeText, type SourceRow } from "../layout/textTable";
import { detectDocumentYears } from "../roadmap/documentYears";
import { DEFAULT_INDICATORS, type IndicatorDef } from "./catalogue";
import { matchIndicator } from "./match";
import { INDICATOR_MESSAGES as M } from "./messages";

export interface ImportedIndicator {
  /** The row's number as written («1», «2.1»). */
  number: string;
  /** The name as written, line breaks joined, the «, %» unit mark taken out. */
  name: string;
  code: string | null;
  unit: string;
  /** Target per year, in the unit as written (10 = 10 %); null = no target («-» or blank). */
  targets: Record<string, number | null>;
}

/** What a column of the source holds: the number, the name, the unit, or the target of a year. */
export type IndicatorColumnRole = "number" | "name" | "unit" | `year:${string}`;

export interface IndicatorColumnInfo {
  index: number;
  label: string;
  role: IndicatorColumnRole | null;
}

export interface ParsedIndicators {
  indicators: ImportedIndicator[];
  warnings: string[];
  /** Every column of the source with its role, for the preview. */
  columns: IndicatorColumnInfo[];
  /** The table had no header: columns and years were inferred. */
  inferred: boolean;
}

export type IndicatorsInput = { kind: "text"; text: string } | { kind: "table"; rows: unknown[][] };

export interface IndicatorsOptions {
  /** The years of a table without a header (the programme period): «2022», «2023», … */
  years?: readonly string[];
  /** The curator's columns, replacing the header's or the inferred ones. */
  mapping?: readonly (IndicatorColumnRole | null)[];
}

export class IndicatorsParseError extends Error {
  constructor(
    message: string,
    readonly columns: IndicatorColumnInfo[] = [],
  ) {
    super(message);
    this.name = "IndicatorsParseError";
  }
}

const YEAR_HEADER = /^(20\d\d)\s*(?:г\.?|год\S*)?$/i;
const NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?$/;
const TARGET = /^(?:\d+(?:[.,]\d+)?\s*%?|[-–—]+)$/;

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  return squashSpaces(normaliseDashes(cleanCell(String(cell))));
}

interface Layout {
  number: number | null;
  name: number;
  unit: number | null;
  years: Array<{ year: string; column: number }>;
}

interface HeaderLayout extends Layout {
  at: number;
}

function findHeader(rows: readonly string[][]): HeaderLayout | null {
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i].map(cellText);
    const years = cells.flatMap((c, column) => {
      const m = YEAR_HEADER.exec(c);
      return m ? [{ year: m[1], column }] : [];
    });
    if (years.length === 0) continue;
    const name = cells.findIndex((c) => /наименован|показател/i.test(c));
    const number = cells.findIndex((c) => /^(№|n\b|номер)/i.test(c));
    const unit = cells.findIndex((c) => /^ед/i.test(c));
    const nameColumn = name >= 0 ? name : number >= 0 ? number + 1 : 1;
    return {
      at: i,
      number: number >= 0 ? number : nameColumn > 0 ? nameColumn - 1 : null,
      name: nameColumn,
      unit: unit >= 0 ? unit : null,
      years,
    };
  }
  return null;
}

/** A table without a header: a number column, the longest text, then columns of targets. */
function inferLayout(rows: readonly string[][], width: number, years: readonly string[]): Layout | null {
  const data = rows.filter((r) => !isNumberingRow(r) && r.filter((c) => cellText(c) !== "").length >= 2);
  if (data.length === 0) return null;
  const share = (i: number, test: (t: string) => boolean) => {
    const filled = data.map((r) => cellText(r[i] ?? "")).filter(Boolean);
    return filled.length ? filled.filter(test).length / filled.length : 0;
  };
  const length = (i: number) => {
    const filled = data.map((r) => cellText(r[i] ?? "")).filter(Boolean);
    return filled.length ? filled.reduce((n, t) => n + t.length, 0) / filled.length : 0;
  };
  const columns = Array.from({ length: width }, (_, i) => i);
  const name = columns.filter((i) => share(i, (t) => TARGET.test(t)) < 0.5).sort((a, b) => length(b) - length(a))[0];
  if (name === undefined || length(name) < 15) return null;
  const number = columns.find((i) => i < name && share(i, (t) => NUMBER.test(t)) >= 0.6) ?? null;
  const unit = columns.find((i) => i > name && share(i, (t) => /^(?:%|чел\.?|ед\.?)$/i.test(t)) >= 0.6) ?? null;
  const targets = columns.filter((i) => i > name && i !== unit && share(i, (t) => TARGET.test(t)) >= 0.6);
  if (targets.length === 0 || targets.length !== years.length) return null;
  return { number, name, unit, years: targets.map((column, k) => ({ year: years[k], column })) };
}

/** A layout from the curator's mapping. */
function layoutOfMapping(mapping: readonly (IndicatorColumnRole | null)[]): Layout | null {
  const at = (role: IndicatorColumnRole) => mapping.indexOf(role);
  const name = at("name");
  if (name < 0) return null;
  const years = mapping.flatMap((role, column) =>
    role && role.startsWith("year:") ? [{ year: role.slice(5), column }] : [],
  );
  return { number: at("number") >= 0 ? at("number") : null, name, unit: at("unit") >= 0 ? at("unit") : null, years };
}

/** «…наставляемого, % (отношение …)» → name without the unit mark, unit «%». */
function splitUnit(name: string): { name: string; unit: string | null } {
  if (!/%/.test(name)) return { name, unit: null };
  return { name: squashSpaces(name.replace(/\s*,?\s*%\s*/g, " ")).replace(/\s+\)/g, ")"), unit: "%" };
}

function readTarget(text: string): number | null | undefined {
  const t = text.replace(/\s/g, "");
  if (t === "" || /^-+$/.test(t)) return null;
  const m = /^(\d+(?:[.,]\d+)?)%?$/.exec(t);
  return m ? Number(m[1].replace(",", ".")) : undefined;
}

/** The years of a heading: «на 2022 - 2025 гг.» → 2022 … 2025. */
function headingYears(heading: string): string[] {
  const found = detectDocumentYears(heading);
  const span = found.documentProgram ?? found.documentAcademicYear;
  if (!span) return found.documentYear ? [String(found.documentYear)] : [];
  return Array.from({ length: span[1] - span[0] + 1 }, (_, i) => String(span[0] + i));
}

function physical(input: IndicatorsInput): { rows: SourceRow[]; preamble: string; stitch?: "join" | "concat" } {
  if (input.kind === "table")
    return {
      rows: input.rows.map((r, i) => ({ cells: (r ?? []).map((c) => String(c ?? "")), line: i + 1 })),
      preamble: "",
    };
  const shaped = shapeText(input.text, (rows) => findHeader(rows) !== null);
  if (shaped.shape === "lines") throw new IndicatorsParseError(M.noTable);
  const stitch = shaped.shape === "tabs" ? "join" : shaped.shape === "word" ? "concat" : undefined;
  return { rows: shaped.rows, preamble: shaped.preamble, stitch };
}

export function parseIndicatorsTable(
  input: IndicatorsInput,
  catalogue: readonly IndicatorDef[] = DEFAULT_INDICATORS,
  options: IndicatorsOptions = {},
): ParsedIndicators {
  const source = physical(input);
  if (source.rows.length === 0) throw new IndicatorsParseError(M.noTable);
  const raw = source.rows.map((r) => r.cells);
  const header = findHeader(raw);
  const body = header
    ? source.rows.slice(header.at + 1)
    : source.rows.slice(
        Math.max(
          0,
          raw.findIndex((r) => r.filter((c) => c.trim() !== "").length >= 2),
        ),
      );
  const width = header ? Math.max(raw[header.at].length, ...header.years.map((y) => y.column + 1)) : tableWidth(body);
  const rows = source.stitch
    ? stitchRows(body, { width, mode: source.stitch, startsRow: (next) => startsIndicator(next) })
    : body;
  const grid = rows.map((r) => r.cells);
  // Above a table without a header, lines of one cell are its heading («Показатели на 2022 - 2025 гг.»).
  const lead = header
    ? header.at
    : Math.max(
        0,
        raw.findIndex((r) => r.filter((c) => c.trim() !== "").length >= 2),
      );
  const heading = [source.preamble, ...raw.slice(0, lead).map((r) => r.join(" "))].join("\n");
  const years = options.years?.length ? [...options.years] : headingYears(heading);
  const found = header ?? inferLayout(grid, width, years);
  const layout = options.mapping ? layoutOfMapping(options.mapping) : found;
  const columns = columnInfo(width, layout, header ? raw[header.at] : undefined, grid);
  if (!layout) {
    if (header === null && grid.length > 0 && years.length === 0) throw new IndicatorsParseError(M.noYears, columns);
    throw new IndicatorsParseError(rows.length === 0 ? M.noTable : header ? M.noRows : M.noHeader, columns);
  }
  if (layout.years.length === 0) throw new IndicatorsParseError(M.noYears, columns);
  const warnings: string[] = [];
  if (options.mapping) warnings.push(M.mappingChanged(columns.map(roleName).filter(Boolean).join(" · ")));
  else if (!header) warnings.push(M.columnsInferred(columns.map(roleName).filter(Boolean).join(" · ")));
  const indicators = readRows(grid, layout, catalogue, warnings);
  if (indicators.length === 0) throw new IndicatorsParseError(M.noRows, columns);
  return { indicators, warnings, columns, inferred: !header && !options.mapping };
}

/** A piece of a split row that begins an indicator: its number, then a name. */
function startsIndicator(cells: readonly string[]): boolean {
  const filled = cells.map(cellText).filter(Boolean);
  return filled.length >= 2 && NUMBER.test(filled[0]) && !TARGET.test(filled[1]);
}

function readRows(
  grid: readonly string[][],
  layout: Layout,
  catalogue: readonly IndicatorDef[],
  warnings: string[],
): ImportedIndicator[] {
  const out: ImportedIndicator[] = [];
  const written: string[] = [];
  for (const raw of grid) {
    const cells = raw.map(cellText);
    if (cells.every((c) => c === "") || isNumberingRow(cells)) continue;
    const number = layout.number === null ? "" : (cells[layout.number] ?? "").replace(/\.$/, "");
    const text = cells[layout.name] ?? "";
    const values = layout.years.map(({ column }) => cells[column] ?? "");
    const hasValues = values.some((v) => v !== "");
    if (text === "" || NUMBER.test(text)) {
      if (hasValues || number) warnings.push(M.noName(number, values.filter(Boolean).join(" ")));
      continue;
    }
    const previous = out[out.length - 1];
    if (!number && !hasValues && !previous) {
      warnings.push(M.strayText(text));
      continue;
    }
    if (!number && !hasValues && previous) {
      // The rest of the name above (a line or page break inside the cell).
      written[written.length - 1] = `${written[written.length - 1]} ${text}`;
      Object.assign(previous, named(written[written.length - 1], catalogue));
      warnings.push(M.nameContinued(previous.number, text));
      continue;
    }
    const targets: Record<string, number | null> = {};
    layout.years.forEach(({ year }, k) => {
      const value = readTarget(values[k]);
      if (value === undefined) warnings.push(M.badTarget(number, year, values[k]));
      targets[year] = value ?? null;
    });
    const unitColumn = layout.unit !== null ? (cells[layout.unit] ?? "") : "";
    const item = { number, ...named(text, catalogue), targets };
    if (unitColumn) item.unit = unitColumn;
    out.push(item);
    written.push(text);
  }
  for (const item of out) if (item.code === null) warnings.push(M.unmatched(item.number, item.name));
  return out;
}

function named(
  written: string,
  catalogue: readonly IndicatorDef[],
): { name: string; code: string | null; unit: string } {
  const { name, unit } = splitUnit(written);
  const code = matchIndicator(written, catalogue);
  return { name, code, unit: unit || (code ? "%" : "") };
}

function roleName(column: IndicatorColumnInfo): string {
  if (!column.role) return "";
  if (column.role.startsWith("year:")) return column.role.slice(5);
  return { number: "№", name: "Показатель", unit: "Ед." }[column.role as "number" | "name" | "unit"];
}

function columnInfo(
  width: number,
  layout: Layout | null,
  headerCells: readonly string[] | undefined,
  grid: readonly string[][],
): IndicatorColumnInfo[] {
  const roleAt = new Map<number, IndicatorColumnRole>();
  if (layout) {
    if (layout.number !== null) roleAt.set(layout.number, "number");
    roleAt.set(layout.name, "name");
    if (layout.unit !== null) roleAt.set(layout.unit, "unit");
    for (const { year, column } of layout.years) roleAt.set(column, `year:${year}`);
  }
  return Array.from({ length: width }, (_, index) => {
    const head = headerCells ? cellText(headerCells[index] ?? "") : "";
    const samples = grid
      .map((r) => cellText(r[index] ?? ""))
      .filter((t) => t && !/^\d$/.test(t))
      .slice(0, 2)
      .map((t) => (t.length > 40 ? `${t.slice(0, 39)}…` : t));
    return { index, label: head || samples.join(" / "), role: roleAt.get(index) ?? null };
  });
}
