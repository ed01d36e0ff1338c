/**
 * Checking a contingent table: counts are whole numbers ≥ 0; each «из них» row is ≤ its parent; the
 * «в том числе» rows add up to their parent (a blank parent is offered the sum, a contradicting one is
 * an error naming both cells); the rows the indicators need are present. Fact and forecast are checked
 * alike and separately.
 */
import { indicatorDef } from "../indicators/catalogue";
import { CONTINGENT_MESSAGES, cellRef } from "./messages";
import { VALUE_COLUMNS, parentCode, type ContingentRow, type ValueColumn } from "./model";
import { REQUIRED_KEYS, templateRow } from "./template";

export type ProblemSeverity = "error" | "warning" | "suggestion";

export interface ContingentProblem {
  severity: ProblemSeverity;
  /** The row the problem is reported on (for a sum: the parent). */
  code: string | null;
  row: number | null;
  column: ValueColumn | null;
  message: string;
  /** For a suggestion: the value to put in the cell. */
  value?: number;
  /** Codes of the other rows involved (the parent of an «из них» row, the parts of a sum). */
  related?: string[];
}

/** A usable count, or undefined when blank or already reported as invalid. */
function countOf(row: ContingentRow, column: ValueColumn): number | undefined {
  const v = row[column];
  return typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined;
}

export function validateContingent(rows: readonly ContingentRow[]): ContingentProblem[] {
  const problems: ContingentProblem[] = [];
  const byCode = new Map<string, ContingentRow>();

  for (const row of rows) {
    const first = byCode.get(row.code);
    if (first) {
      problems.push({
        severity: "error",
        code: row.code,
        row: row.row,
        column: null,
        message: CONTINGENT_MESSAGES.duplicateCode(cellRef(row.row, row.code), first.row),
      });
      continue;
    }
    byCode.set(row.code, row);
    for (const column of VALUE_COLUMNS) {
      const v = row[column];
      const at = cellRef(row.row, row.code, column);
      if (typeof v === "string")
        problems.push({
          severity: "error",
          code: row.code,
          row: row.row,
          column,
          message: CONTINGENT_MESSAGES.notANumber(at, v),
        });
      else if (typeof v === "number" && v < 0)
        problems.push({
          severity: "error",
          code: row.code,
          row: row.row,
          column,
          message: CONTINGENT_MESSAGES.negative(at, v),
        });
      else if (typeof v === "number" && !Number.isInteger(v))
        problems.push({
          severity: "error",
          code: row.code,
          row: row.row,
          column,
          message: CONTINGENT_MESSAGES.notWhole(at, v),
        });
    }
  }

  // Children by parent, in order, split by their relation.
  const children = new Map<string, ContingentRow[]>();
  for (const row of byCode.values()) {
    const parent = parentCode(row.code);
    if (parent === null) continue;
    if (!byCode.has(parent)) {
      problems.push({
        severity: "warning",
        code: row.code,
        row: row.row,
        column: null,
        message: CONTINGENT_MESSAGES.orphan(cellRef(row.row, row.code), parent),
      });
      continue;
    }
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }

  for (const [parentCodeText, kids] of children) {
    const parent = byCode.get(parentCodeText)!;
    for (const column of VALUE_COLUMNS) {
      const parentAt = cellRef(parent.row, parent.code, column);
      const total = countOf(parent, column);
      // «из них» (and unmarked) rows: each a subset of the parent.
      for (const kid of kids.filter((k) => k.relation !== "including")) {
        const v = countOf(kid, column);
        if (v !== undefined && total !== undefined && v > total) {
          problems.push({
            severity: "error",
            code: kid.code,
            row: kid.row,
            column,
            message: CONTINGENT_MESSAGES.overParent(cellRef(kid.row, kid.code, column), v, parentAt, total),
            related: [parent.code],
          });
        }
      }
      // «в том числе» rows: parts that add up to the parent.
      const parts = kids.filter((k) => k.relation === "including");
      if (parts.length === 0) continue;
      const known = parts.map((k) => countOf(k, column)).filter((v): v is number => v !== undefined);
      const sum = known.reduce((a, b) => a + b, 0);
      const allKnown = known.length === parts.length;
      const list = parts.map((k) => k.code).join(" + ");
      const related = parts.map((k) => k.code);
      if (parent[column] === null) {
        if (allKnown)
          problems.push({
            severity: "suggestion",
            code: parent.code,
            row: parent.row,
            column,
            message: CONTINGENT_MESSAGES.suggestSum(parentAt, list, sum),
            value: sum,
            related,
          });
      } else if (total !== undefined) {
        if (allKnown && sum !== total)
          problems.push({
            severity: "error",
            code: parent.code,
            row: parent.row,
            column,
            message: CONTINGENT_MESSAGES.sumMismatch(parentAt, total, list, sum),
            related,
          });
        else if (!allKnown && sum > total)
          problems.push({
            severity: "error",
            code: parent.code,
            row: parent.row,
            column,
            message: CONTINGENT_MESSAGES.sumOverParent(parentAt, total, list, sum),
            related,
          });
      }
    }
  }

  const keys = new Set(rows.map((r) => r.key));
  for (const need of REQUIRED_KEYS) {
    if (!keys.has(need.key)) {
      problems.push({
        severity: "warning",
        code: null,
        row: null,
        column: null,
        message: CONTINGENT_MESSAGES.missingKey(
          templateRow(need.key)?.name ?? need.key,
          indicatorDef(need.usedBy)?.name ?? need.usedBy,
        ),
      });
    }
  }
  return problems;
}
