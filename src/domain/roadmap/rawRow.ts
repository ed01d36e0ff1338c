/** One row of a roadmap as read from a table or from PDF text, before sections and numbers are settled. */
export interface RawRow {
  /** 1-based line (text) or row (table) where the row starts. */
  line: number;
  /** Normalised number, when the row has one. */
  number?: string;
  stage: string;
  title: string;
  content: string;
  deadline: string;
  responsible: string;
  result: string;
  /** Set when the reader already knows (PDF text: a section's title and its «Задача: …» description). */
  kind?: "section" | "item";
  description?: string;
  /** Cells the source row had (tables), to tell a row cut short from a whole one. */
  width?: number;
  /** The row has text beyond the table's columns: how many cells it has and the table's width. */
  extraCells?: { cells: number; expected: number };
  /** The reader found the row cut off at the end of the text (the copy stopped mid-row). */
  truncated?: boolean;
  /** The first row is the end of a row cut above (the copy started mid-row). */
  tail?: boolean;
}

export const emptyRow = (line: number): RawRow => ({
  line,
  stage: "",
  title: "",
  content: "",
  deadline: "",
  responsible: "",
  result: "",
});
