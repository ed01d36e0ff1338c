/**
 * Whether an indicator met its target. Fact and target are fractions (0.35 = 35 %), as «Факт» holds
 * CMN_SHARE's result and «%»-formatted target cells hold; the tolerance is in the same units
 * (0.05 = 5 percentage points).
 */
/** «noData»: the fact cannot be computed (no contingent row, or a school's own indicator not filled in). */
export type IndicatorStatus = "achieved" | "close" | "notAchieved" | "noTarget" | "noData";

/** Rounding noise of the share arithmetic (7/20 vs 35/100) must not turn «достигнуто» into «близко». */
const EPSILON = 1e-9;

export function statusOf(fact: number, target: number | null, tolerance = 0.05): IndicatorStatus {
  if (target === null) return "noTarget";
  if (fact + EPSILON >= target) return "achieved";
  if (target - fact <= tolerance + EPSILON) return "close";
  return "notAchieved";
}

/**
 * A target or fact as a fraction. Numbers up to 1 are fractions already (what a «%» cell stores);
 * numbers above 1 are percent points as schools write targets (35 → 0.35), since a share cannot exceed 1.
 * So 1 means 100 %; a 1 % target is typed «1%» (stored 0.01).
 */
export function asFraction(value: number): number {
  return value > 1 ? value / 100 : value;
}
