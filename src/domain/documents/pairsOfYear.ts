/**
 * Which pairs belong to a programme year, by the counting contract (docs: indicators.md): a pair counts
 * in year Y when its status is one of the given ones and its dates overlap Y — «Дата начала» blank or not
 * after 31 August of Y, «Дата окончания» blank or not before 1 September of Y. The order «Об утверждении
 * наставнических пар» lists the approved and active pairs of the year (a pair continuing from last year
 * included: it works this year); proposals and broken pairs never appear.
 */
import { labelKey } from "../common/normalise";
import { academicYearOf, academicYearSpan, type IsoDate } from "../common/dates";
import type { PairRecord } from "./input";

export const APPROVED_STATUSES = ["утверждена", "активна"] as const;
export const WORKED_STATUSES = ["утверждена", "активна", "завершена"] as const;

export function pairsOfYear(pairs: readonly PairRecord[], date: IsoDate, statuses: readonly string[]): PairRecord[] {
  const year = academicYearSpan(academicYearOf(date));
  const wanted = new Set(statuses.map(labelKey));
  return pairs.filter(
    (p) =>
      wanted.has(labelKey(p.status)) &&
      (p.start === undefined || p.start <= year.end) &&
      (p.end === undefined || p.end >= year.start),
  );
}
