/**
 * «Возможные дубликаты»: a new row whose name matches an existing person with some difference (identity.ts)
 * is kept as a new person and listed here, for the curator to resolve in the «Анкеты» panel:
 * - «Разные люди»: both rows stay as they are; the entry is closed;
 * - «Объединить»: the existing (older) row keeps its ID, code, status and dates and takes the newer row's
 *   answers (each overwritten cell goes to «История изменений»); the newer row is then removed, its whole
 *   content kept in the history so it can be put back. A newer row already used elsewhere (a pair, a
 *   survey, a preference) is not removed: the curator is told where it is used.
 * The entry names IDs only (no names): the sheet can be shown in pseudonymous mode.
 */
import type { CellValue } from "../workbook/codec";
import { SHEETS } from "../workbook/sheets";
import type { DuplicateFinding } from "./target";

export const DUPLICATE_DECISION = { merged: "объединены", apart: "разные люди" } as const;
export type DuplicateDecision = keyof typeof DUPLICATE_DECISION;

export interface DuplicateRow {
  date: Date;
  sheet: string;
  id: string;
  similarId: string;
  differences: string;
  decision: string;
  decided: Date | "";
}

export function duplicateRows(findings: readonly DuplicateFinding[], now: Date): DuplicateRow[] {
  return findings.map((f) => ({
    date: now,
    sheet: SHEETS[f.sheet].name,
    id: f.id,
    similarId: f.similarId,
    differences: f.differences.join("; "),
    decision: "",
    decided: "",
  }));
}

/** Columns a merge never takes from the newer row: who the person is, and the programme's own records. */
const KEPT = new Set(["id", "code", "status", "source", "questionnaireDate", "joined", "ended", "personKey", "result"]);

const blank = (v: unknown) => v === undefined || v === null || v === "";

/** The cells of the older row a merge overwrites: every answered column whose value the newer row changes. */
export function mergeCells(
  sheet: "mentors" | "mentees",
  older: Readonly<Record<string, unknown>>,
  newer: Readonly<Record<string, unknown>>,
): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const column of SHEETS[sheet].columns) {
    if (KEPT.has(column.key) || column.type === "computed" || column.formula) continue;
    const value = newer[column.key];
    if (blank(value) || value === older[column.key]) continue;
    out[column.key] = value as CellValue;
  }
  return out;
}
