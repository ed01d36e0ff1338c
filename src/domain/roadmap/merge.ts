/**
 * Re-importing a roadmap into the «Дорожная карта» sheet, safely.
 *
 * - An item is the same activity as a sheet row when its number and its title match; small wording
 *   changes are allowed (titleSimilarity ≥ SAME_TITLE: «Утверждение дорожных карт» and «Утверждение
 *   дорожных карт внедрения ЦМН» are one activity). A row typed without a number matches by title alone.
 * - Same number, another title: a new activity (the old row stays with its marks), unless the curator links
 *   the two in the preview (`links`). Same title under another number is only suggested, never assumed.
 * - A matched row gets the document's texts (number, section, title, deadline, responsible, result); the
 *   curator's columns («Выполнено (дата)», «Комментарий», and any column the add-on does not know) stay,
 *   so done dates and comments stay with their activity. When the deadline text changes, «Начало»,
 *   «Окончание» and «Повтор» are emptied for the caller to recompute.
 * - Rows not in the document are left exactly as they were (`changes` says "absent": the writer does not
 *   touch them); new items go after the item before them in the document.
 * - The section is shown once per section: a row from the document shows its section only when it
 *   differs from the section of the row above (a blank cell means «the section above»).
 * Pure: the input rows are not mutated.
 */
import { labelKey } from "../common/normalise";
import { normaliseNumber } from "./numbering";
import type { RoadmapItem } from "./types";

/** Column keys of the «Дорожная карта» sheet (src/domain/workbook/sheets.ts `roadmap`). */
export const ROADMAP_KEYS = [
  "number",
  "section",
  "title",
  "deadlineText",
  "start",
  "end",
  "repeat",
  "responsible",
  "result",
  "doneDate",
  "status",
  "comment",
] as const;
export type RoadmapKey = (typeof ROADMAP_KEYS)[number];

/** A sheet row keyed by column key; extra keys (a curator's own columns) are kept as they are. */
export type ExistingRow = Partial<Record<RoadmapKey, unknown>> & Record<string, unknown>;

/** The columns the document owns. */
export const IMPORTED_KEYS: readonly RoadmapKey[] = [
  "number",
  "section",
  "title",
  "deadlineText",
  "responsible",
  "result",
];
const DERIVED_FROM_DEADLINE: RoadmapKey[] = ["start", "end", "repeat"];

/** How alike two titles must be to be one activity. */
export const SAME_TITLE = 0.75;

export type Change = "added" | "updated" | "unchanged" | "absent";

export interface FieldChange {
  key: RoadmapKey;
  before: string;
  after: string;
}

export interface DiffEntry {
  change: Change;
  number: string;
  title: string;
  /** The sheet row (index in `existing`) the entry is about; none for an added item. */
  existing?: number;
  /** Updated: the document's columns that changed. */
  fields?: FieldChange[];
  /** The curator linked this item to the row. */
  linked?: boolean;
}

/** A new item that may be a sheet row the document renumbered or reworded: the curator decides. */
export interface LinkSuggestion {
  number: string;
  existing: number;
  why: "renumbered" | "reworded";
}

export interface MergeOptions {
  /** The curator's links: an item's number → the index (in `existing`) of the row it continues. */
  links?: Readonly<Record<string, number>>;
}

export interface MergeResult {
  rows: ExistingRow[];
  /** What happened to each output row. */
  changes: Change[];
  /** Item numbers, in document order. */
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Numbers (or titles) of rows kept although the document no longer has them. */
  notInDocument: string[];
  /** Items in document order, then the rows the document does not have. */
  diff: DiffEntry[];
  suggestions: LinkSuggestion[];
}

/** How an item is written into the sheet: responsible entries joined with «; » (an entry holds commas). */
export function itemToRow(item: RoadmapItem): ExistingRow {
  return {
    number: item.number,
    section: item.section,
    title: item.title,
    deadlineText: item.deadlineText,
    start: "",
    end: "",
    repeat: "",
    responsible: item.responsible.join("; "),
    result: item.result,
    doneDate: "",
    status: "",
    comment: "",
  };
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const numberKey = (v: unknown) => {
  const t = text(v);
  return t ? (normaliseNumber(t) ?? t) : "";
};

const stem = (word: string) => (word.length > 5 ? word.slice(0, 5) : word);
const words = (title: string) =>
  new Set(
    labelKey(title)
      .replace(/[^a-zа-я0-9]+/g, " ")
      .split(" ")
      .filter((w) => w.length > 1)
      .map(stem),
  );

/**
 * How alike two titles are, 0…1: shared words (first five letters, so word forms match) over all words,
 * or, for titles of three words or more, over the shorter title (a title that gained a few words).
 */
export function titleSimilarity(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (A.size === 0 || B.size === 0) return labelKey(a) === labelKey(b) ? 1 : 0;
  let common = 0;
  for (const w of A) if (B.has(w)) common++;
  const jaccard = common / (A.size + B.size - common);
  const shorter = Math.min(A.size, B.size);
  return shorter >= 3 ? Math.max(jaccard, (0.9 * common) / shorter) : jaccard;
}

export function mergeRoadmap(
  existing: readonly ExistingRow[],
  parsed: readonly RoadmapItem[],
  options: MergeOptions = {},
): MergeResult {
  const rows: ExistingRow[] = existing.map((r) => ({ ...r }));
  const sections = effectiveSections(existing);
  const byNumber = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const n = numberKey(row.number);
    if (n) byNumber.set(n, [...(byNumber.get(n) ?? []), i]);
  });
  const matched = new Map<number, { item: RoadmapItem; linked: boolean }>();
  const matchOf = new Map<RoadmapItem, number>();
  const take = (item: RoadmapItem, index: number, linked: boolean) => {
    matched.set(index, { item, linked });
    matchOf.set(item, index);
  };

  // 1. The curator's links.
  for (const item of parsed) {
    const index = options.links?.[item.number];
    if (index !== undefined && index >= 0 && index < rows.length && !matched.has(index)) take(item, index, true);
  }
  // 2. Number and title; 3. a numberless row by its title.
  for (const item of parsed) {
    if (matchOf.has(item)) continue;
    const candidates = (byNumber.get(numberKey(item.number)) ?? []).filter((i) => !matched.has(i));
    const best = bestByTitle(candidates, item.title, rows);
    if (best !== undefined) {
      take(item, best, false);
      continue;
    }
    const numberless = rows.map((_, i) => i).filter((i) => !matched.has(i) && !numberKey(rows[i].number));
    const byTitle = bestByTitle(numberless, item.title, rows);
    if (byTitle !== undefined) take(item, byTitle, false);
  }

  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const diff: DiffEntry[] = [];
  const outcome = new Map<ExistingRow, Change>();
  /** The row after which the next new item goes (follows document order). */
  let anchor: ExistingRow | undefined;
  const inserts: { after: ExistingRow | undefined; row: ExistingRow }[] = [];

  for (const item of parsed) {
    const fresh = itemToRow(item);
    const index = matchOf.get(item);
    if (index === undefined) {
      inserts.push({ after: anchor, row: fresh });
      outcome.set(fresh, "added");
      anchor = fresh;
      added.push(item.number);
      diff.push({ change: "added", number: item.number, title: item.title });
      continue;
    }
    const row = rows[index];
    const before = { ...row, section: sections[index] };
    const fields = IMPORTED_KEYS.filter((key) => text(before[key]) !== text(fresh[key])).map((key) => ({
      key,
      before: text(before[key]),
      after: text(fresh[key]),
    }));
    const linked = matched.get(index)?.linked ? { linked: true } : {};
    if (fields.length === 0) {
      unchanged.push(item.number);
      outcome.set(row, "unchanged");
      diff.push({ change: "unchanged", number: item.number, title: item.title, existing: index, ...linked });
    } else {
      if (fields.some((f) => f.key === "deadlineText")) for (const key of DERIVED_FROM_DEADLINE) row[key] = "";
      for (const { key } of fields) row[key] = fresh[key];
      updated.push(item.number);
      outcome.set(row, "updated");
      diff.push({ change: "updated", number: item.number, title: item.title, existing: index, fields, ...linked });
    }
    row.section = item.section;
    anchor = row;
  }

  const absent = rows.map((_, i) => i).filter((i) => !matched.has(i));
  for (const i of absent) {
    outcome.set(rows[i], "absent");
    diff.push({ change: "absent", number: text(rows[i].number), title: text(rows[i].title), existing: i });
  }
  const notInDocument = absent.map((i) => text(rows[i].number) || text(rows[i].title)).filter(Boolean);

  // Insert new rows after their anchors; a run of new rows keeps its order.
  const out: ExistingRow[] = [];
  const pendingAt = new Map<ExistingRow | undefined, ExistingRow[]>();
  for (const { after, row } of inserts) pendingAt.set(after, [...(pendingAt.get(after) ?? []), row]);
  const emit = (row: ExistingRow) => {
    out.push(row);
    for (const next of pendingAt.get(row) ?? []) emit(next);
  };
  // With nothing matched (a first import, or another document) new rows follow the sheet's rows.
  if (matched.size === 0) for (const row of rows) emit(row);
  for (const first of pendingAt.get(undefined) ?? []) emit(first);
  if (matched.size > 0) for (const row of rows) emit(row);

  // The section once per section: the cells of the document's rows (absent rows keep theirs).
  const changes = out.map((row) => outcome.get(row) ?? "absent");
  const original = new Map(rows.map((row, i) => [row, existing[i]]));
  let above = "";
  out.forEach((row, i) => {
    if (changes[i] === "absent") {
      above = text(row.section) || above;
      return;
    }
    const section = text(row.section);
    row.section = section === above ? "" : section;
    above = section;
    // An unchanged row keeps its section cell when it already says the same.
    const before = original.get(row);
    if (changes[i] === "unchanged" && before && text(before.section) === section) row.section = before.section;
  });

  return {
    rows: out,
    changes,
    added,
    updated,
    unchanged,
    notInDocument,
    diff,
    suggestions: suggest(parsed, matchOf, rows, absent),
  };
}

/** The unmatched row whose title is most like `title`, when it is alike enough. */
function bestByTitle(candidates: number[], title: string, rows: readonly ExistingRow[]): number | undefined {
  let best: number | undefined;
  let score = SAME_TITLE;
  for (const i of candidates) {
    const s = titleSimilarity(title, text(rows[i].title));
    if (s >= score) {
      best = i;
      score = s;
    }
  }
  return best;
}

/** New items that may be absent rows renumbered (same title) or reworded (same number). */
function suggest(
  parsed: readonly RoadmapItem[],
  matchOf: ReadonlyMap<RoadmapItem, number>,
  rows: readonly ExistingRow[],
  absent: readonly number[],
): LinkSuggestion[] {
  const out: LinkSuggestion[] = [];
  const used = new Set<number>();
  for (const item of parsed) {
    if (matchOf.has(item)) continue;
    const free = absent.filter((i) => !used.has(i));
    const renumbered = bestByTitle(free, item.title, rows);
    const reworded = free.find((i) => numberKey(rows[i].number) === numberKey(item.number));
    const existing = renumbered ?? reworded;
    if (existing === undefined) continue;
    used.add(existing);
    out.push({ number: item.number, existing, why: renumbered !== undefined ? "renumbered" : "reworded" });
  }
  return out;
}

/** Each row's section: its own cell, or the section of the rows above when blank (shown once). */
export function effectiveSections(rows: readonly ExistingRow[]): string[] {
  let above = "";
  return rows.map((row) => {
    above = text(row.section) || above;
    return above;
  });
}
