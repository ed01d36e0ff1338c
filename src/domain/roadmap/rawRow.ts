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
