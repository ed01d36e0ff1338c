/**
 * A school's state in the roll-up, and which states keep its figures out of the district totals.
 *
 * - received: a snapshot of this period is stored;
 * - stale: the stored snapshot is for a date before the period started (highlighted, not counted);
 * - notReported: nothing received yet;
 * - noAccess, notFound, noSnapshot, oldVersion, invalid, error: the last attempt to read the school's
 *   workbook or file failed for that reason. A snapshot received earlier in the period still counts:
 *   the failure is highlighted, the figures are not thrown away.
 */
export type SchoolState =
  "received" | "stale" | "notReported" | "noAccess" | "notFound" | "noSnapshot" | "oldVersion" | "invalid" | "error";

export type FailureState = Exclude<SchoolState, "received" | "stale" | "notReported">;

export const FAILURE_STATES: readonly FailureState[] = [
  "noAccess",
  "notFound",
  "noSnapshot",
  "oldVersion",
  "invalid",
  "error",
];

export const isFailure = (state: SchoolState): state is FailureState =>
  (FAILURE_STATES as readonly string[]).includes(state);
