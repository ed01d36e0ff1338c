/**
 * The sheets the indicators read, turned into the computation's input by the one reader of each sheet
 * (settings, «Справочники», the bases through validateBase, «Контингент», «Показатели»). The same
 * function serves the live workbook (sheets/indicatorsData.ts) and a folder of CSV exports (cli/sheetDir.ts).
 */
import type { IsoDate } from "../common/dates";
import { isBlank, squashSpaces } from "../common/normalise";
import { assignKeys } from "../contingent/keys";
import { parseContingentTable } from "../contingent/parse";
import { validateBase } from "../participants/validateBase";
import { refsFromRows } from "../workbook/refs";
import type { SheetRows } from "../workbook/rows";
import { parseSettings, type Settings } from "../workbook/settings";
import type { SheetKey } from "../workbook/sheets";
import { DEFAULT_INDICATORS, indicatorDef, OLD_CODES } from "./catalogue";
import type { IndicatorInput, IndicatorRowInput } from "./compute";
import { matchIndicator, unmodelledQualifiers } from "./match";
import { targetColumns, targetValue } from "./targets";

export type WorkbookRows = Partial<Record<SheetKey, SheetRows>>;

export function settingsOf(data: WorkbookRows): { settings: Settings; problems: string[] } {
  const rows = data.settings?.rows ?? [];
  const { settings, problems } = parseSettings(
    rows.map((r) => ({ label: String(r.cells.key ?? ""), value: r.cells.value ?? "" })),
  );
  return { settings, problems: problems.map((p) => p.message) };
}

/** «Факт» of each keyed contingent row. */
export function contingentOf(rows: SheetRows | undefined): Map<string, number | null> {
  const out = new Map<string, number | null>();
  if (!rows) return out;
  const parsed = parseContingentTable(rows.values);
  for (const r of assignKeys(parsed.rows)) if (r.key) out.set(r.key, typeof r.fact === "number" ? r.fact : null);
  return out;
}

/** The rows of «Показатели»: code (the hidden service code, else recognised by name), name, targets. */
export function indicatorRowsOf(rows: SheetRows | undefined, warnings: string[]): IndicatorRowInput[] | undefined {
  if (!rows) return undefined;
  const years = targetColumns(rows.header);
  return rows.rows
    .filter((r) => !isBlank(r.cells.name) || !isBlank(r.cells.code))
    .map((r) => {
      const name = squashSpaces(String(r.cells.name ?? ""));
      const typed = squashSpaces(String(r.cells.code ?? ""));
      let code: string | null = OLD_CODES[typed] ?? (indicatorDef(typed) ? typed : null);
      if (code === null && name) {
        code = matchIndicator(name, DEFAULT_INDICATORS);
        const qualifiers = unmodelledQualifiers(name);
        if (code === null && qualifiers.length) warnings.push(INPUT_TEXT.qualifier(name, qualifiers));
      }
      const targets: Record<string, number | null> = {};
      for (const [year, index] of years) targets[year] = targetValue(rows.values[r.rowNumber - 1]?.[index]);
      return { code, name, targets };
    });
}

const INPUT_TEXT = {
  qualifier: (name: string, words: readonly string[]) =>
    `Показатель «${name}» содержит уточнение ${words.join(", ")}, которое расчёт каталога не учитывает: оставлен собственным показателем школы (факт вводится вручную)`,
} as const;

function records<K extends "mentors" | "mentees" | "pairs" | "surveys">(
  key: K,
  data: WorkbookRows,
  refs: ReturnType<typeof refsFromRows>,
) {
  const rows = data[key];
  if (!rows) return [];
  return validateBase(
    key,
    rows.rows.map((r) => r.cells),
    refs,
    { rowNumbers: rows.rows.map((r) => r.rowNumber) },
  ).records;
}

/**
 * The computation's input from the sheets. `contingent` overrides the keys found by wording (the live
 * sheet knows them by its named ranges too).
 */
export function indicatorInputOf(
  data: WorkbookRows,
  today: IsoDate,
  options: { contingent?: Map<string, number | null> } = {},
): { input: IndicatorInput; warnings: string[] } {
  const { settings, problems } = settingsOf(data);
  const refs = refsFromRows(data.refs);
  const warnings = [...problems];
  const indicators = indicatorRowsOf(data.indicators, warnings);
  return {
    input: {
      settings,
      today,
      mentors: records("mentors", data, refs),
      mentees: records("mentees", data, refs),
      pairs: records("pairs", data, refs),
      surveys: records("surveys", data, refs),
      contingent: options.contingent ?? contingentOf(data.contingent),
      ...(indicators ? { indicators } : {}),
    },
    warnings,
  };
}
