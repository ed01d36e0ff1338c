/**
 * The computed columns of one «Дорожная карта» row: «Начало», «Окончание», «Повтор», «Статус», and the
 * note on «Окончание». Pure: the caller gives today's date and the context (year, school year, programme).
 *
 * What the two date columns hold:
 * - one occurrence: its start and end («до …» has no start);
 * - a recurring item (ежегодно, ежеквартально, …): the occurrence its status is about (periods.md: the
 *   most recent that has begun), so the dates move on as the year goes; the note lists every occurrence;
 * - a list that does not repeat («Март 2022 / Сентябрь 2022»): the whole span, first start to last end;
 *   the note lists each occurrence, and the status follows periods.md (overdue once one has passed).
 * Dates the curator typed win when the text gives none (by-schedule, unknown) or, on a refresh, when they
 * differ from what the text gives (the curator corrected them); at import the text decides.
 */
import {
  currentOccurrence,
  parsePeriod,
  periodStatus,
  type Occurrence,
  type Period,
  type PeriodContext,
  type PeriodRepeat,
  type RoadmapStatus,
} from "../periods";
import type { DocumentYears } from "./documentYears";
import { ROADMAP_SHEET_TEXT as T } from "./messages";

export type Attention = "by-schedule" | "unknown" | "needsReview";

export interface RowDates {
  deadlineText: string;
  /** ISO dates already in the row (null when blank). */
  start: string | null;
  end: string | null;
  doneDate: string | null;
}

export interface RowSchedule {
  start: string | null;
  end: string | null;
  /** «нет», «ежегодно», «ежеквартально», «ежемесячно»; "" when there is no date. */
  repeat: string;
  status: RoadmapStatus;
  note: string;
  /** Why the item is in the «needs a date» list; null when its dates are known. */
  attention: Attention | null;
}

export const REPEAT_LABELS: Record<PeriodRepeat, string> = {
  none: "нет",
  yearly: "ежегодно",
  quarterly: "ежеквартально",
  monthly: "ежемесячно",
};

const NO_PERIOD: Period = { kind: "unknown", occurrences: [], repeat: "none", needsReview: true };

const ru = (iso: string | null) => (iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : "");
const span = (o: Occurrence) =>
  o.start === null ? `до ${ru(o.end)}` : o.start === o.end ? ru(o.start) : `${ru(o.start)}–${ru(o.end)}`;

function isRecurring(period: Period): boolean {
  return period.repeat !== "none" && period.occurrences.length > 1;
}

/** The dates the text gives for the two columns (see the file comment). */
export function datesOf(period: Period, today: string): Occurrence {
  const list = period.occurrences;
  if (list.length === 0) return { start: null, end: null };
  if (list.length === 1) return list[0];
  if (isRecurring(period)) return list[currentOccurrence(period, today)];
  const starts = list.map((o) => o.start);
  const start = starts.includes(null) ? null : (starts as string[]).reduce((a, b) => (b < a ? b : a));
  return { start, end: list[list.length - 1].end };
}

export function scheduleRow(
  row: RowDates,
  context: PeriodContext,
  today: string,
  options: { textWins: boolean },
): RowSchedule {
  const text = row.deadlineText.trim();
  const period = text ? parsePeriod(text, context) : NO_PERIOD;
  const computed = datesOf(period, today);
  const hasComputed = computed.start !== null || computed.end !== null;
  const typed = row.start !== null || row.end !== null;
  const differs = row.start !== computed.start || row.end !== computed.end;
  const own = typed && (!hasComputed || (!options.textWins && !isRecurring(period) && differs));
  if (own) {
    const occurrence = { start: row.start, end: row.end };
    const manual: Period = {
      kind: row.start ? "interval" : "deadline",
      occurrences: [occurrence],
      repeat: "none",
      needsReview: false,
    };
    return {
      start: row.start,
      end: row.end,
      repeat: "нет",
      status: periodStatus(manual, row.doneDate, today),
      note: T.ownDates,
      attention: null,
    };
  }
  const attention: Attention | null =
    period.kind === "by-schedule"
      ? "by-schedule"
      : period.kind === "unknown"
        ? "unknown"
        : period.needsReview || !hasComputed
          ? "needsReview"
          : null;
  const notes: string[] = [];
  if (!text) notes.push(T.noText);
  else if (period.kind === "by-schedule") notes.push(T.bySchedule);
  else if (period.kind === "unknown") notes.push(T.unknown);
  else if (attention === "needsReview") notes.push(T.needsReview);
  if (period.occurrences.length > 1) {
    if (isRecurring(period)) notes.push(T.current);
    notes.push(T.occurrences(period.occurrences.map(span)));
  }
  return {
    start: computed.start,
    end: computed.end,
    repeat: hasComputed ? REPEAT_LABELS[period.repeat] : "",
    status: periodStatus(period, row.doneDate, today),
    note: notes.join("\n"),
    attention,
  };
}

/**
 * The context deadlines are dated with: the curator's explicit choice if any, else what the document's
 * heading says, else the workbook's settings. Never mixed: a year typed by the curator must not lose to a
 * school year found in the document (parsePeriod prefers a school year to a year).
 */
export function chooseContext(
  explicit: PeriodContext,
  document: DocumentYears,
  fallback: PeriodContext,
): { context: PeriodContext; source: "explicit" | "document" | "settings" | "none" } {
  const clean = (c: PeriodContext): PeriodContext => {
    const out: PeriodContext = {};
    if (c.year !== undefined) out.year = c.year;
    if (c.academicYear !== undefined) out.academicYear = c.academicYear;
    if (c.program !== undefined) out.program = c.program;
    return out;
  };
  const given = clean(explicit);
  if (Object.keys(given).length) return { context: given, source: "explicit" };
  const doc = clean({
    year: document.documentYear,
    academicYear: document.documentAcademicYear,
    program: document.documentProgram,
  });
  if (Object.keys(doc).length) return { context: doc, source: "document" };
  const settings = clean(fallback);
  if (Object.keys(settings).length) return { context: settings, source: "settings" };
  return { context: {}, source: "none" };
}

/** A year or span as typed in «Настройки» («2026-2027», 2026) → a context piece; undefined when unreadable. */
export function yearSpanOf(value: unknown): [number, number] | undefined {
  const m = /^\s*((?:19|20)\d{2})\s*[-\u2010-\u2015\u2212/]\s*((?:19|20)\d{2})\s*$/.exec(String(value ?? ""));
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b >= a ? [a, b] : undefined;
}

/** The context from «Настройки»: «Учебный год» and «Период программы». */
export function settingsContext(academicYear: unknown, programPeriod: unknown): PeriodContext {
  const out: PeriodContext = {};
  const school = yearSpanOf(academicYear);
  if (school && school[1] === school[0] + 1) out.academicYear = school;
  const program = yearSpanOf(programPeriod);
  if (program) out.program = program;
  return out;
}
