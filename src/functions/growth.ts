/**
 * CMN_GROWTH(entry, exit): the mean change from entry to exit measurements, paired by participant (row).
 *
 * An aggregate by column: each column is one parameter measured twice (вовлечённость, самооценка, …), so
 * a one-column pair of ranges gives one number and an n-column pair gives one row of n means. A row where
 * either value is blank is skipped (the participant has not been measured twice); text fails the result
 * with its position and value. Two single numbers give their difference.
 */
import { FN_MESSAGES, FN_MESSAGES_INDICATORS } from "./messages";
import { CustomFunctionError, isRange, toNumber } from "./runtime";
import type { CellInput, CellValue, CustomFunctionSpec } from "./spec";

function grid(value: CellInput): CellValue[][] {
  return isRange(value) ? value : [[value]];
}

const isEmpty = (v: CellValue) => v === null || v === undefined || v === "";

export function meanGrowth(entry: CellInput, exit: CellInput): Array<number | string> {
  const a = grid(entry);
  const b = grid(exit);
  const cols = a[0]?.length ?? 0;
  if (a.length !== b.length || cols !== (b[0]?.length ?? 0)) {
    throw new CustomFunctionError(FN_MESSAGES.shapeMismatch(`${a.length}×${cols}`, `${b.length}×${b[0]?.length ?? 0}`));
  }
  const sums = new Array<number>(cols).fill(0);
  const counts = new Array<number>(cols).fill(0);
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < cols; j++) {
      const x = a[i][j];
      const y = b[i][j];
      const where = FN_MESSAGES_INDICATORS.at(i + 1, j + 1, cols);
      // Read both even when one is blank, so text anywhere is reported.
      const from = toNumber(x, `${where}, ${FN_MESSAGES_INDICATORS.entry}`);
      const to = toNumber(y, `${where}, ${FN_MESSAGES_INDICATORS.exit}`);
      if (isEmpty(x) || isEmpty(y) || from === undefined || to === undefined) continue;
      sums[j] += to - from;
      counts[j]++;
    }
  }
  return sums.map((s, j) => (counts[j] === 0 ? FN_MESSAGES.cellError(FN_MESSAGES_INDICATORS.noPairs) : s / counts[j]));
}

export const CMN_GROWTH: CustomFunctionSpec = {
  name: "CMN_GROWTH",
  summary: "Средний прирост от входного к итоговому замеру по участникам (пары по строкам; пустые пары пропускаются).",
  params: [
    {
      name: "entry",
      type: "number|Array<Array<number>>",
      help: "Входной замер: диапазон, строка — участник, столбец — параметр",
    },
    { name: "exit", type: "number|Array<Array<number>>", help: "Итоговый замер: диапазон того же размера" },
  ],
  returns: "Среднее изменение (одно число на столбец)",
  example: "=CMN_GROWTH(C2:C30, D2:D30)",
  impl: (entry, exit) => {
    const means = meanGrowth(entry, exit);
    if (means.length === 1) {
      if (typeof means[0] === "string") throw new CustomFunctionError(FN_MESSAGES_INDICATORS.noPairs);
      return means[0];
    }
    return [means];
  },
};
