/**
 * What every custom function shares: taking single values or whole ranges (2-D in, 2-D out), and
 * answering bad input with a Russian message instead of a crash.
 *
 * A single value that is wrong throws CustomFunctionError: Sheets shows #ERROR! with the message, and
 * IFERROR works. Inside a range one bad cell must not blank the whole result, so that cell gets the
 * message as text («Ошибка: …») and the others their values.
 */
import type { CellInput, CellValue } from "./spec";
import { FN_MESSAGES } from "./messages";

export class CustomFunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CustomFunctionError";
  }
}

export type Scalar = string | number | boolean | Date | null;

export function isRange(value: CellInput): value is CellValue[][] {
  return Array.isArray(value);
}

function shapeOf(value: CellValue[][]): string {
  return `${value.length}×${value[0]?.length ?? 0}`;
}

/**
 * Apply `fn` cell by cell over the arguments that are ranges (all of one shape); scalar arguments are
 * repeated for every cell. With no range argument, calls `fn` once and lets its error propagate.
 */
export function elementwise(args: CellInput[], fn: (...cells: CellValue[]) => Scalar): Scalar | Scalar[][] {
  const ranges = args.filter(isRange);
  if (ranges.length === 0) return fn(...(args as CellValue[]));
  const rows = ranges[0].length;
  const cols = ranges[0][0]?.length ?? 0;
  for (const r of ranges) {
    if (r.length !== rows || (r[0]?.length ?? 0) !== cols) {
      throw new CustomFunctionError(FN_MESSAGES.shapeMismatch(shapeOf(ranges[0]), shapeOf(r)));
    }
  }
  const out: Scalar[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: Scalar[] = [];
    for (let j = 0; j < cols; j++) {
      const cells = args.map((a) => (isRange(a) ? a[i][j] : a));
      try {
        row.push(fn(...cells));
      } catch (error) {
        if (!(error instanceof CustomFunctionError)) throw error;
        row.push(FN_MESSAGES.cellError(error.message));
      }
    }
    out.push(row);
  }
  return out;
}

/** A number from a cell: numbers as is, numeric text with a comma or a dot; blank → undefined. */
export function toNumber(value: CellValue, what: string): number | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CustomFunctionError(FN_MESSAGES.notANumber(what, String(value)));
    return value;
  }
  if (typeof value === "boolean")
    throw new CustomFunctionError(FN_MESSAGES.notANumber(what, value ? "ИСТИНА" : "ЛОЖЬ"));
  if (value instanceof Date) throw new CustomFunctionError(FN_MESSAGES.notANumber(what, "дата"));
  const text = value.trim().replace(/\s/g, "").replace(",", ".").replace(/%$/, "");
  if (/^[-+]?\d+(\.\d+)?$/.test(text)) return Number(text);
  throw new CustomFunctionError(FN_MESSAGES.notANumber(what, value));
}

/** Flatten a range (or a single value) into its non-blank cells. */
export function flatten(value: CellInput): CellValue[] {
  if (!isRange(value)) return value === null || value === undefined || value === "" ? [] : [value];
  const out: CellValue[] = [];
  for (const row of value)
    for (const cell of row) if (cell !== null && cell !== undefined && cell !== "") out.push(cell);
  return out;
}
