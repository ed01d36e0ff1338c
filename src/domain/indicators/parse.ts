/**
 * Reading a school's indicators table with yearly targets: a Word table copied as text (one cell per line
 * starting with a tab, a blank line ends a row) or a table of cells. The header gives the year columns
 * («2022 г.»); a «1 2 3 4 5 6» numbering row is skipped; «-» is «no target that year» (null). Rows whose
 * name matches no catalogue indicator are kept as the school's own (code null).
 */
import { normaliseDashes, squashSpaces } from "../common/normalise";
import { DEFAULT_INDICATORS, type IndicatorDef } from "./catalogue";
import { matchIndicator } from "./match";
import { INDICATOR_MESSAGES } from "./messages";
import { isNumberingRow, looksLikeWordTable, readWordTable } from "./wordTable";

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

export interface ParsedIndicators {
  indicators: ImportedIndicator[];
  warnings: string[];
}

export type IndicatorsInput = { kind: "text"; text: string } | { kind: "table"; rows: unknown[][] };

export class IndicatorsParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IndicatorsParseError";
  }
}

const YEAR_HEADER = /^(20\d\d)\s*(?:г\.?|год\S*)?$/i;

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  return squashSpaces(normaliseDashes(String(cell)));
}

interface Layout {
  at: number;
  number: number;
  name: number;
  unit: number | null;
  years: Array<{ year: string; column: number }>;
}

function findLayout(rows: string[][]): Layout | null {
  for (let i = 0; i < rows.length; i++) {
    const years = rows[i].flatMap((c, column) => {
      const m = YEAR_HEADER.exec(c);
      return m ? [{ year: m[1], column }] : [];
    });
    if (years.length === 0) continue;
    const cells = rows[i];
    const name = cells.findIndex((c) => /наименован|показател/i.test(c));
    const number = cells.findIndex((c) => /^(№|n\b|номер)/i.test(c));
    const unit = cells.findIndex((c) => /^ед/i.test(c));
    const nameColumn = name >= 0 ? name : number >= 0 ? number + 1 : 1;
    return {
      at: i,
      number: number >= 0 ? number : nameColumn - 1,
      name: nameColumn,
      unit: unit >= 0 ? unit : null,
      years,
    };
  }
  return null;
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

export function parseIndicatorsTable(
  input: IndicatorsInput,
  catalogue: readonly IndicatorDef[] = DEFAULT_INDICATORS,
): ParsedIndicators {
  let rows: string[][];
  if (input.kind === "table") rows = input.rows.map((r) => (r ?? []).map(cellText));
  else if (looksLikeWordTable(input.text)) rows = readWordTable(input.text).rows.map((r) => r.map(cellText));
  else if (/\t/.test(input.text))
    rows = input.text
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((l) => l.split("\t").map(cellText));
  else throw new IndicatorsParseError(INDICATOR_MESSAGES.noTable);

  const layout = findLayout(rows);
  if (!layout)
    throw new IndicatorsParseError(rows.length === 0 ? INDICATOR_MESSAGES.noTable : INDICATOR_MESSAGES.noYears);

  const indicators: ImportedIndicator[] = [];
  const warnings: string[] = [];
  for (let i = layout.at + 1; i < rows.length; i++) {
    const cells = rows[i];
    if (cells.every((c) => c === "") || isNumberingRow(cells)) continue;
    const number = (cells[layout.number] ?? "").replace(/\.$/, "");
    const written = cells[layout.name] ?? "";
    if (written === "") {
      warnings.push(INDICATOR_MESSAGES.noName(i + 1));
      continue;
    }
    const { name, unit } = splitUnit(written);
    const targets: Record<string, number | null> = {};
    for (const { year, column } of layout.years) {
      const raw = cells[column] ?? "";
      const value = readTarget(raw);
      if (value === undefined) warnings.push(INDICATOR_MESSAGES.badTarget(number, year, raw));
      targets[year] = value ?? null;
    }
    const code = matchIndicator(written, catalogue);
    if (code === null) warnings.push(INDICATOR_MESSAGES.unmatched(number, name));
    const unitColumn = layout.unit !== null ? cells[layout.unit] : "";
    indicators.push({ number, name, code, unit: unitColumn || unit || (code ? "%" : ""), targets });
  }
  if (indicators.length === 0) throw new IndicatorsParseError(INDICATOR_MESSAGES.noRows);
  return { indicators, warnings };
}
