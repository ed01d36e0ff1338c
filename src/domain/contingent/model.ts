/**
 * The contingent table («Контингент»): hierarchical numbered rows (1, 1.1, 1.1.1) with a fact and a
 * forecast count each.
 *
 * How a child knows its relation to its parent: the marker rows «в том числе:» and «из них:» that
 * schools put under a parent. A marker row applies to the item row right below it and to that row's
 * following siblings (rows with the same parent code), until another marker row introduces a different
 * group under the same parent. So one parent may have a «в том числе» block (parts that add up to it)
 * and, further down, an «из них» block (overlapping subsets, each ≤ the parent), as the default template
 * does for pupils by grade band and pupils by age. A child with no marker above it gets `relation: null`
 * and is held only to «≤ parent» (the weaker, always-true rule for a subset).
 */

/** «в том числе» → "including" (children add up to the parent); «из них» → "ofWhich" (each ≤ parent). */
export type ChildRelation = "including" | "ofWhich";

/**
 * A count cell: a number as read (validation checks it is whole and ≥ 0), null when blank or «-», or the
 * raw text when it is not a number (validation reports it).
 */
export type CountValue = number | string | null;

export interface ContingentRow {
  /** Hierarchical code without a trailing dot: "1", "1.1", "1.1.1". */
  code: string;
  name: string;
  fact: CountValue;
  forecast: CountValue;
  /** Stable key the indicator formulas refer to (named range CMN_Contingent_<key>); null for rows no formula needs. */
  key: string | null;
  /** How this row relates to its parent, from the marker row above it; null for top-level or unmarked rows. */
  relation: ChildRelation | null;
  /**
   * Where the row is, for messages: its row number in the sheet or pasted table (1-based, header
   * included). For pasted text, the row it will occupy once written to «Контингент» (header = row 1,
   * marker rows counted).
   */
  row: number;
}

export type ValueColumn = "fact" | "forecast";

export const VALUE_COLUMNS: readonly ValueColumn[] = ["fact", "forecast"];

/** "1.2.3" → "1.2"; "1" → null. */
export function parentCode(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

export function depthOf(code: string): number {
  return code.split(".").length;
}

/** A valid hierarchical code: 1, 1.2, 1.2.3 (a trailing dot is dropped by the readers). */
export const CODE_PATTERN = /^\d+(?:\.\d+)*$/;
