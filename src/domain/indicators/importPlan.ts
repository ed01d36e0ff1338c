/**
 * Where each row of an imported indicators table goes on «Показатели»: a catalogue indicator to the row
 * with its code (added when the sheet has none), a school's own indicator to the row with the same name
 * (added when none). The imported wording replaces the name (it is the school's official one), and the
 * targets of the imported years are written as fractions, «-» where the school wrote «-». Nothing else
 * in the row is touched, and rows the import does not mention stay as they are.
 */
import { DEFAULT_INDICATORS, type IndicatorDef } from "./catalogue";
import { normaliseName } from "./match";
import type { ImportedIndicator } from "./parse";
import { targetCell } from "./targets";

export interface IndicatorSheetRow {
  rowNumber: number;
  code: string;
  name: string;
}

export interface IndicatorWrite {
  /** Existing sheet row; undefined = append. */
  rowNumber?: number;
  code: string;
  name: string;
  unit: string;
  targets: Record<string, number | string>;
}

export interface ImportPlan {
  writes: IndicatorWrite[];
  matched: number;
  custom: number;
  years: string[];
}

export function planIndicatorImport(
  existing: readonly IndicatorSheetRow[],
  imported: readonly ImportedIndicator[],
  catalogue: readonly IndicatorDef[] = DEFAULT_INDICATORS,
): ImportPlan {
  const byCode = new Map<string, IndicatorSheetRow>();
  const byName = new Map<string, IndicatorSheetRow>();
  for (const r of existing) {
    if (r.code && !byCode.has(r.code)) byCode.set(r.code, r);
    const n = normaliseName(r.name);
    if (n && !byName.has(n)) byName.set(n, r);
  }
  const usedCodes = new Set<string>();
  const writes: IndicatorWrite[] = [];
  const years = new Set<string>();
  let matched = 0;
  let custom = 0;
  for (const item of imported) {
    const targets: Record<string, number | string> = {};
    for (const [year, value] of Object.entries(item.targets)) {
      targets[year] = targetCell(value);
      years.add(year);
    }
    // A second row matching the same catalogue code is the school's own variant of it.
    const code = item.code !== null && !usedCodes.has(item.code) ? item.code : null;
    if (code !== null) {
      usedCodes.add(code);
      matched++;
      const def = catalogue.find((d) => d.code === code);
      writes.push({
        rowNumber: byCode.get(code)?.rowNumber,
        code,
        name: item.name,
        unit: item.unit || def?.unit || "%",
        targets,
      });
    } else {
      custom++;
      const row = byName.get(normaliseName(item.name));
      writes.push({ rowNumber: row?.rowNumber, code: row?.code ?? "", name: item.name, unit: item.unit, targets });
    }
  }
  return { writes, matched, custom, years: [...years].sort() };
}
