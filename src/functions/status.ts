/**
 * CMN_STATUS(fact, target, [tolerance]): has an indicator met its target?
 *
 * Units: fact, target and tolerance are fractions, as «%» cells store them (0.35 = 35 %). A number above 1
 * is read as percent points (35 → 35 %), since a share cannot exceed 100 %; text «35%» or «35 %» is 35 %.
 * So a fact from CMN_SHARE compares with a target typed either way. A blank or «-» target → «нет цели»;
 * a blank fact and a blank target → an empty cell (whole-column formulas stay clean).
 */
import { asFraction, statusOf } from "../domain/indicators/status";
import { STATUS_LABELS } from "../domain/indicators/messages";
import { normaliseDashes } from "../domain/common/normalise";
import { FN_MESSAGES, FN_MESSAGES_INDICATORS } from "./messages";
import { CustomFunctionError, elementwise, isRange, toNumber } from "./runtime";
import type { CellValue, CustomFunctionSpec } from "./spec";

const FACT = "факт";
const TARGET = "цель";
const DEFAULT_TOLERANCE = 0.05;

function isEmpty(value: CellValue): boolean {
  return value === null || value === undefined || value === "";
}

function isBlankOrDash(value: CellValue): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && /^\s*-*\s*$/.test(normaliseDashes(value)))
  );
}

/** A share as a fraction: «35%» → 0.35, 35 → 0.35, 0.35 → 0.35. */
export function readShare(value: CellValue, what: string): number | undefined {
  if (isBlankOrDash(value)) return undefined;
  if (typeof value === "string" && /%\s*$/.test(value)) {
    const n = toNumber(value, what)!;
    if (n < 0) throw new CustomFunctionError(FN_MESSAGES_INDICATORS.badShare(what, n));
    return n / 100;
  }
  const n = toNumber(value, what)!;
  if (n < 0) throw new CustomFunctionError(FN_MESSAGES_INDICATORS.badShare(what, n));
  return asFraction(n);
}

function readTolerance(value: CellValue): number {
  if (value === null || value === undefined || value === "") return DEFAULT_TOLERANCE;
  const n = readShare(value, "допуск");
  if (n === undefined || n > 1) throw new CustomFunctionError(FN_MESSAGES_INDICATORS.badTolerance(String(value)));
  return n;
}

export const CMN_STATUS: CustomFunctionSpec = {
  name: "CMN_STATUS",
  summary:
    "Статус показателя: «достигнуто», «близко» (не дотягивает не больше допуска), «не достигнуто» или «нет цели».",
  params: [
    { name: "fact", type: "number|Array<Array<number>>", help: "Факт: доля (0,35 или 35 %) или диапазон" },
    {
      name: "target",
      type: "number|string|Array<Array<number|string>>",
      help: "Цель года: доля, проценты или «-» (нет цели); диапазон того же размера",
    },
    {
      name: "tolerance",
      type: "number",
      help: "Допуск для «близко», по умолчанию 0,05 = 5 процентных пунктов (необязательно)",
      optional: true,
    },
  ],
  returns: "Текст статуса",
  example: "=CMN_STATUS(0.32, 0.35)",
  impl: (fact, target, tolerance) => {
    const tol = isRange(tolerance) ? tolerance : readTolerance(tolerance);
    return elementwise([fact, target, tol], (f, t, tl) => {
      if (isEmpty(f) && isEmpty(t)) return null;
      const tv = readShare(t, TARGET);
      if (tv === undefined) return STATUS_LABELS.noTarget;
      const fv = readShare(f, FACT);
      if (fv === undefined) throw new CustomFunctionError(FN_MESSAGES.missing(FACT));
      return STATUS_LABELS[statusOf(fv, tv, isRange(tolerance) ? readTolerance(tl) : (tl as number))];
    });
  },
};
