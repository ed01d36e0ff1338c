/**
 * An independent count of the indicators and the programme's figures, written from docs/indicators.md
 * over plain rows (objects keyed by the column keys of sheets.ts), sharing no code with src/: the oracle
 * the report, the snapshot, the sheet formulas and `cmn indicators` are compared with. Kept deliberately
 * plain (loops and string compares), so a mistake here and one in src/ are unlikely to agree.
 */
type Row = Record<string, unknown>;

export interface PlainSchool {
  mentors: readonly Row[];
  mentees: readonly Row[];
  pairs: readonly Row[];
  surveys: readonly Row[];
  /** Contingent «Факт» by what it counts. */
  contingent: Partial<
    Record<
      "pupils_10_18" | "pupils_15_18" | "teachers_0_3" | "teachers_under_35_0_3" | "pupils" | "teachers" | "employers",
      number
    >
  >;
}

export interface Counted {
  numerator: number | null;
  denominator: number | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const text = (v: unknown) => String(v ?? "").trim();
const lower = (v: unknown) => text(v).toLowerCase().replace(/ё/g, "е");
const id = (v: unknown) => text(v).toUpperCase();
const dayOf = (v: unknown): string | null => {
  if (v instanceof Date)
    return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, "0")}-${String(v.getUTCDate()).padStart(2, "0")}`;
  return ISO.test(text(v)) ? text(v) : null;
};

function age(birth: string, on: string): number {
  const [by, bm, bd] = birth.split("-").map(Number);
  const [oy, om, od] = on.split("-").map(Number);
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

/** The programme year (1 September – 31 August) holding the day. */
export function yearOf(day: string): { start: string; end: string } {
  const y = Number(day.slice(0, 4));
  const first = Number(day.slice(5, 7)) >= 9 ? y : y - 1;
  return { start: `${first}-09-01`, end: `${first + 1}-08-31` };
}

export function independentCount(school: PlainSchool, reportDay: string, threshold = 7) {
  const year = yearOf(reportDay);
  // 1. A pair «утверждена», «активна» or «завершена» (or «расторгнута» once started) whose dates overlap the year.
  const pairs = school.pairs.filter((p) => {
    const status = lower(p.status);
    const start = dayOf(p.start);
    const end = dayOf(p.end);
    const counts = ["утверждена", "активна", "завершена"].includes(status) || (status === "расторгнута" && !!start);
    return counts && (!start || start <= year.end) && (!end || end >= year.start);
  });
  const inPairs = (role: "mentorId" | "menteeId") => new Set(pairs.map((p) => id(p[role])));
  // 2. Consent given.
  const mentors = school.mentors.filter((m) => m.consent === true && inPairs("mentorId").has(id(m.id)));
  const mentees = school.mentees.filter((m) => m.consent === true && inPairs("menteeId").has(id(m.id)));
  const ageOf = (p: Row) => {
    const birth = dayOf(p.birthDate);
    return birth ? age(birth, reportDay) : typeof p.age === "number" ? p.age : null;
  };
  const pupil = (p: Row) => lower(p.category) === "обучающийся";
  const teacher = (p: Row) => lower(p.category) === "педагог";
  const inBand = (p: Row, from: number, to: number) => {
    const a = ageOf(p);
    return a !== null && a >= from && a <= to;
  };
  const experience = (p: Row) => (typeof p.experience === "number" ? p.experience : null);
  const person = (p: Row) => id(text(p.personKey) || p.id);
  const persons = (test: (p: Row) => boolean) => new Set([...mentees, ...mentors].filter(test).map(person)).size;
  // Satisfaction: one wave for both roles, that of the latest answer of the year up to the report day; no
  // answer in the year: no figure yet (null), not 0 satisfied.
  const yearAnswers = school.surveys
    .filter((s) => lower(s.questionnaire).startsWith("удовлетвор"))
    .filter((s) => {
      const d = dayOf(s.date);
      return d !== null && d >= year.start && d <= reportDay;
    })
    .sort((a, b) => (dayOf(a.date)! < dayOf(b.date)! ? -1 : 1));
  const wave = yearAnswers.length ? text(yearAnswers[yearAnswers.length - 1].wave) : null;
  const satisfaction = (
    role: "наставник" | "наставляемый",
    people: readonly Row[],
  ): Counted & { respondents: number } => {
    const ids = new Set(people.map((p) => id(p.id)));
    const last = new Map<string, Row>();
    for (const s of yearAnswers)
      if (lower(s.role) === role && text(s.wave) === wave && ids.has(id(s.participantId)))
        last.set(id(s.participantId), s);
    const given = [...last.values()].filter((s) => typeof s.total === "number");
    return {
      numerator: wave === null ? null : given.filter((s) => (s.total as number) >= threshold).length,
      denominator: people.length,
      respondents: given.length,
    };
  };
  const organisations = new Set(
    mentors
      .filter((m) => lower(m.category) === "представитель работодателя" && text(m.organisation))
      .map((m) => lower(m.organisation)),
  );
  const c = school.contingent;
  const indicators: Record<string, Counted> = {
    mentees_10_18: {
      numerator: mentees.filter((m) => pupil(m) && inBand(m, 10, 18)).length,
      denominator: c.pupils_10_18 ?? null,
    },
    mentors_15_18: {
      numerator: mentors.filter((m) => pupil(m) && inBand(m, 15, 18)).length,
      denominator: c.pupils_15_18 ?? null,
    },
    young_teachers: {
      numerator: mentees.filter((m) => teacher(m) && (experience(m) ?? 99) <= 3).length,
      denominator: c.teachers_0_3 ?? null,
    },
    young_teachers_35: {
      numerator: mentees.filter((m) => teacher(m) && (experience(m) ?? 99) <= 3 && (ageOf(m) ?? 99) < 35).length,
      denominator: c.teachers_under_35_0_3 ?? null,
    },
    mentee_satisfaction: satisfaction("наставляемый", mentees),
    mentor_satisfaction: satisfaction("наставник", mentors),
    pupils_coverage: { numerator: persons(pupil), denominator: c.pupils ?? null },
    teachers_coverage: { numerator: persons(teacher), denominator: c.teachers ?? null },
    enterprises_share: { numerator: organisations.size, denominator: c.employers ?? null },
  };

  // Pairs and groups: one mentor's pairs of one form whose dates overlap are one group.
  const units: Row[][] = [];
  for (const p of pairs) {
    const span = (q: Row) => [dayOf(q.start) ?? year.start, dayOf(q.end) ?? year.end];
    const [from, to] = span(p);
    const joined = units.filter((u) =>
      u.some((q) => {
        const [f, t] = span(q);
        return id(q.mentorId) === id(p.mentorId) && lower(q.form) === lower(p.form) && f <= to && from <= t;
      }),
    );
    const merged = [p, ...joined.flat()];
    for (const u of joined) units.splice(units.indexOf(u), 1);
    units.push(merged);
  }
  const groups = units.filter((u) => new Set(u.map((q) => id(q.menteeId))).size > 1);
  return {
    indicators,
    year: {
      mentors: mentors.length,
      mentees: mentees.length,
      persons: new Set([...mentees, ...mentors].map(person)).size,
      pairRows: pairs.length,
      pairs: units.length - groups.length,
      groups: groups.length,
    },
    proposals: school.pairs.filter((p) => lower(p.status) === "предложена").length,
    registers: {
      mentors: school.mentors.length,
      mentees: school.mentees.length,
      menteesOpen: school.mentees.filter((m) => !["выбыл", "завершил"].includes(lower(m.status))).length,
    },
  };
}
