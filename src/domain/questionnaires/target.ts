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

/** A new person whose name matches an existing one with some difference (identity.ts). */
export interface DuplicateFinding {
  sheet: "mentors" | "mentees";
  /** The new row's ID. */
  id: string;
  /** The existing namesake's ID. */
  similarId: string;
  differences: string[];
}

export interface Accepted {
  ok: true;
  target: UpsertTarget;
  /** «Возможные дубликаты» entries to record with the new row. */
  duplicates?: DuplicateFinding[];
  /** Who the answer is: by personal code, or unverified (no code). Only the person questionnaires say. */
  verified?: boolean;
}

export type MapResult = Accepted | { ok: false; reason: string };

/** Google Sheets refuses a cell longer than this; longer answers are rejected whole, never cut. */
export const CELL_LIMIT = 50000;
