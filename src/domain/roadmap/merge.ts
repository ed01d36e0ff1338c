/**
 * Re-importing a roadmap into the «Дорожная карта» sheet. Rows are matched by item number («1.6.» and «1.6»
 * are the same), and by title for a row that has no number. The document's columns (section, title, deadline
 * text, responsible, result) are refreshed; the curator's own columns («Выполнено (дата)», «Комментарий»,
 * and any column the add-on does not know) are never touched. When a deadline text changes, «Начало»,
 * «Окончание» and «Повтор» are emptied so the caller recomputes them with the period parser; otherwise they
 * stay. Rows no longer in the document are kept as they are (listed in `notInDocument`); new items are
 * inserted after the item that precedes them in the document. Pure: the input rows are not mutated.
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
const IMPORTED: RoadmapKey[] = ["number", "section", "title", "deadlineText", "responsible", "result"];
const DERIVED_FROM_DEADLINE: RoadmapKey[] = ["start", "end", "repeat"];

export interface MergeResult {
  rows: ExistingRow[];
  /** Item numbers, in document order. */
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Numbers (or titles) of rows kept although the document no longer has them. */
  notInDocument: string[];
}

/** How an item is written into the sheet: responsible entries joined with «; » (an entry may hold a comma). */
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

export function mergeRoadmap(existing: readonly ExistingRow[], parsed: readonly RoadmapItem[]): MergeResult {
  const rows: ExistingRow[] = existing.map((r) => ({ ...r }));
  const byNumber = new Map<string, number>();
  const byTitle = new Map<string, number>();
  rows.forEach((row, i) => {
    const n = numberKey(row.number);
    if (n && !byNumber.has(n)) byNumber.set(n, i);
    const t = labelKey(text(row.title));
    if (!n && t && !byTitle.has(t)) byTitle.set(t, i);
  });

  const added: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const matched = new Set<number>();
  /** The row after which the next new item goes (follows document order). */
  let anchor: ExistingRow | undefined;
  const inserts: { after: ExistingRow | undefined; row: ExistingRow }[] = [];

  for (const item of parsed) {
    const fresh = itemToRow(item);
    let index = byNumber.get(numberKey(item.number));
    if (index === undefined) index = byTitle.get(labelKey(item.title));
    if (index === undefined || matched.has(index)) {
      inserts.push({ after: anchor, row: fresh });
      anchor = fresh;
      added.push(item.number);
      continue;
    }
    matched.add(index);
    const row = rows[index];
    const changed = IMPORTED.filter((key) => text(row[key]) !== text(fresh[key]));
    if (changed.length === 0) unchanged.push(item.number);
    else {
      if (changed.includes("deadlineText")) for (const key of DERIVED_FROM_DEADLINE) row[key] = "";
      for (const key of changed) row[key] = fresh[key];
      updated.push(item.number);
    }
    anchor = row;
  }

  const notInDocument = rows
    .filter((_, i) => !matched.has(i))
    .map((r) => text(r.number) || text(r.title))
    .filter(Boolean);

  // Insert new rows after their anchors; a run of new rows keeps its order.
  const out: ExistingRow[] = [];
  const pendingAt = new Map<ExistingRow | undefined, ExistingRow[]>();
  for (const { after, row } of inserts) {
    const list = pendingAt.get(after) ?? [];
    list.push(row);
    pendingAt.set(after, list);
  }
  const emit = (row: ExistingRow) => {
    out.push(row);
    for (const next of pendingAt.get(row) ?? []) emit(next);
  };
  // Rows new before any matched row go on top, where the document puts them.
  // With nothing matched (a first import, or another document) new rows simply follow the sheet's rows.
  if (matched.size === 0) for (const row of rows) emit(row);
  for (const first of pendingAt.get(undefined) ?? []) emit(first);
  if (matched.size > 0) for (const row of rows) emit(row);
  return { rows: out, added, updated, unchanged, notInDocument };
}
