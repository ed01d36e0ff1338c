/**
 * Merging an imported contingent table into the rows already on «Контингент», by code:
 * - a row with the same code takes the imported name and structure («в том числе» / «из них») and the
 *   imported numbers; a number the import leaves blank keeps the one in the sheet;
 * - imported codes the sheet lacks are added; sheet rows the import lacks are kept;
 * - except template rows nobody touched (template code and name, no numbers): those the import does not
 *   mention are dropped, so a school's own table replaces the default one, unless an indicator needs
 *   the row and the import brings no row for it.
 * Keys are then given afresh (assignKeys), so a renumbered or reworded row still feeds its indicator.
 */
import { labelKey } from "../common/normalise";
import { assignKeys } from "./keys";
import type { ContingentRow } from "./model";
import { REQUIRED_KEYS, CONTINGENT_TEMPLATE } from "./template";

export interface MergeResult {
  rows: ContingentRow[];
  added: string[];
  updated: string[];
  dropped: string[];
}

/** Numeric, segment by segment: 1.2 < 1.10 < 2. */
export function compareCodes(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

export function isUntouchedTemplateRow(row: ContingentRow): boolean {
  const t = CONTINGENT_TEMPLATE.find((r) => r.code === row.code);
  return !!t && labelKey(t.name) === labelKey(row.name) && row.fact === null && row.forecast === null;
}

export function mergeContingent(existing: readonly ContingentRow[], imported: readonly ContingentRow[]): MergeResult {
  const importedCodes = new Set(imported.map((r) => r.code));
  const byCode = new Map<string, ContingentRow>();
  for (const r of existing) if (!byCode.has(r.code)) byCode.set(r.code, { ...r, key: null });
  const added: string[] = [];
  const updated: string[] = [];
  for (const r of imported) {
    const old = byCode.get(r.code);
    if (!old) {
      byCode.set(r.code, { ...r, key: null });
      added.push(r.code);
      continue;
    }
    byCode.set(r.code, {
      ...old,
      name: r.name || old.name,
      relation: r.relation ?? old.relation,
      fact: r.fact ?? old.fact,
      forecast: r.forecast ?? old.forecast,
      key: null,
    });
    updated.push(r.code);
  }
  const candidates = [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code));
  // Which required keys the import itself provides (its own rows, keyed by their wording).
  const provided = new Set(assignKeys(imported.map((r) => ({ ...r, key: null }))).map((r) => r.key));
  const required = new Set(REQUIRED_KEYS.map((k) => k.key));
  const dropped: string[] = [];
  const kept = candidates.filter((r) => {
    if (importedCodes.has(r.code) || imported.length === 0 || !isUntouchedTemplateRow(r)) return true;
    const key = CONTINGENT_TEMPLATE.find((t) => t.code === r.code)!.key;
    if (required.has(key) && !provided.has(key)) return true;
    dropped.push(r.code);
    return false;
  });
  return { rows: assignKeys(kept), added, updated, dropped };
}
