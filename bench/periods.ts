/**
 * How often the period parser and chrono-node's Russian locale give exactly the result periods.md asks
 * for, over every deadline of the roadmap samples (and, separately, the spec's own examples).
 *
 * chrono is given every fair chance: the document's context becomes its reference date (1 January of
 * the year, or 1 September of the school year with forwardDate, so January–August fall in the second
 * year); a month or year it finds is widened to the whole month or year; a «до» / «не позднее» / «к»
 * just before a date makes a deadline by the spec's rule; results are sorted and deduplicated like ours.
 * It has no notion of repetition, continuous periods, schedules or doubt, so `repeat` is "none" and
 * `needsReview` is true only when it found nothing.
 */
import { deepStrictEqual } from "node:assert";
import * as chrono from "chrono-node";
import { parsePeriod, type Occurrence, type Period, type PeriodContext } from "../src/domain/periods";
import { addDays, daysInMonth, isoDate } from "../src/domain/periods/calendar";
import { sortUnique } from "../src/domain/periods/parse";
import { ALL_FIXTURES, type PeriodFixture } from "../fixtures/periods";

type Components = chrono.ParsedComponents;

function rangeOf(c: Components): [string, string] {
  const year = c.get("year") ?? 2000;
  const month = c.get("month") ?? 1;
  const day = c.get("day") ?? 1;
  if (c.isCertain("day")) return [isoDate(year, month, day), isoDate(year, month, day)];
  if (c.isCertain("month")) return [isoDate(year, month, 1), isoDate(year, month, daysInMonth(year, month))];
  if (c.isCertain("year")) return [isoDate(year, 1, 1), isoDate(year, 12, 31)];
  return [isoDate(year, month, day), isoDate(year, month, day)];
}

function referenceOf(context: PeriodContext): { instant: Date; forwardDate: boolean } {
  if (context.academicYear) return { instant: new Date(context.academicYear[0], 8, 1), forwardDate: true };
  if (context.year !== undefined) return { instant: new Date(context.year, 0, 1), forwardDate: true };
  if (context.program) return { instant: new Date(context.program[0], 0, 1), forwardDate: true };
  return { instant: new Date(), forwardDate: false };
}

/** chrono's results in the shape of a Period, as fairly as they map. */
export function chronoPeriod(text: string, context: PeriodContext): Period {
  const { instant, forwardDate } = referenceOf(context);
  const results = chrono.ru.parse(text, { instant }, { forwardDate });
  const occurrences: Occurrence[] = [];
  let deadlines = 0;
  for (const r of results) {
    const [start] = rangeOf(r.start);
    const end = rangeOf(r.end ?? r.start)[1];
    const before = text.slice(0, r.index).toLowerCase();
    const marker = /(?:^|[^а-яё])(до|не позднее|не позже|к)\s*$/.exec(before);
    if (!marker) {
      occurrences.push({ start, end });
      continue;
    }
    deadlines++;
    const strictlyBefore = marker[1] === "до" || marker[1] === "к";
    occurrences.push({ start: null, end: strictlyBefore && !r.start.isCertain("day") ? addDays(start, -1) : end });
  }
  if (occurrences.length === 0) return { kind: "unknown", occurrences: [], repeat: "none", needsReview: true };
  return {
    kind: deadlines === occurrences.length ? "deadline" : "interval",
    occurrences: sortUnique(occurrences),
    repeat: "none",
    needsReview: false,
  };
}

export interface BenchLine {
  group: string;
  texts: number;
  parserExact: number;
  chronoExact: number;
  /** Same dates, whatever kind / repeat / needsReview say. */
  parserDates: number;
  chronoDates: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function measure(group: string, fixtures: readonly PeriodFixture[]): BenchLine {
  const line: BenchLine = {
    group,
    texts: fixtures.length,
    parserExact: 0,
    chronoExact: 0,
    parserDates: 0,
    chronoDates: 0,
  };
  for (const f of fixtures) {
    const ours = parsePeriod(f.text, f.context);
    const theirs = chronoPeriod(f.text, f.context);
    if (same(ours, f.expected)) line.parserExact++;
    if (same(theirs, f.expected)) line.chronoExact++;
    if (same(ours.occurrences, f.expected.occurrences)) line.parserDates++;
    if (same(theirs.occurrences, f.expected.occurrences)) line.chronoDates++;
  }
  return line;
}

/** chrono is mapped fairly: a month widened to the month, «до» a month ending the day before. */
function checkChronoMapping(): void {
  deepStrictEqual(chronoPeriod("Сентябрь 2021", {}), {
    kind: "interval",
    occurrences: [{ start: "2021-09-01", end: "2021-09-30" }],
    repeat: "none",
    needsReview: false,
  });
  deepStrictEqual(chronoPeriod("до декабря 2021", {}), {
    kind: "deadline",
    occurrences: [{ start: null, end: "2021-11-30" }],
    repeat: "none",
    needsReview: false,
  });
  deepStrictEqual(chronoPeriod("ежеквартально", { year: 2021 }), {
    kind: "unknown",
    occurrences: [],
    repeat: "none",
    needsReview: true,
  });
}

export function runPeriodsBench(fixtures: readonly PeriodFixture[] = ALL_FIXTURES): BenchLine[] {
  checkChronoMapping();
  const samples = fixtures.filter((f) => f.source !== "spec");
  const spec = fixtures.filter((f) => f.source === "spec");
  return [
    measure("samples (all three roadmaps)", samples),
    ...["talon", "dou", "sechenovo"].map((s) =>
      measure(
        `  ${s}`,
        samples.filter((f) => f.source === s),
      ),
    ),
    measure("periods.md examples", spec),
  ];
}
