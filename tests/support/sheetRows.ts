/**
 * Plain rows (objects keyed by the column keys of sheets.ts) as the sheet readers see them: a block with
 * the sheet's own header, decoded by the cell codec (rowsFromGrid), as a live sheet or a CSV export gives.
 * Dates may be IsoDate strings or the demo school's UTC-midnight Dates.
 */
import type { WorkbookRows } from "../../src/domain/indicators/input";
import { rowsFromGrid, type SheetRows } from "../../src/domain/workbook/rows";
import { SETTINGS } from "../../src/domain/workbook/defaults";
import { SHEETS, type SheetKey } from "../../src/domain/workbook/sheets";
import { createZone } from "../../src/domain/workbook/zone";

const zone = createZone("Europe/Moscow");

const cell = (v: unknown): unknown =>
  v instanceof Date
    ? `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, "0")}-${String(v.getUTCDate()).padStart(2, "0")}`
    : (v ?? "");

export function sheetRows(
  key: SheetKey,
  rows: ReadonlyArray<Record<string, unknown>>,
  extraHeader: string[] = [],
): SheetRows {
  const columns = SHEETS[key].columns;
  const grid: unknown[][] = [
    [...columns.map((c) => c.header), ...extraHeader],
    ...rows.map((r) => [...columns.map((c) => cell(r[c.key])), ...extraHeader.map((h) => cell(r[h]))]),
  ];
  return rowsFromGrid(SHEETS[key], grid, zone);
}

/** «Настройки» with the given values (by setting key); the rest default. */
export function settingsRows(values: Record<string, unknown>): SheetRows {
  return sheetRows(
    "settings",
    SETTINGS.map((s) => ({ key: s.label, value: values[s.key] ?? s.default })),
  );
}

/** «Контингент» as a pasted table: code, name, fact. */
export function contingentRows(rows: ReadonlyArray<{ code: string; name: string; fact: number | "" }>): SheetRows {
  return rowsFromGrid(
    SHEETS.contingent,
    [["Код", "Показатель", "Факт", "Прогноз"], ...rows.map((r) => [r.code, r.name, r.fact, ""])],
    zone,
  );
}

/** «Показатели»: code, name and one target column per year. */
export function indicatorRows(
  rows: ReadonlyArray<{ code: string; name: string; targets: Record<string, number | null>; fact?: unknown }>,
): SheetRows {
  const years = [...new Set(rows.flatMap((r) => Object.keys(r.targets)))].sort();
  return rowsFromGrid(
    SHEETS.indicators,
    [
      ["Код", "Показатель", "Ед.", ...years.map((y) => `Цель ${y}`), "Факт", "Статус"],
      ...rows.map((r) => [r.code, r.name, "%", ...years.map((y) => r.targets[y] ?? "-"), r.fact ?? "", ""]),
    ],
    zone,
  );
}

export type { WorkbookRows };
