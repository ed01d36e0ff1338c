/**
 * Reading a contingent table a curator pastes: PDF text (names wrapped over lines, values at the end of a
 * line or on a line of their own, «в том числе:» / «из них:» marker lines, «-» for no value), a Word
 * table copied as text (one cell per line starting with a tab), or a table of cells (a sheet block,
 * a CSV). Every shape ends as the same ContingentRow list, with template keys assigned.
 */
import { normaliseDashes, squashSpaces } from "../common/normalise";
import { isNumberingRow, looksLikeWordTable, readWordTable } from "../indicators/wordTable";
import { assignKeys } from "./keys";
import { CONTINGENT_MESSAGES } from "./messages";
import { CODE_PATTERN, parentCode, type ChildRelation, type ContingentRow, type CountValue } from "./model";
import { withSheetRowNumbers } from "./sheetLayout";
import { readCount } from "./values";

export interface ParsedContingent {
  rows: ContingentRow[];
  /** The dates in the header («Факт 01.09.2021», «Прогноз 01.09.2022»), as written; null when absent. */
  dates: { fact: string | null; forecast: string | null };
  warnings: string[];
}

export type ContingentInput = { kind: "text"; text: string } | { kind: "table"; rows: unknown[][] };

const MARKER = /^(в том числе|из них)\s*:?$/i;
const DATE = /\d{1,2}\.\d{1,2}\.\d{4}/g;
/** A value token at the end of a line: a whole or decimal number, or a dash for «no value». */
const VAL = String.raw`(-?\d+(?:[.,]\d+)?|-)`;
const TWO_VALUES_AT_END = new RegExp(String.raw`^(.*?\S)\s+${VAL}\s+${VAL}$`);
const ONE_VALUE_AFTER_PEOPLE = new RegExp(String.raw`^(.*чел\.?)\s+${VAL}$`);
const VALUES_ONLY = new RegExp(String.raw`^${VAL}(?:\s+${VAL})?$`);
const CODE_LINE = /^(\d+(?:\.\d+)*)\.?\s+(\D.*)$/;

export function markerRelation(text: string): ChildRelation | null {
  const m = MARKER.exec(squashSpaces(text));
  if (!m) return null;
  return m[1].toLowerCase() === "из них" ? "ofWhich" : "including";
}

export function parseContingent(input: ContingentInput): ParsedContingent {
  if (input.kind === "table") return parseContingentTable(input.rows);
  if (looksLikeWordTable(input.text)) {
    const { title, rows } = readWordTable(input.text);
    const parsed = parseContingentTable(rows, { requireHeader: true });
    if (parsed.dates.fact === null) parsed.dates = datesFrom(title);
    return parsed;
  }
  if (/\n[^\n]*\t[^\n]*\t/.test(`\n${input.text}`)) {
    // Tab-separated values (copied from a spreadsheet).
    return parseContingentTable(
      input.text
        .replace(/\r\n?/g, "\n")
        .split("\n")
        .map((l) => l.split("\t")),
      { requireHeader: true },
    );
  }
  return parseContingentText(input.text);
}

/** Tracks which marker applies under which parent (see model.ts) and checks codes come in order. */
class Outline {
  readonly rows: ContingentRow[] = [];
  private pending: ChildRelation | null = null;
  private readonly groupOf = new Map<string, ChildRelation | null>();
  private readonly lastChild = new Map<string, number>();

  marker(relation: ChildRelation): void {
    this.pending = relation;
  }

  /** Whether `code` may come next: its parent exists and it follows its last sibling closely. */
  plausible(code: string): boolean {
    if (this.rows.some((r) => r.code === code)) return false;
    const parent = parentCode(code) ?? "";
    if (parent !== "" && !this.rows.some((r) => r.code === parent)) return false;
    const n = Number(code.slice(code.lastIndexOf(".") + 1));
    const last = this.lastChild.get(parent) ?? 0;
    return n > last && n <= last + 3;
  }

  add(code: string, name: string, fact: CountValue, forecast: CountValue, row: number): ContingentRow {
    const parent = parentCode(code);
    let relation: ChildRelation | null = null;
    if (parent !== null) {
      if (this.pending !== null) this.groupOf.set(parent, this.pending);
      relation = this.groupOf.get(parent) ?? null;
    }
    this.pending = null;
    this.lastChild.set(parent ?? "", Number(code.slice(code.lastIndexOf(".") + 1)));
    const added: ContingentRow = { code, name, fact, forecast, key: null, relation, row };
    this.rows.push(added);
    return added;
  }
}

function datesFrom(lines: readonly string[]): ParsedContingent["dates"] {
  const found = lines.join(" ").match(DATE) ?? [];
  return { fact: found[0] ?? null, forecast: found[1] ?? null };
}

/** PDF text as in the ООШ с. Талон sample, section 4. */
export function parseContingentText(text: string): ParsedContingent {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => squashSpaces(normaliseDashes(l)));
  const outline = new Outline();
  const warnings: string[] = [];
  const header: string[] = [];
  // A header line «Факт …» marks where the table starts; without one, the first row coded «1» does.
  const headerAt = lines.findIndex((l) => /(^|\s)факт(\s|$)/i.test(l));
  let started = false;
  let current: { row: ContingentRow; parts: string[]; hasValues: boolean } | null = null;

  const finishName = () => {
    if (current) current.row.name = squashSpaces(current.parts.join(" "));
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const code = CODE_LINE.exec(line);
    if (!started) {
      if (i >= headerAt && code && code[1] === "1") started = true;
      else {
        if (headerAt >= 0 && i >= headerAt) header.push(line);
        continue;
      }
    }
    const relation = markerRelation(line);
    if (relation) {
      finishName();
      outline.marker(relation);
      continue;
    }
    if (code) {
      if (!outline.plausible(code[1])) {
        if (lines.slice(i).some((l) => l !== "")) warnings.push(CONTINGENT_MESSAGES.stoppedAt(i + 1, line));
        break;
      }
      finishName();
      const { name, fact, forecast, hasValues } = splitValues(code[2]);
      current = { row: outline.add(code[1], name, fact, forecast, 0), parts: [name], hasValues };
      continue;
    }
    if (!current) continue;
    const values = VALUES_ONLY.exec(line);
    if (values && !current.hasValues) {
      current.row.fact = readCount(values[1]);
      current.row.forecast = readCount(values[2] ?? null);
      current.hasValues = true;
      continue;
    }
    // A wrapped name («чел.», «организаций, чел.»), even after the values, as PDF text puts it.
    const { name, fact, forecast, hasValues } = splitValues(line);
    current.parts.push(name);
    if (hasValues && !current.hasValues) {
      current.row.fact = fact;
      current.row.forecast = forecast;
      current.hasValues = true;
    }
  }
  finishName();
  const rows = withSheetRowNumbers(assignKeys(outline.rows));
  return { rows, dates: datesFrom(header), warnings };
}

function splitValues(text: string): { name: string; fact: CountValue; forecast: CountValue; hasValues: boolean } {
  const two = TWO_VALUES_AT_END.exec(text);
  if (two) return { name: two[1], fact: readCount(two[2]), forecast: readCount(two[3]), hasValues: true };
  const one = ONE_VALUE_AFTER_PEOPLE.exec(text);
  if (one) return { name: one[1], fact: readCount(one[2]), forecast: null, hasValues: true };
  return { name: text, fact: null, forecast: null, hasValues: false };
}

interface Columns {
  code: number;
  name: number;
  fact: number;
  forecast: number;
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  return squashSpaces(normaliseDashes(String(cell)));
}

function findHeader(rows: unknown[][]): { at: number; columns: Columns; dates: ParsedContingent["dates"] } | null {
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const cells = rows[i].map(cellText);
    const fact = cells.findIndex((c) => /^факт/i.test(c));
    if (fact < 0) continue;
    const forecast = cells.findIndex((c) => /^прогноз/i.test(c));
    const code = cells.findIndex((c) => /^(код|№)/i.test(c));
    const name = cells.findIndex((c) => /показател|наименован/i.test(c));
    return {
      at: i,
      columns: {
        code: code < 0 ? 0 : code,
        name: name < 0 ? 1 : name,
        fact,
        forecast: forecast < 0 ? fact + 1 : forecast,
      },
      dates: datesFrom([cells[fact], forecast >= 0 ? cells[forecast] : ""]),
    };
  }
  return null;
}

/**
 * A table of cells: a sheet block (getValues), CSV, a Word table. Row numbers are the table's own (1-based).
 * Without a «Факт» header the columns are taken as Код · Показатель · Факт · Прогноз, unless
 * `requireHeader` (text from a file, which may be any table: better nothing than a wrong reading).
 */
export function parseContingentTable(table: unknown[][], options: { requireHeader?: boolean } = {}): ParsedContingent {
  const header = findHeader(table);
  if (!header && options.requireHeader)
    return { rows: [], dates: { fact: null, forecast: null }, warnings: [CONTINGENT_MESSAGES.noHeader] };
  const columns = header?.columns ?? { code: 0, name: 1, fact: 2, forecast: 3 };
  const outline = new Outline();
  const warnings: string[] = [];
  for (let i = header ? header.at + 1 : 0; i < table.length; i++) {
    const raw = table[i] ?? [];
    const cells = raw.map(cellText);
    if (cells.every((c) => c === "") || isNumberingRow(cells)) continue;
    let code = cells[columns.code] ?? "";
    let name = cells[columns.name] ?? "";
    if (code === "" && /^\d+(\.\d+)*\.?\s+\D/.test(name)) {
      // Code and name in one cell: «1.1 численность обучающихся…».
      const m = CODE_LINE.exec(name);
      if (m) [code, name] = [m[1], m[2]];
    }
    code = code.replace(/\.$/, "");
    const relation = markerRelation(name) ?? (code === "" ? null : markerRelation(code));
    if (relation && (code === "" || markerRelation(code))) {
      outline.marker(relation);
      continue;
    }
    if (code === "") {
      if (name !== "") warnings.push(CONTINGENT_MESSAGES.noCode(i + 1, name));
      continue;
    }
    if (!CODE_PATTERN.test(code)) {
      if (i === 0 && !header) continue; // an unrecognised header row
      warnings.push(CONTINGENT_MESSAGES.badCode(i + 1, code));
      continue;
    }
    outline.add(code, name, readCount(raw[columns.fact]), readCount(raw[columns.forecast]), i + 1);
  }
  return { rows: assignKeys(outline.rows), dates: header?.dates ?? { fact: null, forecast: null }, warnings };
}
