/**
 * parsePeriod: a Russian deadline text and its context → concrete dates (docs/periods.md). The steps:
 * normalise and tokenise (tokens.ts), read pieces (grammar.ts), fill years (resolve.ts), expand
 * repetition (expand.ts), turn units into dates (units.ts).
 */
import { parseTokens, type Piece } from "./grammar";
import { chooseSpan, expand, type Span } from "./expand";
import { fromContext, lacksYear, propagate } from "./resolve";
import { normalisePeriodText, tokenise } from "./tokens";
import type { Occurrence, Period, PeriodContext, PeriodKind, PeriodRepeat } from "./types";
import { bounds, toOccurrence } from "./units";
import { firstDay, lastDay } from "./calendar";

type Dated = Extract<Piece, { type: "single" | "range" }>;
type Continuous = Extract<Piece, { type: "continuous" }>;

function result(kind: PeriodKind, occurrences: Occurrence[], repeat: PeriodRepeat, needsReview: boolean): Period {
  return { kind, occurrences: sortUnique(occurrences), repeat, needsReview };
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1; // an open start comes first; an open end (below) last
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Sorted by end, then start; the same dates written twice are one occurrence. */
export function sortUnique(occurrences: Occurrence[]): Occurrence[] {
  const sorted = occurrences.slice().sort((a, b) => {
    const byEnd = a.end === null || b.end === null ? compareNullable(b.end, a.end) : compareNullable(a.end, b.end);
    return byEnd !== 0 ? byEnd : compareNullable(a.start, b.start);
  });
  return sorted.filter((o, k) => k === 0 || o.start !== sorted[k - 1].start || o.end !== sorted[k - 1].end);
}

/** The years a span covers, from «с 2020 по 2024», «2021-2024 гг.» or (for a repetition) «в 2022 году». */
function spanOf(spans: Dated[]): [number, number] | undefined {
  let from: number | undefined;
  let to: number | undefined;
  for (const p of spans) {
    if (p.type !== "single") continue;
    const u = p.unit;
    const [a, b] = u.unit === "years" ? [u.from, u.to] : u.unit === "year" ? [u.year, u.year] : [undefined, undefined];
    if (a === undefined || b === undefined) continue;
    from = from === undefined ? a : Math.min(from, a);
    to = to === undefined ? b : Math.max(to, b);
  }
  return from === undefined || to === undefined ? undefined : [from, to];
}

function spanDates(span: Span): Occurrence {
  if ("school" in span) return { start: firstDay(span.school[0], 9), end: lastDay(span.school[1], 8) };
  return { start: firstDay(span.years[0], 1), end: lastDay(span.years[span.years.length - 1], 12) };
}

/** «в течение всего периода реализации», «в течение года», «в течение учебного года». */
function continuous(
  piece: Continuous,
  textSpan: [number, number] | undefined,
  context: PeriodContext,
): Occurrence | null {
  if (piece.scope === "school-year") {
    const first = piece.year ?? context.academicYear?.[0];
    return first === undefined ? null : { start: firstDay(first, 9), end: lastDay(first + 1, 8) };
  }
  if (piece.scope === "year") {
    if (piece.year !== undefined) return { start: firstDay(piece.year, 1), end: lastDay(piece.year, 12) };
    if (context.year !== undefined) return { start: firstDay(context.year, 1), end: lastDay(context.year, 12) };
    return context.academicYear ? spanDates({ school: context.academicYear }) : null;
  }
  const span = textSpan
    ? { years: [textSpan[0], textSpan[1]] }
    : context.program
      ? { years: [context.program[0], context.program[1]] }
      : undefined;
  if (span) return spanDates(span);
  if (context.year !== undefined) return spanDates({ years: [context.year] });
  return context.academicYear ? spanDates({ school: context.academicYear }) : null;
}

function isSpanPiece(p: Dated, repeating: boolean): boolean {
  return p.type === "single" && p.mode === "none" && (p.unit.unit === "years" || (repeating && p.unit.unit === "year"));
}

export function parsePeriod(text: string, context: PeriodContext = {}): Period {
  const parsed = parseTokens(tokenise(normalisePeriodText(text ?? "")));
  const doubts = parsed.doubts.slice();
  if (parsed.unsupportedRepeat) doubts.push("повтор чаще, чем раз в месяц");

  const continuousPieces = parsed.pieces.filter((p): p is Continuous => p.type === "continuous");
  const dated = parsed.pieces.filter((p): p is Dated => p.type !== "continuous");

  if (parsed.schedule) return result("by-schedule", [], "none", dated.length > 0 || continuousPieces.length > 0);

  if (continuousPieces.length > 0) {
    const spans = dated.filter((p) => isSpanPiece(p, true));
    if (continuousPieces.length > 1 || spans.length < dated.length) doubts.push("смешаны постоянный срок и даты");
    const occurrence = continuous(continuousPieces[0], spanOf(spans), context);
    return result("continuous", occurrence ? [occurrence] : [], "none", doubts.length > 0 || occurrence === null);
  }

  if (dated.length === 0 && parsed.repeat === null) return result("unknown", [], "none", true);

  // A span of years is a span only when something repeats over it; alone it is an interval of whole years.
  let spans = dated.filter((p) => isSpanPiece(p, parsed.repeat !== null));
  let pieces = propagate(dated.filter((p) => !spans.includes(p)));
  let repeat = parsed.repeat;
  if (repeat === null && spans.length > 0 && pieces.some(lacksYear)) repeat = "yearly";
  if (repeat === null) {
    pieces = propagate(dated);
    spans = [];
    // A number that found no month («2 раза в год») is not a date.
    const dateless = pieces.filter(isMonthlessDay);
    if (dateless.length > 0) {
      doubts.push("число без месяца");
      pieces = pieces.filter((p) => !isMonthlessDay(p));
      if (pieces.length === 0) return result("unknown", [], "none", true);
    }
  }

  if (repeat !== null) {
    const span = chooseSpan(spanOf(spans), context);
    if (!span) return result(kindOf(pieces), [], repeat, true);
    const expanded = expand(pieces, repeat, span);
    pieces = expanded.pieces;
    doubts.push(...expanded.doubts);
  }

  const occurrences: Occurrence[] = [];
  for (const p of pieces) {
    const resolved = fromContext(p, context);
    if (!resolved) {
      doubts.push("не хватает года");
      continue;
    }
    if (resolved.doubtful) doubts.push("диапазон через Новый год без года");
    const placed = resolved.piece;
    const first = placed.type === "single" ? placed.unit : placed.from;
    const last = placed.type === "single" ? placed.unit : placed.to;
    const a = bounds(first);
    const b = bounds(last);
    if (!a || !b || a[0] > b[1]) {
      doubts.push("неверная дата");
      continue;
    }
    if (placed.mode === "before" && (last.unit === "year" || last.unit === "years")) doubts.push("«до» года");
    if (placed.type === "range" && placed.mode !== "none") doubts.push("«до» диапазона");
    if (placed.type === "single" && placed.openEnd) occurrences.push({ start: a[0], end: null });
    else occurrences.push(toOccurrence(a[0], b[1], last.unit === "day" && placed.type === "single", placed.mode));
  }
  const kind = kindOf(pieces);
  const modes = new Set(pieces.map((p) => p.mode !== "none"));
  if (modes.size > 1) doubts.push("смешаны сроки «до» и периоды");
  return result(kind, occurrences, repeat ?? "none", doubts.length > 0 || occurrences.length === 0);
}

function isMonthlessDay(p: Dated): boolean {
  const units = p.type === "single" ? [p.unit] : [p.from, p.to];
  return units.some((u) => u.unit === "day" && u.month === undefined);
}

function kindOf(pieces: Dated[]): PeriodKind {
  return pieces.length > 0 && pieces.every((p) => p.mode !== "none") ? "deadline" : "interval";
}
