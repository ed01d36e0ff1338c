/**
 * The status of a roadmap item on a given day (docs/periods.md, «Status of a roadmap item»), and the
 * deadline CMN_DEADLINE shows. `today` and `doneDate` are ISO dates; the caller supplies today, so the
 * domain stays pure and testable.
 */
import { addDays, daysBetween } from "./calendar";
import type { Occurrence, Period, RoadmapStatus } from "./types";

/** A deadline counts as «в работе» when it is at most this many days away. */
export const SOON_DAYS = 30;

function started(o: Occurrence, today: string): boolean {
  return o.start !== null ? o.start <= today : o.end !== null && daysBetween(today, o.end) <= SOON_DAYS;
}

function inProgress(o: Occurrence, today: string): boolean {
  return started(o, today) && (o.end === null || today <= o.end);
}

function overdue(o: Occurrence, today: string): boolean {
  return o.end !== null && o.end < today;
}

/**
 * When each occurrence of a recurring item begins: its start, or for a deadline the day it comes within
 * SOON_DAYS (never before the previous deadline has passed).
 */
function windowStarts(occurrences: Occurrence[]): (string | null)[] {
  return occurrences.map((o, k) => {
    if (o.start !== null) return o.start;
    if (o.end === null) return null;
    const soon = addDays(o.end, -SOON_DAYS);
    const previous = k > 0 ? occurrences[k - 1].end : null;
    const afterPrevious = previous === null ? null : addDays(previous, 1);
    return afterPrevious !== null && afterPrevious > soon ? afterPrevious : soon;
  });
}

/** The most recent occurrence that has begun on `date`, or the first when none has. */
function currentIndex(starts: (string | null)[], date: string): number {
  let current = 0;
  starts.forEach((s, k) => {
    if (s === null || s <= date) current = k;
  });
  return current;
}

function judge(occurrences: Occurrence[], today: string): RoadmapStatus {
  if (occurrences.some((o) => overdue(o, today))) return "просрочено";
  if (occurrences.some((o) => inProgress(o, today))) return "в работе";
  return "запланировано";
}

export function periodStatus(period: Period, doneDate: string | null, today: string): RoadmapStatus {
  const occurrences = period.occurrences;
  const recurring = period.repeat !== "none" && occurrences.length > 1;
  if (!recurring) {
    if (doneDate) return "выполнено";
    if (period.kind === "by-schedule" || period.kind === "unknown" || occurrences.length === 0) return "без срока";
    return judge(occurrences, today);
  }
  // A recurring item: judged by its current occurrence; a done mark counts only for the occurrence that
  // was current when it was made, so the next one starts afresh.
  const starts = windowStarts(occurrences);
  const current = currentIndex(starts, today);
  if (doneDate && currentIndex(starts, doneDate) === current) return "выполнено";
  return judge([occurrences[current]], today);
}

/**
 * The end of the next occurrence (the first that has not ended before today); when all are past, the end
 * of the last one, so an overdue item still shows its date. Null when there is no dated occurrence.
 */
export function nextDeadline(period: Period, today: string): string | null {
  const ends = period.occurrences.map((o) => o.end).filter((e): e is string => e !== null);
  if (ends.length === 0) return null;
  return ends.find((e) => e >= today) ?? ends[ends.length - 1];
}

/**
 * The occurrence periodStatus judges a recurring item by on `today` (the most recent that has begun, the
 * first before any has), so the roadmap sheet can show that occurrence's dates next to its status.
 */
export function currentOccurrence(period: Period, today: string): number {
  return currentIndex(windowStarts(period.occurrences), today);
}
