/**
 * Giving imported rows the stable keys of the template, so the indicator formulas find «pupils aged
 * 10–18» whatever a school calls or numbers it. A row takes a key when its code and name are the
 * template's, or when its name matches the template row's `recognise` patterns (first match wins, each
 * key once).
 */
import { labelKey } from "../common/normalise";
import type { ContingentRow } from "./model";
import { CONTINGENT_TEMPLATE } from "./template";

/** The key for each row (in order), or null. Keys already on the rows are kept. */
export function assignKeys(rows: readonly ContingentRow[]): ContingentRow[] {
  const used = new Set(rows.map((r) => r.key).filter((k): k is string => k !== null));
  const out = rows.map((r) => ({ ...r }));
  for (const t of CONTINGENT_TEMPLATE) {
    if (used.has(t.key)) continue;
    const exact = out.find((r) => r.key === null && r.code === t.code && labelKey(r.name) === labelKey(t.name));
    const byPattern =
      exact ??
      (t.recognise
        ? out.find((r) => r.key === null && t.recognise!.some((p) => p.test(forMatching(r.name))))
        : undefined);
    if (byPattern) {
      byPattern.key = t.key;
      used.add(t.key);
    }
  }
  return out;
}

/** Lower case, ё→е, one space, quotes dropped, every dash spaced (« - ») as the patterns expect. */
function forMatching(name: string): string {
  return labelKey(name).replace(/-/g, " - ");
}
