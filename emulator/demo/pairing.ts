/**
 * The pairs of three school years: two finished cohorts and the current one, formed greedily under the
 * hard rules (same form, consent, trained mentor within capacity, mentor senior in grade or experience),
 * preferring mentors whose competencies meet the mentee's requests. Then everyone's status and dates.
 */
import { MENTEE_RESULTS } from "./texts";
import { addDays, day, nextSchoolDay, ruDay } from "./calendar";
import { PAIR_ID_PREFIX, formatId } from "./ids";
import { FORM_PUPIL, FORM_STUDENT, FORM_TEACHER, type Mentee, type Mentor } from "./participants";
import type { DemoRandom } from "./random";

export type PairStatus = "утверждена" | "активна" | "завершена";

export interface Pair {
  id: string;
  mentor: Mentor;
  mentee: Mentee;
  form: string;
  roleModel: string;
  status: PairStatus;
  locked: boolean;
  /** First meeting; absent for an approved pair that has not started. */
  start?: Date;
  end?: Date;
  orderDate: Date;
  order: string;
  /** 0 and 1: finished school years; 2: the current one. */
  cohort: 0 | 1 | 2;
  /** How well the pair works, 1–10: drives ratings and satisfaction. */
  quality: number;
}

/** «Мин. стаж наставника-педагога» default of SETTINGS. */
export const MIN_MENTOR_EXPERIENCE = 5;

/** The hard rules every pair satisfies. */
export function canMentor(mentor: Mentor, mentee: Mentee): boolean {
  if (!mentor.forms.includes(mentee.form)) return false;
  if (!mentor.consent || !mentee.consent || mentor.withdrawn || mentee.withdrawn) return false;
  if (mentee.form === FORM_PUPIL) return (mentor.gradeNumber ?? 0) > (mentee.gradeNumber ?? 12);
  if (mentee.form === FORM_TEACHER) {
    return (
      typeof mentor.experience === "number" &&
      typeof mentee.experience === "number" &&
      mentor.experience >= MIN_MENTOR_EXPERIENCE &&
      mentor.experience > mentee.experience
    );
  }
  return mentor.age > mentee.age;
}

function roleModelFor(random: DemoRandom, mentor: Mentor, mentee: Mentee): string {
  const has = (need: string) => mentee.needs.includes(need) || mentee.requests.includes(need);
  switch (mentee.form) {
    case FORM_PUPIL:
      if (has("адаптация")) return "адаптированный – неадаптированный";
      if (has("низкая успеваемость")) return "успевающий – неуспевающий";
      if (has("проблемы с поведением") || has("ТЖС") || has("общение") || has("дисциплина")) return "лидер – пассивный";
      if (has("одарённость") || has("проекты") || has("олимпиады")) return "равный – равному";
      return "успевающий – неуспевающий";
    case FORM_TEACHER:
      if (typeof mentee.experience === "number" && mentee.experience > 3) {
        return has("цифровые навыки")
          ? "педагог-новатор – консервативный педагог"
          : "лидер педагогического сообщества – педагог, испытывающий проблемы";
      }
      if (mentor.subject === mentee.subject && mentor.subject !== "")
        return "опытный предметник – неопытный предметник";
      if (has("классное руководство")) return "опытный классный руководитель – молодой специалист";
      return "опытный педагог – молодой специалист";
    case FORM_STUDENT:
      if (has("проекты")) return "куратор – автор проекта";
      if (has("низкая успеваемость")) return "успевающий – неуспевающий";
      return random.pick(["лидер – равнодушный", "равный – другому"]);
    default:
      if (has("профориентация") && (mentee.gradeNumber ?? 0) >= 9) return "работодатель – будущий сотрудник";
      return random.pick(["активный профессионал – равнодушный потребитель", "коллега – молодой коллега"]);
  }
}

function affinity(mentor: Mentor, mentee: Mentee): number {
  let score = mentee.requests.filter((r) => mentor.competencies.includes(r)).length * 10;
  if (mentor.subject !== "" && mentor.subject === mentee.subject) score += 8;
  if (mentee.form === FORM_PUPIL) {
    const gap = (mentor.gradeNumber ?? 0) - (mentee.gradeNumber ?? 0);
    if (gap >= 2 && gap <= 5) score += 4;
  }
  return score;
}

/** Can the mentee have been in a pair that school year (in the school then, a teacher already then)? */
function presentIn(mentee: Mentee, yearsAgo: number): boolean {
  if (mentee.gradeNumber !== undefined) return mentee.gradeNumber - yearsAgo >= 1;
  return typeof mentee.experience === "number" && mentee.experience >= yearsAgo;
}

export interface PairingPlan {
  total: number;
  /** Pairs per form other than «ученик – ученик» (which takes the rest). */
  byForm: Record<string, number>;
}

interface CohortDates {
  year: number;
  orderDate: Date;
  orderNumber: number;
  end?: Date;
}

const notSunday = (d: Date): Date => (d.getUTCDay() === 0 ? addDays(d, -2) : d);

export function cohortDates(random: DemoRandom, schoolYear: number, today: Date): CohortDates[] {
  const dates: CohortDates[] = [];
  for (let k = 0; k < 3; k++) {
    const year = schoolYear - 2 + k;
    let orderDate = nextSchoolDay(day(year, 10, random.int(3, 9)));
    // Early in a school year the current order is necessarily older than «this October».
    if (k === 2 && orderDate.getTime() > addDays(today, -25).getTime()) orderDate = notSunday(addDays(today, -25));
    dates.push({
      year,
      orderDate,
      orderNumber: random.int(95, 140),
      end: k < 2 ? notSunday(day(year + 1, 5, random.int(18, 28))) : undefined,
    });
  }
  return dates;
}

export function buildPairs(
  random: DemoRandom,
  mentors: Mentor[],
  mentees: Mentee[],
  plan: PairingPlan,
  schoolYear: number,
  today: Date,
): Pair[] {
  const cohorts = cohortDates(random, schoolYear, today);
  const shares = [0.2, 0.25, 0.55];
  const pairs: Pair[] = [];
  const paired = new Set<string>();
  // Concurrent load of each mentor, per cohort (a continuing pair of cohort 1 also loads cohort 2).
  const load = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  const otherForms = Object.keys(plan.byForm);
  const otherTotal = otherForms.reduce((sum, f) => sum + plan.byForm[f], 0);

  for (let k = 0 as 0 | 1 | 2; k <= 2; k = (k + 1) as 0 | 1 | 2) {
    const cohort = cohorts[k];
    const quota = (n: number) =>
      k < 2 ? Math.round(n * shares[k]) : n - Math.round(n * shares[0]) - Math.round(n * shares[1]);
    let deficit = 0;
    const fill = (form: string, wanted: number) => {
      let made = 0;
      const candidates = random.shuffle(
        mentees.filter((e) => e.form === form && !paired.has(e.id) && presentIn(e, 2 - k)),
      );
      for (const mentee of candidates) {
        if (made >= wanted) break;
        let best: Mentor | undefined;
        let bestScore = -1;
        for (const mentor of mentors) {
          if (!mentor.trained || (load[k].get(mentor.id) ?? 0) >= mentor.capacity || !canMentor(mentor, mentee))
            continue;
          const score = affinity(mentor, mentee) + random.int(0, 6);
          if (score > bestScore) [best, bestScore] = [mentor, score];
        }
        if (!best) continue;
        load[k].set(best.id, (load[k].get(best.id) ?? 0) + 1);
        paired.add(mentee.id);
        made++;
        const start = nextSchoolDay(addDays(cohort.orderDate, random.int(1, 10)));
        pairs.push({
          id: "",
          mentor: best,
          mentee,
          form,
          roleModel: roleModelFor(random, best, mentee),
          status: k < 2 ? "завершена" : "активна",
          locked: false,
          start: start.getTime() > today.getTime() ? today : start,
          end: cohort.end ? notSunday(addDays(cohort.end, -random.int(0, 6))) : undefined,
          orderDate: cohort.orderDate,
          order: `Приказ № ${cohort.orderNumber}-од от ${ruDay(cohort.orderDate)}`,
          cohort: k,
          quality: random.weighted([
            [random.int(8, 10), 6],
            [random.int(6, 7), 3],
            [random.int(3, 5), 1],
          ]),
        });
      }
      return made;
    };
    for (const form of otherForms) deficit += quota(plan.byForm[form]) - fill(form, quota(plan.byForm[form]));
    fill(FORM_PUPIL, quota(plan.total - otherTotal) + deficit);

    if (k === 1) {
      // Teacher pairs often run two years: half of last year's go on.
      for (const pair of pairs) {
        if (pair.cohort === 1 && pair.form === FORM_TEACHER && random.chance(0.5)) {
          pair.status = "активна";
          pair.end = undefined;
          load[2].set(pair.mentor.id, (load[2].get(pair.mentor.id) ?? 0) + 1);
        }
      }
    }
  }

  // Some pairs of the current year were fixed by a later order and have not met yet; some are locked.
  const current = pairs.filter((p) => p.cohort === 2);
  const lateOrder = notSunday(addDays(today, -random.int(3, 10)));
  const lateNumber = cohorts[2].orderNumber + random.int(8, 30);
  for (const pair of random.sample(current, Math.round(current.length * 0.15))) {
    pair.status = "утверждена";
    pair.start = undefined;
    pair.orderDate = lateOrder;
    pair.order = `Приказ № ${lateNumber}-од от ${ruDay(lateOrder)}`;
  }
  for (const pair of current) pair.locked = random.chance(pair.status === "утверждена" ? 0.3 : 0.1);
  // The demo shows every kind of pair whatever the draw: at least one locked.
  if (current.length && !current.some((p) => p.locked)) random.pick(current).locked = true;

  pairs.sort((a, b) => a.orderDate.getTime() - b.orderDate.getTime() || a.mentee.id.localeCompare(b.mentee.id));
  pairs.forEach((p, i) => (p.id = formatId(PAIR_ID_PREFIX, i + 1)));
  settleParticipants(random, mentors, mentees, pairs, schoolYear, today);
  return pairs;
}

/** A date in [from, to], or `to` when the range is empty. */
function between(random: DemoRandom, from: Date, to: Date): Date {
  const span = Math.round((to.getTime() - from.getTime()) / 86_400_000);
  return span <= 0 ? to : addDays(from, random.int(0, span));
}

function settleParticipants(
  random: DemoRandom,
  mentors: Mentor[],
  mentees: Mentee[],
  pairs: Pair[],
  schoolYear: number,
  today: Date,
): void {
  const byMentee = new Map(pairs.map((p) => [p.mentee.id, p]));
  const mentorPairs = new Map<string, Pair[]>();
  for (const p of pairs) mentorPairs.set(p.mentor.id, [...(mentorPairs.get(p.mentor.id) ?? []), p]);
  const yearStart = day(schoolYear, 9, 1);
  const schoolDay = (d: Date) => {
    const next = nextSchoolDay(d);
    return next.getTime() > today.getTime() ? today : next;
  };
  const joinedBefore = (orderDate: Date) => {
    const cohortYear = orderDate.getUTCMonth() >= 8 ? orderDate.getUTCFullYear() : orderDate.getUTCFullYear() - 1;
    const joined = schoolDay(between(random, day(cohortYear, 9, 1), addDays(orderDate, -7)));
    return joined.getTime() < orderDate.getTime() ? joined : addDays(orderDate, -1);
  };
  // Without a pair: mostly this school year, some still waiting since last year.
  const joinedUnpaired = () =>
    schoolDay(
      random.chance(0.8)
        ? between(random, yearStart, today)
        : between(random, day(schoolYear - 1, 9, 1), day(schoolYear, 5, 20)),
    );

  for (const mentee of mentees) {
    const pair = byMentee.get(mentee.id);
    if (pair) {
      mentee.joined = joinedBefore(pair.orderDate);
      mentee.status = pair.status === "завершена" ? "завершил" : "активен";
      if (pair.status === "завершена" && pair.end) {
        mentee.ended = pair.end;
        const results = MENTEE_RESULTS[pair.roleModel] ?? MENTEE_RESULTS[pair.form] ?? [];
        mentee.result = results.length > 0 ? random.pick(results) : "";
      }
    } else {
      mentee.joined = joinedUnpaired();
      if (mentee.withdrawn) {
        mentee.status = "выбыл";
        const left = addDays(mentee.joined, random.int(20, 120));
        mentee.ended = left.getTime() > today.getTime() ? today : left;
      }
    }
  }
  for (const mentor of mentors) {
    const own = mentorPairs.get(mentor.id) ?? [];
    if (own.length > 0) {
      mentor.joined = joinedBefore(own.reduce((min, p) => (p.orderDate < min ? p.orderDate : min), own[0].orderDate));
      mentor.status = own.some((p) => p.status !== "завершена") ? "активен" : "завершил";
    } else {
      mentor.joined = joinedUnpaired();
      mentor.status = mentor.withdrawn ? "выбыл" : "кандидат";
    }
  }
}
