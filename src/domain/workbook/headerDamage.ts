/**
 * What is wrong with a sheet's header for a command that needs some of its columns: the sheet is missing,
 * its header row is gone, or columns are. Pure: the structure guard (sheets/structureGuard.ts) and the
 * workbook check read the header and ask here. Decisions:
 * - columns are found by header text or alias (mapColumns), never by position;
 * - the header row is gone when row 1 names none of the sheet's columns (the row was deleted and the first
 *   data row moved up, or the sheet is blank): putting it back means inserting a row above, never writing
 *   over row 1;
 * - headers the add-on does not know are listed with a missing column: a renamed column is one of them.
 */
import { labelKey } from "../common/normalise";
import { mapColumns } from "./rows";
import type { SheetSpec } from "./sheets";

export type HeaderDamage =
  | { kind: "sheet"; sheet: string }
  | { kind: "headerRow"; sheet: string }
  | { kind: "columns"; sheet: string; keys: string[]; headers: string[]; unknown: string[] };

/** At most this many unknown headers are named (a curator's own columns are unknown too). */
const UNKNOWN_SHOWN = 5;

/** Row 1 names none of the spec's columns. */
export function headerRowGone(spec: SheetSpec, header: readonly unknown[]): boolean {
  return Object.keys(mapColumns(spec, header).columns).length === 0;
}

/** The damage that stops a command needing `needed` (column keys of `spec`), or null when there is none. */
export function headerDamage(
  spec: SheetSpec,
  header: readonly unknown[],
  needed: readonly string[],
  sheetName: string = spec.name,
): HeaderDamage | null {
  if (needed.length === 0) return null;
  if (headerRowGone(spec, header)) return { kind: "headerRow", sheet: sheetName };
  const { columns } = mapColumns(spec, header);
  const keys = spec.columns.filter((c) => needed.includes(c.key) && columns[c.key] === undefined).map((c) => c.key);
  if (keys.length === 0) return null;
  const known = new Set(spec.columns.flatMap((c) => [c.header, ...(c.aliases ?? [])].map(labelKey)));
  const unknown = header
    .map((h) => String(h ?? "").trim())
    .filter((h) => h !== "" && !known.has(labelKey(h)))
    .slice(0, UNKNOWN_SHOWN);
  const headers = keys.map((k) => spec.columns.find((c) => c.key === k)!.header);
  return { kind: "columns", sheet: sheetName, keys, headers, unknown };
}
