/**
 * The roadmap («дорожная карта») parser's contract: what goes in (a paste or a table) and what comes out
 * (numbered events with their deadline text, responsible people and expected result). Deadlines stay text
 * here: turning them into dates is the period parser's job (src/domain/periods).
 */
import * as z from "zod";

/** What each column of a roadmap table holds. «stage» is a stage/section column (ДОУ sample), «content» a
 * «Содержание деятельности» column whose text is kept with the event's title. */
export type ColumnRole = "number" | "stage" | "title" | "content" | "deadline" | "responsible" | "result";

export const COLUMN_ROLES: readonly ColumnRole[] = [
  "number",
  "stage",
  "title",
  "content",
  "deadline",
  "responsible",
  "result",
];

export interface RoadmapItem {
  /** «1.6.» → «1.6»; generated («1.1», «1.2», …) for unnumbered event rows under a numbered stage. */
  number: string;
  /** Title of the section (stage) the item belongs to, without its number («Подготовка условий …»); "" when none. */
  section: string;
  /** The event. When the table has a separate content column, its text follows the event on new lines. */
  title: string;
  /** Deadline exactly as written (lines kept, blank lines and extra spaces removed). Not parsed here. */
  deadlineText: string;
  /** Persons and roles, one per entry: «Москвина Т.Н., директор школы» → ["Москвина Т.Н.", "директор школы"]. */
  responsible: string[];
  /** Expected result / document («Приказ ОО»); "" when the table has no such column. */
  result: string;
  /** 1-based line of the pasted text (or row of the table) where the item starts. */
  sourceLine?: number;
}

/** One column of the source table as the preview shows it: what it was taken for, and why. */
export interface ColumnInfo {
  /** 0-based column of the table (for PDF text: the order of the columns). */
  index: number;
  /** The header's text, or, when there is no header, the first filled cells of the column. */
  label: string;
  role: ColumnRole | null;
}

/** A column mapping chosen by the curator: a role (or nothing) for each column, by index. */
export type ColumnMapping = readonly (ColumnRole | null)[];

export interface ParseOptions {
  /** Replaces the columns found in the header or inferred from content. */
  mapping?: ColumnMapping;
}

export interface RoadmapSection {
  number: string;
  title: string;
  /** Text under the section row that is not an event («Задача: …», «Результат: …»), kept for the curator. */
  description?: string;
}

export type WarningSeverity = "error" | "warning" | "info";

export interface RoadmapWarning {
  severity: WarningSeverity;
  code: RoadmapWarningCode;
  /** Russian, for the curator; names the item (its number and the start of its title) where there is one. */
  message: string;
  /** Where in the source the remark starts (kept for tools; messages name the item instead). */
  line?: number;
  column?: string;
  /** The item the remark is about. */
  item?: string;
}

export type RoadmapWarningCode =
  | "emptyInput"
  | "badInput"
  | "binaryInput"
  | "tooLarge"
  | "noHeader"
  | "noDeadlineColumn"
  | "noTitleColumn"
  | "noItems"
  | "pageHeaderDropped"
  | "numberingRowDropped"
  | "tableEnded"
  | "numberGap"
  | "numberRepeated"
  | "numberIgnored"
  | "numbersGenerated"
  | "continuationRow"
  | "orphanRow"
  | "noDeadline"
  | "noTitle"
  | "strayText"
  | "rowWidth"
  | "sectionWithDeadline"
  | "columnsInferred"
  | "mappingChanged"
  | "truncatedRow"
  | "bareNumber"
  | "titleContinued"
  | "numbersQualified";

export interface RoadmapParse {
  items: RoadmapItem[];
  sections: RoadmapSection[];
  warnings: RoadmapWarning[];
  /** Column index of each role found in the header (for text parsed as columns, the order of the columns). */
  header?: { columns: Partial<Record<ColumnRole, number>> };
  /** Every column of the source with its role, for the preview's mapping. */
  columns?: ColumnInfo[];
  /** The table had no header: the columns were told apart by their content. */
  inferred?: boolean;
  /** «на 2021 год» → 2021. */
  documentYear?: number;
  /** «2023 – 2024 г.», «на 2022-2023 учебный год» → [2023, 2024]. */
  documentAcademicYear?: [number, number];
  /** «в период с 2020 по 2024 г.г.», «на 2022 - 2025 гг.» → [2020, 2024]. */
  documentProgram?: [number, number];
}

/** Text and table sizes accepted (a roadmap is a few hundred rows; this leaves a wide margin). */
export const LIMITS = { maxChars: 5_000_000, maxRows: 50_000, maxCells: 500_000 } as const;

const cell = z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined(), z.date()]);

export const roadmapInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string() }),
  z.object({ kind: z.literal("table"), rows: z.array(z.array(cell)), heading: z.string().max(10_000).optional() }),
]);

/** A table may come with the text above it (a Google Doc's name), which names the document's year. */
export type RoadmapInput = { kind: "text"; text: string } | { kind: "table"; rows: unknown[][]; heading?: string };
