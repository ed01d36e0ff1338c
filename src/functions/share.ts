import { share } from "../domain/indicators/share";
import { FN_MESSAGES } from "./messages";
import { CustomFunctionError, elementwise, toNumber } from "./runtime";
import type { CustomFunctionSpec } from "./spec";

const PART = "числитель";
const TOTAL = "знаменатель";

export const CMN_SHARE: CustomFunctionSpec = {
  name: "CMN_SHARE",
  summary: "Доля части от целого (для формата «%»): ошибка, если часть больше целого, отрицательна или целое равно 0.",
  params: [
    { name: "part", type: "number|Array<Array<number>>", help: "Часть (числитель): число или диапазон" },
    {
      name: "total",
      type: "number|Array<Array<number>>",
      help: "Целое (знаменатель): число или диапазон того же размера",
    },
    {
      name: "digits",
      type: "number",
      help: "Сколько знаков после запятой оставить в процентах (необязательно)",
      optional: true,
    },
  ],
  returns: "Доля от 0 до 1",
  example: "=CMN_SHARE(12, 40, 1)",
  impl: (part, total, digits) => {
    let d: number | undefined;
    if (digits !== undefined && digits !== null && digits !== "" && !Array.isArray(digits)) {
      const n = toNumber(digits, "digits");
      if (n === undefined || !Number.isInteger(n) || n < 0 || n > 10)
        throw new CustomFunctionError(FN_MESSAGES.badDigits(String(digits)));
      d = n;
    }
    return elementwise([part, total], (p, t) => {
      const pn = toNumber(p, PART);
      const tn = toNumber(t, TOTAL);
      if (pn === undefined) throw new CustomFunctionError(FN_MESSAGES.missing(PART));
      if (tn === undefined) throw new CustomFunctionError(FN_MESSAGES.missing(TOTAL));
      const r = share(pn, tn, d);
      if (r.ok) return r.value;
      switch (r.reason) {
        case "negative-part":
          throw new CustomFunctionError(FN_MESSAGES.negative(PART, pn));
        case "negative-total":
          throw new CustomFunctionError(FN_MESSAGES.negative(TOTAL, tn));
        case "zero-total":
          throw new CustomFunctionError(FN_MESSAGES.zeroTotal(pn));
        case "part-over-total":
          throw new CustomFunctionError(FN_MESSAGES.partOverTotal(pn, tn));
      }
    });
  },
};
