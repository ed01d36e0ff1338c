/**
 * Conditional formats as Sheets paints them, for the workbench page (scripts never see the result: Apps
 * Script has no getter for a cell's conditional colour). Rules apply in order and the first rule whose
 * condition holds for a cell gives its format, as in Sheets.
 *
 * A custom formula is written for the top-left cell of the rule's range; for another cell its relative
 * references move by the same offset (`$B2` on row 5 reads `$B5`). It is evaluated by the spreadsheet's
 * formula engine without being placed in a cell. Only the used range is evaluated: the page shows no more.
 */
import type { RuleFormat } from "./conditional";
import type { EmuSheet } from "./sheet";

export type Value = string | number | boolean | Date;

/** Move the relative parts of the A1 references of `formula` (outside string literals) by (dr, dc). */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = "";
  for (let i = 0; i < formula.length;) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/.exec(formula.slice(i));
    const before = i > 0 ? formula[i - 1] : "";
    if (m && !/[\p{L}\p{N}_.]/u.test(before)) {
      const [, colAbs, letters, rowAbs, digits] = m;
      const col = colAbs ? letters : columnLetters(columnIndex(letters) + dc);
      const row = rowAbs ? digits : String(Number(digits) + dr);
      out += `${colAbs}${col}${rowAbs}${row}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let k = Math.max(n, 1); k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const text = (v: Value) => (v instanceof Date ? "" : String(v));
const number = (v: Value) => (typeof v === "number" ? v : v instanceof Date ? NaN : NaN);

/** Whether a non-formula condition holds for a value. Unknown conditions never hold (stricter). */
function holds(type: string, args: unknown[], v: Value): boolean {
  const a = args[0];
  const b = args[1];
  const n = number(v);
  switch (type) {
    case "CELL_EMPTY":
      return v === "";
    case "CELL_NOT_EMPTY":
      return v !== "";
    case "TEXT_EQUAL_TO":
      return text(v).toLowerCase() === String(a).toLowerCase();
    case "TEXT_CONTAINS":
      return text(v).toLowerCase().includes(String(a).toLowerCase());
    case "TEXT_DOES_NOT_CONTAIN":
      return !text(v).toLowerCase().includes(String(a).toLowerCase());
    case "TEXT_STARTS_WITH":
      return text(v).toLowerCase().startsWith(String(a).toLowerCase());
    case "TEXT_ENDS_WITH":
      return text(v).toLowerCase().endsWith(String(a).toLowerCase());
    case "NUMBER_EQUAL_TO":
      return n === Number(a);
    case "NUMBER_NOT_EQUAL_TO":
      return !Number.isNaN(n) && n !== Number(a);
    case "NUMBER_GREATER_THAN":
      return n > Number(a);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return n >= Number(a);
    case "NUMBER_LESS_THAN":
      return n < Number(a);
    case "NUMBER_LESS_THAN_OR_EQUAL_TO":
      return n <= Number(a);
    case "NUMBER_BETWEEN":
      return n >= Math.min(Number(a), Number(b)) && n <= Math.max(Number(a), Number(b));
    case "DATE_BEFORE":
      return v instanceof Date && a instanceof Date && v.getTime() < a.getTime();
    case "DATE_AFTER":
      return v instanceof Date && a instanceof Date && v.getTime() > a.getTime();
    case "DATE_EQUAL_TO":
      return v instanceof Date && a instanceof Date && v.toDateString() === a.toDateString();
    default:
      return false;
  }
}

/** A formula result counts as true as in Sheets: TRUE, or a non-zero number. */
function truthy(result: unknown): boolean {
  const first = Array.isArray(result) ? (result[0] as unknown[] | undefined)?.[0] : result;
  return first === true || (typeof first === "number" && first !== 0);
}

/**
 * The format each cell of the used range takes from the sheet's conditional rules, keyed by "row,col"
 * (0-based). `values` is the used range as read (row 0 = sheet row 1).
 */
export function conditionalFormats(sheet: EmuSheet, values: Value[][]): Map<string, RuleFormat> {
  const out = new Map<string, RuleFormat>();
  const engine = sheet.spreadsheet.engine;
  const cache = new Map<string, boolean>();
  for (const rule of sheet.condRules) {
    const condition = rule.spec.condition;
    if (!condition) continue;
    for (const tracked of rule.ranges) {
      if (!tracked.valid) continue;
      const { row, col, numRows, numCols } = tracked.box;
      const lastRow = Math.min(row + numRows - 1, values.length);
      for (let r = row; r <= lastRow; r++) {
        const lastCol = Math.min(col + numCols - 1, values[r - 1]?.length ?? 0);
        for (let c = col; c <= lastCol; c++) {
          const key = `${r - 1},${c - 1}`;
          if (out.has(key)) continue;
          let ok: boolean;
          if (condition.type === "CUSTOM_FORMULA") {
            const formula = shiftFormula(String(condition.values[0] ?? ""), r - row, c - col);
            let known = cache.get(formula);
            if (known === undefined) {
              known = truthy(engine.evaluate(formula, sheet.hfId));
              cache.set(formula, known);
            }
            ok = known;
          } else ok = holds(condition.type, condition.values, values[r - 1][c - 1]);
          if (ok) out.set(key, rule.spec.format);
        }
      }
    }
  }
  return out;
}
