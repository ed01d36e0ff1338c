/**
 * CMN_SATISFIED(scores, [threshold]): the share of respondents whose 1–10 score meets the threshold.
 *
 * An aggregate: a whole range (any shape, one score per cell) gives one number; blanks are people who did
 * not answer and are left out. A score that is not a number or lies outside 1–10 fails the whole result
 * with its position and value, since a silent skip would bias the share.
 */
import { FN_MESSAGES, FN_MESSAGES_INDICATORS } from "./messages";
import { CustomFunctionError, isRange, toNumber } from "./runtime";
import type { CellInput, CellValue, CustomFunctionSpec } from "./spec";

const DEFAULT_THRESHOLD = 7;

/** Every cell of a range (or a single value as a 1×1 range) with its 1-based position. */
export function eachCell(
  value: CellInput,
  fn: (cell: CellValue, row: number, col: number, cols: number) => void,
): void {
  const grid = isRange(value) ? value : [[value]];
  const cols = grid[0]?.length ?? 0;
  for (let i = 0; i < grid.length; i++) {
    const row = grid[i];
    for (let j = 0; j < row.length; j++) fn(row[j], i + 1, j + 1, cols);
  }
}

function readThreshold(value: CellInput): number {
  if (value === null || value === undefined || value === "") return DEFAULT_THRESHOLD;
  if (isRange(value)) throw new CustomFunctionError(FN_MESSAGES_INDICATORS.badThreshold("диапазон"));
  const n = toNumber(value, "порог");
  if (n === undefined || n < 1 || n > 10)
    throw new CustomFunctionError(FN_MESSAGES_INDICATORS.badThreshold(String(value)));
  return n;
}

export function satisfiedShare(scores: CellInput, threshold: CellInput): number {
  const limit = readThreshold(threshold);
  let answered = 0;
  let satisfied = 0;
  eachCell(scores, (cell, row, col, cols) => {
    if (cell === null || cell === undefined || cell === "") return;
    const where = FN_MESSAGES_INDICATORS.at(row, col, cols);
    const n = toNumber(cell, `${where}: ${FN_MESSAGES_INDICATORS.score}`)!;
    if (n < 1 || n > 10) throw new CustomFunctionError(FN_MESSAGES_INDICATORS.scoreOutOfScale(where, n));
    answered++;
    if (n >= limit) satisfied++;
  });
  if (answered === 0) throw new CustomFunctionError(FN_MESSAGES_INDICATORS.noScores);
  return satisfied / answered;
}

export const CMN_SATISFIED: CustomFunctionSpec = {
  name: "CMN_SATISFIED",
  summary: "Доля ответивших с оценкой не ниже порога (по умолчанию 7 из 10); пустые ячейки не учитываются.",
  params: [
    { name: "scores", type: "number|Array<Array<number>>", help: "Оценки от 1 до 10: диапазон, одна оценка в ячейке" },
    {
      name: "threshold",
      type: "number",
      help: "Порог удовлетворённости от 1 до 10, по умолчанию 7 (необязательно)",
      optional: true,
    },
  ],
  returns: "Доля от 0 до 1 (одно число на весь диапазон)",
  example: "=CMN_SATISFIED(F2:F40, 7)",
  impl: (scores, threshold) => {
    if (scores === null || scores === undefined || scores === "")
      throw new CustomFunctionError(FN_MESSAGES.missing("диапазон оценок"));
    return satisfiedShare(scores, threshold);
  },
};
