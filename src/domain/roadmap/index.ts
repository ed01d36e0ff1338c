/** The roadmap («дорожная карта») feature: parse a pasted or uploaded roadmap, merge it into the sheet. */
export { parseRoadmap } from "./parse";
export {
  effectiveSections,
  IMPORTED_KEYS,
  itemToRow,
  mergeRoadmap,
  ROADMAP_KEYS,
  SAME_TITLE,
  titleSimilarity,
  type Change,
  type DiffEntry,
  type ExistingRow,
  type FieldChange,
  type LinkSuggestion,
  type MergeOptions,
  type MergeResult,
  type RoadmapKey,
} from "./merge";
export { splitResponsible } from "./responsible";
export { detectDocumentYears, type DocumentYears } from "./documentYears";
export { parseDelimited, guessDelimiter, type Delimited } from "./delimited";
export { ROADMAP_MESSAGES, ROLE_NAMES } from "./messages";
export { COLUMN_ROLES } from "./types";
export type {
  ColumnInfo,
  ColumnMapping,
  ColumnRole,
  ParseOptions,
  RoadmapInput,
  RoadmapItem,
  RoadmapParse,
  RoadmapSection,
  RoadmapWarning,
  RoadmapWarningCode,
  WarningSeverity,
} from "./types";
export {
  scheduleRow,
  datesOf,
  chooseContext,
  settingsContext,
  yearSpanOf,
  REPEAT_LABELS,
  type Attention,
  type RowDates,
  type RowSchedule,
} from "./schedule";
export { ROADMAP_SHEET_TEXT } from "./messages";
