/** What an accepted answer becomes: a row for one sheet and how to find the row it replaces. */
import type { SheetKey } from "../workbook/sheets";

/** A cell of a mapped answer; dates are IsoDate strings, written by the codec as dates in date columns. */
export type RowValue = string | number | boolean;

export interface KeyPart {
  column: string;
  value: RowValue;
}

export interface UpsertTarget {
  sheet: SheetKey;
  /**
   * The row to update is the one where every key column equals its value (IDs compared by idKey, dates by
   * day, text by labelKey); when there is none the row is appended. See planUpsert.
   */
  key: KeyPart[];
  /** Column key → value. Columns absent here keep what the sheet holds (on append they stay empty). */
  row: Record<string, RowValue>;
  /** Text columns whose new text is added under the existing text instead of replacing it. */
  appendText?: string[];
}

export type MapResult = { ok: true; target: UpsertTarget } | { ok: false; reason: string };

/** Google Sheets refuses a cell longer than this; longer answers are rejected whole, never cut. */
export const CELL_LIMIT = 50000;
