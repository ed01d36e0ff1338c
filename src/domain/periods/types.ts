/** The shapes of a parsed deadline («срок»): see docs/periods.md. Dates are ISO "YYYY-MM-DD" strings. */

export interface PeriodContext {
  /** The year the document is about («на 2022 год»), used when the text names no year. */
  year?: number;
  /** A school year, e.g. [2022, 2023]: Sep–Dec belong to the first year, Jan–Aug to the second. Wins over `year`. */
  academicYear?: [number, number];
  /** The span of the whole programme, e.g. [2020, 2024]. A span written in the text wins over it. */
  program?: [number, number];
}

export type PeriodKind = "deadline" | "interval" | "continuous" | "by-schedule" | "unknown";
export type PeriodRepeat = "none" | "yearly" | "quarterly" | "monthly";

export interface Occurrence {
  start: string | null;
  end: string | null;
}

export interface Period {
  kind: PeriodKind;
  /** Sorted by end, then start; no duplicates. */
  occurrences: Occurrence[];
  repeat: PeriodRepeat;
  /** True when the text was only partly understood or the context needed was missing. */
  needsReview: boolean;
}

export type RoadmapStatus = "выполнено" | "просрочено" | "в работе" | "запланировано" | "без срока";
