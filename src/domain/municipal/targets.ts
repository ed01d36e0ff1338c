/**
 * «Цели района» (the sheet, or its CSV export for `cmn rollup --targets`) read as the school's
 * «Показатели» is (indicators/input.ts indicatorRowsOf): a row's indicator is its hidden service code,
 * else its wording recognised by the catalogue, so a coordinator who types a row by name only still
 * sets that indicator's target. A row the catalogue does not recognise has no school figures to compare
 * with and is left out. The coordinator's wording is kept for the summary and the report, so no code is
 * ever what a reader sees.
 */
import { indicatorRowsOf } from "../indicators/input";
import type { SheetRows } from "../workbook/rows";

export interface DistrictTargets {
  /** Target of the year per indicator code, as a fraction (null: none typed). */
  targets: Record<string, number | null>;
  /** The coordinator's wording per indicator code. */
  names: Record<string, string>;
}

export function districtTargets(rows: SheetRows | undefined, year: number): DistrictTargets {
  const out: DistrictTargets = { targets: {}, names: {} };
  for (const r of indicatorRowsOf(rows, []) ?? []) {
    if (r.code === null) continue;
    // Two rows of one indicator: the first with a target of the year sets it.
    if ((out.targets[r.code] ?? null) === null) out.targets[r.code] = r.targets[String(year)] ?? null;
    if (r.name && !out.names[r.code]) out.names[r.code] = r.name;
  }
  return out;
}
