/**
 * The indicators of the report year, computed from the bases by the contract of docs/indicators.md: the
 * one TypeScript statement of what each figure counts. The report, `cmn indicators`, the municipal
 * snapshot and the documents read their figures from here; the sheet's live formulas (rowFormulas.ts,
 * formulas.ts) state the same rules for Sheets, and a test holds the two together.
 *
 * Every figure is a numerator and a denominator; the fact is their share (null when the denominator is
 * missing or 0), the status compares it with the target of the report's target year.
 */
import { fullYears, type IsoDate } from "../common/dates";
import { labelKey } from "../common/normalise";
import { PUPIL_CATEGORY } from "../participants/consent";
import type { MenteeRecord, MentorRecord, PairRecord, SurveyRecord } from "../participants/records";
import { idKey } from "../participants/ids";
import { DEFAULT_CATEGORIES } from "../workbook/defaults";
import type { Settings } from "../workbook/settings";
import { DEFAULT_INDICATORS, indicatorDef, type IndicatorDef } from "./catalogue";
import { INDICATOR_COMPUTE_TEXT as T } from "./messages";
import { inAgeBand, reportFrame, type ReportFrame } from "./reportYear";
import { distinctPersons, personOf, rosterOf, type Roster } from "./roster";
import { chooseWave, satisfactionRows } from "./waves";
import { statusOf, type IndicatorStatus } from "./status";

export const TEACHER_CATEGORY = DEFAULT_CATEGORIES[1];
export const EMPLOYER_CATEGORY = DEFAULT_CATEGORIES[3];

/** An indicator row of «Показатели» (or the catalogue's): its code when recognised, its targets by year. */
export interface IndicatorRowInput {
  code: string | null;
  name: string;
  /** Year → target as a fraction, null for «-» / none. */
  targets: Record<string, number | null>;
}

export interface IndicatorInput {
  settings: Settings;
  /** Today in the spreadsheet's zone. */
  today: IsoDate;
  mentors: readonly MentorRecord[];
  mentees: readonly MenteeRecord[];
  pairs: readonly PairRecord[];
  surveys: readonly SurveyRecord[];
  /** Contingent «Факт» by key (pupils_10_18, teachers, employers, …). */
  contingent: ReadonlyMap<string, number | null>;
  /** The rows of «Показатели»; undefined: the catalogue's indicators. */
  indicators?: readonly IndicatorRowInput[];
}

export interface IndicatorFigure {
  code: string | null;
  name: string;
  numerator: number | null;
  denominator: number | null;
  /** numerator / denominator, a fraction; null when it cannot be computed. */
  fact: number | null;
  target: number | null;
  status: IndicatorStatus;
  /** Respondents / participants, for the satisfaction indicators. */
  responseRate?: { respondents: number; participants: number; wave: string | null };
}

export interface IndicatorResult {
  frame: ReportFrame;
  roster: Roster;
  indicators: IndicatorFigure[];
  warnings: string[];
}

interface Counts {
  numerator: number | null;
  denominator: number | null;
  responseRate?: IndicatorFigure["responseRate"];
}

type Person = MentorRecord | MenteeRecord;

function same(a: string | undefined, b: string): boolean {
  return a !== undefined && labelKey(a) === labelKey(b);
}

/** Age on the frame's day: from the birth date, or the typed age of an old workbook (warned once). */
function ageOf(p: Person, frame: ReportFrame, typed: Set<string>): number | undefined {
  if (p.birthDate) return fullYears(p.birthDate, frame.ageOn);
  if (p.age !== undefined) typed.add(p.id);
  return p.age;
}

const contingentOf = (input: IndicatorInput, key: string): number | null => input.contingent.get(key) ?? null;

function bandCount(
  people: readonly Person[],
  category: string,
  from: number,
  to: number,
  f: ReportFrame,
  typed: Set<string>,
) {
  return people.filter((p) => {
    if (!same(p.category, category)) return false;
    const age = ageOf(p, f, typed);
    return age !== undefined && inAgeBand(age, from, to, f);
  }).length;
}

function satisfaction(input: IndicatorInput, roster: Roster, role: "mentor" | "mentee", frame: ReportFrame): Counts {
  const people = role === "mentee" ? roster.mentees : roster.mentors;
  const ids = new Set(people.map((p) => idKey(p.id)));
  const rows = satisfactionRows(input.surveys, role, frame);
  // One wave for both roles, as the sheet's formulas read it (CMN_Settings_SatisfactionWave).
  const wave = chooseWave([
    ...satisfactionRows(input.surveys, "mentee", frame),
    ...satisfactionRows(input.surveys, "mentor", frame),
  ]);
  const inWave = rows.filter((r) => (r.wave ?? "") === (wave ?? "") && ids.has(idKey(r.participantId)));
  // One answer per person and wave (the forms keep the latest); a duplicate typed by hand counts once.
  const latest = new Map<string, SurveyRecord>();
  for (const r of inWave) latest.set(idKey(r.participantId), r);
  const answers = [...latest.values()];
  const satisfied = answers.filter((r) => r.total !== undefined && r.total >= input.settings.satisfactionThreshold);
  const respondents = answers.filter((r) => r.total !== undefined).length;
  const denominator = input.settings.satisfactionBase === "respondents" ? respondents : people.length;
  return {
    // No wave with answers in the report year: no figure yet, not «0 % satisfied» (the sheet leaves it blank).
    numerator: wave === null ? null : satisfied.length,
    denominator,
    responseRate: { respondents, participants: people.length, wave },
  };
}

function distinctOrganisations(roster: Roster): number {
  const orgs = new Set<string>();
  for (const m of roster.mentors)
    if (same(m.category, EMPLOYER_CATEGORY) && m.organisation) orgs.add(labelKey(m.organisation));
  return orgs.size;
}

type Counter = (input: IndicatorInput, roster: Roster, frame: ReportFrame, typed: Set<string>) => Counts;

/** What each catalogue indicator counts. Keys are the catalogue's codes. */
const COUNTERS: Record<string, Counter> = {
  mentees_10_18: (i, r, f, t) => ({
    numerator: bandCount(r.mentees, PUPIL_CATEGORY, 10, 18, f, t),
    denominator: contingentOf(i, "pupils_10_18"),
  }),
  mentors_15_18: (i, r, f, t) => ({
    numerator: bandCount(r.mentors, PUPIL_CATEGORY, 15, 18, f, t),
    denominator: contingentOf(i, "pupils_15_18"),
  }),
  mentees_10_19: (i, r, f, t) => ({
    numerator: bandCount(r.mentees, PUPIL_CATEGORY, 10, 19, f, t),
    denominator: contingentOf(i, "pupils_10_19"),
  }),
  mentors_15_19: (i, r, f, t) => ({
    numerator: bandCount(r.mentors, PUPIL_CATEGORY, 15, 19, f, t),
    denominator: contingentOf(i, "pupils_15_19"),
  }),
  young_teachers: (i, r) => ({
    numerator: r.mentees.filter(
      (p) => same(p.category, TEACHER_CATEGORY) && p.experience !== undefined && p.experience <= 3,
    ).length,
    denominator: contingentOf(i, "teachers_0_3"),
  }),
  young_teachers_35: (i, r, f, t) => ({
    numerator: r.mentees.filter((p) => {
      if (!same(p.category, TEACHER_CATEGORY) || p.experience === undefined || p.experience > 3) return false;
      const age = ageOf(p, f, t);
      return age !== undefined && age < 35;
    }).length,
    denominator: contingentOf(i, "teachers_under_35_0_3"),
  }),
  mentee_satisfaction: (i, r, f) => satisfaction(i, r, "mentee", f),
  mentor_satisfaction: (i, r, f) => satisfaction(i, r, "mentor", f),
  pupils_coverage: (i, r) => ({
    numerator: distinctPersons(r, PUPIL_CATEGORY),
    denominator: contingentOf(i, "pupils"),
  }),
  teachers_coverage: (i, r) => ({
    numerator: distinctPersons(r, TEACHER_CATEGORY),
    denominator: contingentOf(i, "teachers"),
  }),
  enterprises_share: (i, r) => ({ numerator: distinctOrganisations(r), denominator: contingentOf(i, "employers") }),
};

/** Codes whose figures this module computes (the others are a school's own indicators). */
export const COMPUTED_CODES: readonly string[] = Object.keys(COUNTERS);

export function shareOf(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null;
  return numerator / denominator;
}

export function computeIndicators(input: IndicatorInput): IndicatorResult {
  const frame = reportFrame(input.settings, input.today);
  const roster = rosterOf(input, frame);
  const warnings: string[] = [];
  const typed = new Set<string>();
  const rows: readonly IndicatorRowInput[] =
    input.indicators ??
    DEFAULT_INDICATORS.filter((d: IndicatorDef) => !d.optional).map((d) => ({
      code: d.code,
      name: d.name,
      targets: {},
    }));
  const indicators = rows.map((row): IndicatorFigure => {
    const target = row.targets[String(frame.targetYear)] ?? null;
    const counter = row.code ? COUNTERS[row.code] : undefined;
    if (!counter) {
      return {
        code: row.code,
        name: row.name,
        numerator: null,
        denominator: null,
        fact: null,
        target,
        status: "noData",
      };
    }
    const counts = counter(input, roster, frame, typed);
    if (counts.denominator === null)
      warnings.push(T.noDenominator(row.name, indicatorDef(row.code!)?.denominator ?? ""));
    const fact = shareOf(counts.numerator, counts.denominator);
    return {
      code: row.code,
      name: row.name,
      numerator: counts.numerator,
      denominator: counts.denominator,
      fact,
      target,
      status: fact === null ? "noData" : statusOf(fact, target),
      ...(counts.responseRate ? { responseRate: counts.responseRate } : {}),
    };
  });
  if (typed.size) warnings.push(T.typedAges(typed.size));
  return { frame, roster, indicators, warnings };
}

/** One person once: how many distinct people the roster holds (both roles). */
export function participantsOfYear(roster: Roster): number {
  return new Set([...roster.mentees, ...roster.mentors].map(personOf)).size;
}
