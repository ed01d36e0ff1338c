/**
 * The seeded demo school behind `npm start`: a whole «Куратор ЦМН» workbook's worth of plain rows keyed
 * by the column keys of src/domain/workbook/sheets.ts, deterministic for a seed and a date.
 */
import { codeSource } from "../../src/domain/questionnaires/personalCode";
import { SETTINGS } from "../../src/domain/workbook/defaults";
import { isoDay, parseIsoDay, schoolYearOf, addDays, day } from "./calendar";
import { buildContingent, type ContingentRow } from "./contingent";
import { DEMO_SOURCE } from "./ids";
import { buildIndicators, type IndicatorRow } from "./indicators";
import { buildMeetings, buildPreferences, buildSurveys } from "./activity";
import { NameBook } from "./names";
import { buildPairs, MIN_MENTOR_EXPERIENCE, type Pair } from "./pairing";
import {
  FORM_EMPLOYER,
  FORM_STUDENT,
  FORM_TEACHER,
  buildMentees,
  buildMentors,
  type Mentee,
  type Mentor,
  type MentorMix,
} from "./participants";
import { DemoRandom } from "./random";
import { buildRoadmap, type ResponsibleNames } from "./roadmap";
import { buildPupils, buildStaff } from "./school";
import { SCHOOL, STAFF_ROLES } from "./texts";

export type DemoSize = "small" | "normal" | "large";

export interface DemoOptions {
  seed?: number;
  /** YYYY-MM-DD; the report date and «today» of the demo. */
  today?: string;
  size?: DemoSize;
}

export interface DemoSchool {
  settings: Record<string, string | number>;
  contingent: ContingentRow[];
  indicators: IndicatorRow[];
  roadmap: Record<string, unknown>[];
  mentors: Record<string, unknown>[];
  mentees: Record<string, unknown>[];
  preferences: Record<string, unknown>[];
  pairs: Record<string, unknown>[];
  meetings: Record<string, unknown>[];
  surveys: Record<string, unknown>[];
}

export interface DemoSizeSpec {
  mentors: MentorMix;
  /** Pupil and teacher mentees. */
  mentees: { pupils: number; teachers: number };
  pairs: number;
  /** Mean pupils in a grade of 1–9. */
  gradeSize: number;
  /** Teaching staff, participants or not. */
  staff: number;
  /** Partner organisations active in the school. */
  partners: number;
}

export const DEMO_SIZES: Record<DemoSize, DemoSizeSpec> = {
  small: {
    mentors: { pupils: 13, teachers: 7, students: 2, employers: 2 },
    mentees: { pupils: 66, teachers: 4 },
    pairs: 20,
    gradeSize: 24,
    staff: 24,
    partners: 4,
  },
  normal: {
    mentors: { pupils: 38, teachers: 22, students: 5, employers: 5 },
    mentees: { pupils: 210, teachers: 10 },
    pairs: 60,
    gradeSize: 66,
    staff: 54,
    partners: 8,
  },
  large: {
    mentors: { pupils: 280, teachers: 150, students: 35, employers: 35 },
    mentees: { pupils: 1930, teachers: 70 },
    pairs: 450,
    gradeSize: 600,
    staff: 420,
    partners: 12,
  },
};

export const DEMO_DEFAULTS = { seed: 20261121, today: "2026-11-21", size: "normal" as DemoSize };

const orEmpty = (d: Date | undefined): string => (d ? isoDay(d) : "");

/** A stable number from a person's ID, for details that must not shift the random stream (birth days). */
function idHash(id: string): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h;
}

/** A birth date that makes the person `age` on the demo's day: `age` years and up to 364 days before it. */
function birthDate(id: string, age: number, today: Date): string {
  return isoDay(addDays(day(today.getFullYear() - age, today.getMonth() + 1, today.getDate()), -(idHash(id) % 365)));
}
const tagCell = (tags: readonly string[]) => tags.join("; ");
/** A participant's personal code, the same for the same ID in every demo (derived, not random). */
const demoCode = (id: string) => codeSource(`demo:${id}`, [])();

/** Adults from outside the school: interviewed and checked (certificate of no criminal record) when selected. */
const EXTERNAL: readonly string[] = ["студент", "представитель работодателя"];

function mentorRow(m: Mentor, today: Date): Record<string, unknown> {
  const vetted = EXTERNAL.includes(m.category) && m.trained;
  return {
    id: m.id,
    name: m.name.full,
    category: m.category,
    grade: m.grade,
    birthDate: birthDate(m.id, m.age, today),
    age: m.age,
    experience: m.experience,
    tenure: "",
    subject: m.subject,
    competencies: tagCell(m.competencies),
    forms: tagCell(m.forms),
    capacity: m.capacity,
    trained: m.trained,
    interviewed: vetted,
    certificateDate: vetted ? orEmpty(m.joined) : "",
    consent: m.consent,
    organisation: m.organisation,
    contacts: m.contacts,
    status: m.status,
    questionnaireDate: orEmpty(m.joined ? addDays(m.joined, -14) : undefined),
    joined: orEmpty(m.joined),
    ended: "",
    personKey: "",
    code: demoCode(m.id),
    source: DEMO_SOURCE,
  };
}

function menteeRow(e: Mentee, today: Date): Record<string, unknown> {
  return {
    id: e.id,
    name: e.name.full,
    category: e.category,
    grade: e.grade,
    birthDate: birthDate(e.id, e.age, today),
    age: e.age,
    experience: e.experience,
    tenure: "",
    subject: e.subject,
    requests: tagCell(e.requests),
    needs: tagCell(e.needs),
    form: e.form,
    consent: e.consent,
    status: e.status,
    questionnaireDate: orEmpty(e.joined ? addDays(e.joined, -14) : undefined),
    joined: orEmpty(e.joined),
    ended: orEmpty(e.ended),
    result: e.result,
    personKey: "",
    code: demoCode(e.id),
    source: DEMO_SOURCE,
  };
}

function pairRow(p: Pair): Record<string, unknown> {
  return {
    pairId: p.id,
    mentorId: p.mentor.id,
    mentorName: p.mentor.name.full,
    menteeId: p.mentee.id,
    menteeName: p.mentee.name.full,
    form: p.form,
    roleModel: p.roleModel,
    score: "",
    scoreBand: "",
    reasons: "",
    status: p.status,
    locked: p.locked,
    start: orEmpty(p.start),
    end: orEmpty(p.end),
    order: p.order,
    // No year of the demo has been closed yet (domain/year).
    archived: "",
  };
}

export function generateDemoSchool(options: DemoOptions = {}): DemoSchool {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const todayText = options.today ?? DEMO_DEFAULTS.today;
  const spec = DEMO_SIZES[options.size ?? DEMO_DEFAULTS.size];
  if (!spec) throw new Error(`Demo school: unknown size «${String(options.size)}»`);
  const today = parseIsoDay(todayText);
  const schoolYear = schoolYearOf(today);
  const programYears = [schoolYear - 2, schoolYear - 1, schoolYear, schoolYear + 1].map(String);

  const random = new DemoRandom(seed);
  const names = new NameBook(random);
  const pupils = buildPupils(random, spec.gradeSize);
  const staff = buildStaff(random, spec.staff, spec.mentors.teachers, spec.mentees.teachers);
  const mentors = buildMentors(random, names, pupils, staff.mentorTeachers, spec.mentors);
  const mentees = buildMentees(random, names, pupils, staff.youngMentees, staff.otherMentees, spec.mentees.pupils);

  const pairs = buildPairs(
    random,
    mentors,
    mentees,
    {
      total: spec.pairs,
      byForm: {
        [FORM_TEACHER]: Math.round(spec.mentees.teachers * 0.75),
        [FORM_STUDENT]: Math.round(spec.mentors.students * 1.6),
        [FORM_EMPLOYER]: Math.round(spec.mentors.employers * 1.4),
      },
    },
    schoolYear,
    today,
  );
  const currentOrder = pairs
    .filter((p) => p.cohort === 2)
    .reduce<Date | undefined>((min, p) => (!min || p.orderDate < min ? p.orderDate : min), undefined);
  const groupMeeting = addDays(currentOrder ?? today, -random.int(8, 14));

  const employerOrgs = new Set(
    mentors.filter((m) => m.category === "представитель работодателя").map((m) => m.organisation),
  );
  // Drawn in this order so the seeded stream (and every name after) stays as it was.
  const director = names.next("adult", "female");
  const deputy = names.next("adult", "female");
  const deputyStudies = names.next("adult");
  const curator = names.next("adult", "female");
  const staffNames: ResponsibleNames = {
    director: `${director.short}, ${STAFF_ROLES.director}`,
    deputy: `${deputy.short}, ${STAFF_ROLES.deputy}`,
    deputyStudies: `${deputyStudies.short}, ${STAFF_ROLES.deputyStudies}`,
    curator: `${curator.short}, ${STAFF_ROLES.curator}`,
    psychologist: `${names.next("adult", "female").short}, ${STAFF_ROLES.psychologist}`,
    social: `${names.next("adult").short}, ${STAFF_ROLES.social}`,
    classTeachers: "классные руководители",
    mentors: "наставники",
  };

  const settingValues: Record<string, string | number> = {
    organisation: SCHOOL.organisation,
    municipality: SCHOOL.municipality,
    academicYear: `${schoolYear}-${schoolYear + 1}`,
    programPeriod: `${programYears[0]}-${programYears[programYears.length - 1]}`,
    reportDate: isoDay(today),
    curator: curator.full,
    // Entry evaluations in October, satisfaction and exit evaluations in May (see activity.ts).
    surveyWaves: "октябрь; май",
    head: director.full,
    headPost: SCHOOL.directorTitle,
    regionalAct: SCHOOL.regionalAct,
    // The demo school's own choice (its pairs are built with it), not a default of the model.
    minMentorExperience: MIN_MENTOR_EXPERIENCE,
    // A new workbook starts in pseudonymous mode; the demo's people are invented, and it shows what a school
    // that switched the mode off sees: names in «Пары», the report's pair list and the documents.
    pseudonymous: "нет",
  };
  const settings: Record<string, string | number> = {};
  // Computed rows are the workbook's own formulas: the demo types only what a curator types.
  for (const s of SETTINGS.filter((x) => !x.computed))
    settings[s.key] = settingValues[s.key] ?? (typeof s.default === "boolean" ? (s.default ? "да" : "нет") : s.default);

  return daysAsText({
    settings,
    contingent: buildContingent(random, pupils, staff.all, {
      partners: Math.max(spec.partners, employerOrgs.size),
      partnersWithMentors: employerOrgs.size,
      students: spec.mentors.students,
    }),
    indicators: buildIndicators(programYears),
    roadmap: buildRoadmap(random, schoolYear, today, staffNames),
    mentors: mentors.map((m) => mentorRow(m, today)),
    mentees: mentees.map((e) => menteeRow(e, today)),
    preferences: buildPreferences(random, mentors, mentees, pairs, groupMeeting, today),
    pairs: pairs.map(pairRow),
    meetings: buildMeetings(random, pairs, today),
    surveys: buildSurveys(random, pairs, today),
  });
}

/**
 * The demo builds its calendar on local-midnight Dates; the rows carry days as «YYYY-MM-DD» text, which the
 * cell codec writes as that day in the spreadsheet's zone: the same workbook on any host.
 */
function daysAsText<T extends object>(school: T): T {
  const fix = (v: unknown): unknown => (v instanceof Date ? isoDay(v) : v);
  for (const value of Object.values(school))
    if (Array.isArray(value))
      for (const row of value as Array<Record<string, unknown>>)
        if (row && typeof row === "object" && !Array.isArray(row))
          for (const k of Object.keys(row)) row[k] = fix(row[k]);
  return school;
}

export interface DemoSummary {
  mentors: number;
  mentees: number;
  pairs: number;
  pairsByStatus: Record<string, number>;
  meetings: number;
  surveys: number;
  preferences: number;
  roadmap: number;
  contingentRows: number;
  indicators: number;
  pupils: number;
  teachers: number;
}

const countBy = (rows: readonly Record<string, unknown>[], key: string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const row of rows) out[String(row[key])] = (out[String(row[key])] ?? 0) + 1;
  return out;
};

/** Counts for the emulator's start page. */
export function summariseDemo(school: DemoSchool): DemoSummary {
  const fact = (code: string) => {
    const row = school.contingent.find((r) => r.code === code);
    return typeof row?.fact === "number" ? row.fact : 0;
  };
  return {
    mentors: school.mentors.length,
    mentees: school.mentees.length,
    pairs: school.pairs.length,
    pairsByStatus: countBy(school.pairs, "status"),
    meetings: school.meetings.length,
    surveys: school.surveys.length,
    preferences: school.preferences.length,
    roadmap: school.roadmap.length,
    contingentRows: school.contingent.length,
    indicators: school.indicators.length,
    pupils: fact("1"),
    teachers: fact("2"),
  };
}
