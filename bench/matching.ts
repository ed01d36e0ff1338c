/**
 * Matching figures: the exact optimiser and the greedy baseline on a seeded large cohort (2,000 mentees,
 * 500 mentors with 1–4 places), and their average and worst-off (minimum) score on demo-like school
 * cohorts. Section for bench/index.ts: `{ name: "matching", run: matchingBench }`.
 */
import { matchCohort } from "../src/domain/matching/match";
import { DEFAULT_MATCH_SETTINGS } from "../src/domain/matching/settings";
import type { MatchResult, MatchingInput, Mentee, Mentor, Preference } from "../src/domain/matching/types";
import { DEFAULT_FORMS, DEFAULT_TAGS } from "../src/domain/workbook/defaults";
import { mulberry32 as prng } from "../fixtures/random";

/** How often each form occurs in a school: mostly pupils, then teachers, students, employers. */
const FORM_SHARE: Array<[string, number]> = [
  [DEFAULT_FORMS[0], 0.5],
  [DEFAULT_FORMS[1], 0.15],
  [DEFAULT_FORMS[2], 0.15],
  [DEFAULT_FORMS[3], 0.12],
  [DEFAULT_FORMS[4], 0.08],
];
const CATEGORIES: Record<string, [string, string]> = {
  [DEFAULT_FORMS[0]]: ["обучающийся", "обучающийся"],
  [DEFAULT_FORMS[1]]: ["педагог", "педагог"],
  [DEFAULT_FORMS[2]]: ["студент", "обучающийся"],
  [DEFAULT_FORMS[3]]: ["представитель работодателя", "обучающийся"],
  [DEFAULT_FORMS[4]]: ["представитель работодателя", "студент"],
};
const NEEDS: Array<[string, number]> = [
  ["ОВЗ", 0.05],
  ["ТЖС", 0.05],
  ["низкая успеваемость", 0.2],
  ["адаптация", 0.1],
  ["проблемы с поведением", 0.05],
  ["одарённость", 0.05],
];

export interface CohortShape {
  mentees: number;
  mentors: number;
  maxCapacity: number;
  /** Share of mentees who named preferred mentors after the group meeting. */
  preferenceShare: number;
}

export function generateCohort(seed: number, shape: CohortShape): MatchingInput {
  const rand = prng(seed);
  const int = (from: number, to: number) => from + Math.floor(rand() * (to - from + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const pickForm = () => {
    let r = rand();
    for (const [form, share] of FORM_SHARE) if ((r -= share) < 0) return form;
    return FORM_SHARE[0][0];
  };
  const someTags = (from: number, to: number) =>
    Array.from(new Set(Array.from({ length: int(from, to) }, () => pick(DEFAULT_TAGS))));

  const mentors: Mentor[] = Array.from({ length: shape.mentors }, (_, i) => {
    const form = pickForm();
    const teacher = form === DEFAULT_FORMS[1];
    return {
      id: `Н-${i + 1}`,
      name: `Наставник ${i + 1}`,
      category: CATEGORIES[form][0],
      ...(form === DEFAULT_FORMS[0] ? { grade: int(7, 11) } : {}),
      ...(teacher ? { experience: int(3, 30) } : {}),
      age: form === DEFAULT_FORMS[0] ? int(13, 17) : form === DEFAULT_FORMS[2] ? int(18, 22) : int(25, 60),
      ...(teacher ? { subject: pick(DEFAULT_TAGS.slice(0, 8)) } : {}),
      competencies: someTags(2, 4),
      forms: rand() < 0.15 ? [form, pickForm()] : [form],
      capacity: int(1, shape.maxCapacity),
      consent: rand() < 0.97,
      // Vetted for work with minors (trained, interviewed, certificate), so the rules leave the pool whole.
      trained: true,
      interviewed: true,
      certificateDate: "2026-09-01",
    };
  });
  const mentees: Mentee[] = Array.from({ length: shape.mentees }, (_, i) => {
    const form = pickForm();
    const teacher = form === DEFAULT_FORMS[1];
    return {
      id: `У-${i + 1}`,
      name: `Наставляемый ${i + 1}`,
      category: CATEGORIES[form][1],
      ...(form === DEFAULT_FORMS[4] ? {} : teacher ? {} : { grade: int(2, 10) }),
      ...(teacher ? { experience: int(0, 6), subject: pick(DEFAULT_TAGS.slice(0, 8)) } : {}),
      age: teacher ? int(22, 40) : form === DEFAULT_FORMS[4] ? int(17, 21) : int(8, 16),
      requests: someTags(1, 3),
      needs: NEEDS.filter(([, p]) => rand() < p).map(([n]) => n),
      form,
      consent: rand() < 0.95,
    };
  });
  const preferences: Preference[] = [];
  for (const m of mentees) {
    if (rand() >= shape.preferenceShare) continue;
    const sameForm = mentors.filter((x) => x.forms.includes(m.form as string));
    if (sameForm.length === 0) continue;
    const choices = Array.from(new Set(Array.from({ length: int(1, 3) }, () => pick(sameForm).id)));
    preferences.push({ participantId: m.id, role: "mentee", choices });
    // Some chosen mentors choose back: mutual choices.
    for (const c of choices) if (rand() < 0.4) preferences.push({ participantId: c, role: "mentor", choices: [m.id] });
  }
  return { mentors, mentees, pairs: [], preferences, invalidRows: [], problems: [] };
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: Math.round(performance.now() - start) };
}

function summary(r: MatchResult) {
  return {
    matched: r.stats.matched,
    priorityMatched: r.stats.priorityMatched,
    averageScore: r.stats.averageScore,
    minScore: r.stats.minScore,
  };
}

/** Large cohort: wall time of the whole matchCohort (hard rules, scores, optimiser) against the same with greedy. */
export function largeCohortBench(seed = 1) {
  const input = generateCohort(seed, { mentees: 2000, mentors: 500, maxCapacity: 4, preferenceShare: 0.3 });
  const optimal = timed(() => matchCohort(input, DEFAULT_MATCH_SETTINGS));
  const greedy = timed(() => matchCohort(input, DEFAULT_MATCH_SETTINGS, { strategy: "greedy" }));
  return {
    mentees: input.mentees.length,
    mentors: input.mentors.length,
    places: input.mentors.reduce((a, m) => a + m.capacity, 0),
    optimalMs: optimal.ms,
    greedyMs: greedy.ms,
    optimal: summary(optimal.value),
    greedy: summary(greedy.value),
  };
}

/** Demo-like school cohorts (60 mentees, 25 mentors with 1–2 places): optimiser vs greedy, per seed and on average. */
export function demoCohortBench(seeds = 20) {
  const rows: Array<{ optimal: ReturnType<typeof summary>; greedy: ReturnType<typeof summary> }> = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const input = generateCohort(seed, { mentees: 60, mentors: 25, maxCapacity: 2, preferenceShare: 0.5 });
    rows.push({
      optimal: summary(matchCohort(input, DEFAULT_MATCH_SETTINGS)),
      greedy: summary(matchCohort(input, DEFAULT_MATCH_SETTINGS, { strategy: "greedy" })),
    });
  }
  const mean = (f: (r: (typeof rows)[number]) => number | null) =>
    Math.round((10 * rows.reduce((a, r) => a + (f(r) ?? 0), 0)) / rows.length) / 10;
  return {
    seeds,
    first: rows[0],
    mean: {
      optimal: {
        matched: mean((r) => r.optimal.matched),
        priorityMatched: mean((r) => r.optimal.priorityMatched),
        averageScore: mean((r) => r.optimal.averageScore),
        minScore: mean((r) => r.optimal.minScore),
      },
      greedy: {
        matched: mean((r) => r.greedy.matched),
        priorityMatched: mean((r) => r.greedy.priorityMatched),
        averageScore: mean((r) => r.greedy.averageScore),
        minScore: mean((r) => r.greedy.minScore),
      },
    },
  };
}

export function matchingBench(): Record<string, unknown> {
  return { large: largeCohortBench(), demo: demoCohortBench() };
}
