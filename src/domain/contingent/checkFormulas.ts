/**
 * The live «Проверка» formula of each contingent row, built from the structure at the time the add-on
 * writes the sheet: whole numbers ≥ 0, an «из них» row ≤ its parent, «в том числе» rows adding up to
 * their parent (a blank parent shows the sum it should hold). Cell references are plain A1 references,
 * so they follow rows a curator inserts and the check stays right after hand edits of the numbers; a
 * row added by hand joins its parent's sum at the next import or «Создать листы книги».
 * English function names, comma separators (Range.setValues); TRUE() because HyperFormula (the emulator)
 * does not read the bare literal.
 */
import { CHECK_FORMULA_TEXT, COLUMN_LABELS } from "./messages";
import { parentCode, VALUE_COLUMNS, type ContingentRow, type ValueColumn } from "./model";

export interface CheckFormulaColumns {
  /** Column letters of «Факт» and «Прогноз» (a missing column is not checked). */
  fact?: string;
  forecast?: string;
}

const q = (text: string) => `"${text.replace(/"/g, '""')}"`;

function wholeNumber(cell: string, label: string): string {
  const msg = q(CHECK_FORMULA_TEXT.notWhole(label));
  return `IF(${cell}="","",IF(ISNUMBER(${cell}),IF(AND(${cell}>=0,${cell}=INT(${cell})),"",${msg}),${msg}))`;
}

function notOverParent(cell: string, parentCell: string, label: string, parent: string): string {
  return `IF(AND(ISNUMBER(${cell}),ISNUMBER(${parentCell})),IF(${cell}>${parentCell},${q(CHECK_FORMULA_TEXT.overParent(label, parent))},""),"")`;
}

function addsUp(cell: string, parts: string[], label: string, list: string): string {
  const args = parts.join(",");
  const sum = `SUM(${args})`;
  const partial = `IF(AND(ISNUMBER(${cell}),${sum}>${cell}),${q(CHECK_FORMULA_TEXT.underParts(label, list))},"")`;
  const complete =
    `IF(${cell}="",${q(CHECK_FORMULA_TEXT.blankParent(label, list))}&${sum},` +
    `IF(ISNUMBER(${cell}),IF(${cell}<>${sum},${q(CHECK_FORMULA_TEXT.sumMismatch(label, list))}&${sum},""),""))`;
  return `IF(COUNT(${args})<${parts.length},${partial},${complete})`;
}

/**
 * One formula per row (keyed by code), for rows at their `row` numbers in the sheet. Rows whose code
 * repeats get a formula from their own cells only (the workbook check reports the duplicate).
 */
export function checkFormulas(
  rows: readonly ContingentRow[],
  columns: CheckFormulaColumns,
): Map<ContingentRow, string> {
  const byCode = new Map<string, ContingentRow>();
  for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
  const parts = new Map<string, ContingentRow[]>();
  for (const r of byCode.values()) {
    const p = parentCode(r.code);
    if (p !== null && byCode.has(p) && r.relation === "including") parts.set(p, [...(parts.get(p) ?? []), r]);
  }
  const out = new Map<ContingentRow, string>();
  for (const r of rows) {
    const checks: string[] = [];
    const first = byCode.get(r.code) === r;
    for (const column of VALUE_COLUMNS) {
      const letter = columns[column as ValueColumn];
      if (!letter) continue;
      const label = COLUMN_LABELS[column];
      const cell = `${letter}${r.row}`;
      checks.push(wholeNumber(cell, label));
      if (!first) continue;
      const p = parentCode(r.code);
      const parent = p === null ? undefined : byCode.get(p);
      if (parent && r.relation !== "including")
        checks.push(notOverParent(cell, `${letter}${parent.row}`, label, parent.code));
      const kids = parts.get(r.code);
      if (kids?.length)
        checks.push(
          addsUp(
            cell,
            kids.map((k) => `${letter}${k.row}`),
            label,
            kids.map((k) => k.code).join(" + "),
          ),
        );
    }
    out.set(r, `=TEXTJOIN("; ",TRUE(),${checks.join(",")})`);
  }
  return out;
}
