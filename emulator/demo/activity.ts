/**
 * What the pairs did: meetings (знакомство → пробная → планирование → рабочие → итоговая) with the
 * obligatory ratings, satisfaction and entry/exit questionnaires, and the preference questionnaire filled
 * after this year's group meeting.
 */
import { monthWave } from "../../src/domain/indicators/waves";
import { SHEETS } from "../../src/domain/workbook/sheets";
import { addDays, isoDay, nextSchoolDay, schoolYearOf } from "./calendar";
import {
  ROLE_MENTEE,
  ROLE_MENTOR,
  STAGE_ENTRY,
  STAGE_EXIT,
  SURVEY_GROWTH,
  SURVEY_SATISFACTION_MENTEE,
  SURVEY_SATISFACTION_MENTOR,
} from "./ids";
import { canMentor, type Pair } from "./pairing";
import type { Mentee, Mentor } from "./participants";
import type { DemoRandom } from "./random";
import { MEETING_COMMENTS, WORK_COMMENTS_BY_FORM } from "./texts";

export type Row = Record<string, unknown>;

const clamp10 = (n: number) => Math.max(1, Math.min(10, Math.round(n)));
const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

export function buildMeetings(random: DemoRandom, pairs: readonly Pair[], today: Date): Row[] {
  const rows: Array<Row & { date: Date }> = [];
  for (const pair of pairs) {
    if (!pair.start) continue;
    // A finished pair's last working meeting comes a few days before the final one.
    let limit = pair.end ? earlier(addDays(pair.end, -3), today) : today;
    // Some running pairs have gone quiet: nothing in the last month or more.
    // (They did meet once: a pair with no meeting at all would be a different story.)
    if (pair.status === "активна" && random.chance(0.18))
      limit = later(pair.start, addDays(today, -random.int(31, 60)));
    const comment = (type: string) => {
      const list =
        type === "рабочая" && pair.form !== "ученик – ученик"
          ? (WORK_COMMENTS_BY_FORM[pair.form] ?? [])
          : (MEETING_COMMENTS[type] ?? []);
      return list.length > 0 && random.chance(0.65) ? random.pick(list) : "";
    };
    const add = (date: Date, type: string) => {
      const drift = type === "итоговая" ? 1 : 0;
      rows.push({
        pairId: pair.id,
        date,
        type,
        menteeRating: random.chance(0.04) ? "" : clamp10(pair.quality + drift + random.int(-1, 1)),
        mentorRating: random.chance(0.04) ? "" : clamp10(pair.quality + random.int(-1, 1)),
        comment: comment(type),
      });
    };
    const opening = ["знакомство", "пробная", "планирование"];
    let date = pair.start;
    let n = 0;
    while (date.getTime() <= limit.getTime()) {
      add(date, n < opening.length ? opening[n] : "рабочая");
      n++;
      date = nextSchoolDay(addDays(date, n < opening.length ? random.int(6, 12) : random.int(10, 21)));
    }
    if (pair.status === "завершена" && pair.end) add(pair.end, "итоговая");
  }
  rows.sort((a, b) => a.date.getTime() - b.date.getTime() || String(a.pairId).localeCompare(String(b.pairId)));
  return rows;
}

const SURVEY_COLUMNS = SHEETS.surveys.columns.map((c) => c.key);
const GROWTH_ITEMS = ["engagement", "activity", "selfEsteem", "anxiety", "performance", "motivation"];
const SATISFACTION_ITEMS = [
  "satComfort",
  "satUsefulness",
  "satMeetings",
  "satGroupEvents",
  "satSupport",
  "satPlan",
  "satExpectations",
];

export function buildSurveys(random: DemoRandom, pairs: readonly Pair[], today: Date): Row[] {
  const rows: Array<Row & { date: Date }> = [];
  const seen = new Set<string>();
  const add = (
    participantId: string,
    role: string,
    questionnaire: string,
    stage: string,
    date: Date,
    total: number,
  ) => {
    const key = `${participantId}|${questionnaire}|${stage}|${date.getUTCFullYear()}`;
    if (seen.has(key) || date.getTime() > today.getTime()) return;
    seen.add(key);
    // Every column of «Опросы»; the scaled items of this questionnaire vary around its total.
    const row: Row & { date: Date } = {
      ...Object.fromEntries(SURVEY_COLUMNS.map((c) => [c, ""])),
      participantId,
      role,
      questionnaire,
      stage,
      wave: monthWave(isoDay(date)),
      academicYear: `${schoolYearOf(date)}-${schoolYearOf(date) + 1}`,
      date,
      total,
    };
    const items = questionnaire === SURVEY_GROWTH ? GROWTH_ITEMS : SATISFACTION_ITEMS;
    for (const item of items)
      row[item] = item === "anxiety" ? clamp10(11 - total + random.int(-1, 1)) : clamp10(total + random.int(-1, 1));
    // A checkbox column: unticked (FALSE) where the questionnaire does not ask it.
    row.wantsToContinue = questionnaire !== SURVEY_GROWTH && total >= 7;
    rows.push(row);
  };
  for (const pair of pairs) {
    if (!pair.start) continue;
    const finished = pair.status === "завершена" && pair.end !== undefined;
    // Entry and exit evaluation (monitoring stage 2): the same items twice, growth where the pair worked.
    if (random.chance(0.75)) {
      const entry = random.int(3, 7);
      add(
        pair.mentee.id,
        ROLE_MENTEE,
        SURVEY_GROWTH,
        STAGE_ENTRY,
        nextSchoolDay(addDays(pair.start, random.int(2, 12))),
        entry,
      );
      if (finished && pair.end) {
        const growth = pair.quality >= 7 ? random.int(0, 3) : random.int(-1, 1);
        add(
          pair.mentee.id,
          ROLE_MENTEE,
          SURVEY_GROWTH,
          STAGE_EXIT,
          addDays(pair.end, random.int(0, 5)),
          clamp10(entry + growth),
        );
      }
    }
    if (random.chance(0.3)) {
      const entry = random.int(5, 8);
      add(
        pair.mentor.id,
        ROLE_MENTOR,
        SURVEY_GROWTH,
        STAGE_ENTRY,
        nextSchoolDay(addDays(pair.start, random.int(2, 12))),
        entry,
      );
      if (finished && pair.end)
        add(
          pair.mentor.id,
          ROLE_MENTOR,
          SURVEY_GROWTH,
          STAGE_EXIT,
          addDays(pair.end, random.int(0, 5)),
          clamp10(entry + random.int(0, 2)),
        );
    }
    // Satisfaction at the end of the year.
    if (finished && pair.end) {
      if (random.chance(0.85))
        add(
          pair.mentee.id,
          ROLE_MENTEE,
          SURVEY_SATISFACTION_MENTEE,
          STAGE_EXIT,
          addDays(pair.end, random.int(1, 7)),
          clamp10(pair.quality + random.int(-2, 1)),
        );
      if (random.chance(0.8))
        add(
          pair.mentor.id,
          ROLE_MENTOR,
          SURVEY_SATISFACTION_MENTOR,
          STAGE_EXIT,
          addDays(pair.end, random.int(1, 7)),
          clamp10(pair.quality + random.int(-1, 1)),
        );
    }
  }
  rows.sort(
    (a, b) => a.date.getTime() - b.date.getTime() || String(a.participantId).localeCompare(String(b.participantId)),
  );
  return rows;
}

/**
 * One row per participant who answered the preference questionnaire of the current year: the people of
 * this year's pairs (often choosing each other first) and candidates still waiting, some of them chosen
 * back by a mentor with room left.
 */
export function buildPreferences(
  random: DemoRandom,
  mentors: readonly Mentor[],
  mentees: readonly Mentee[],
  pairs: readonly Pair[],
  groupMeeting: Date,
  today: Date,
): Row[] {
  const mentorChoices = new Map<string, string[]>();
  const menteeChoices = new Map<string, string[]>();
  const dates = new Map<string, Date>();
  const choose = (map: Map<string, string[]>, who: string, whom: string, first = false) => {
    const list = map.get(who) ?? [];
    if (list.includes(whom) || list.length >= 3) return;
    if (first) list.unshift(whom);
    else list.push(whom);
    map.set(who, list);
  };
  const ready = mentors.filter((m) => m.consent && !m.withdrawn);
  const mentorsFor = (mentee: Mentee) => ready.filter((m) => canMentor(m, mentee));
  const whenJoined = (d: Date | undefined) =>
    d && d.getTime() > groupMeeting.getTime()
      ? earlier(nextSchoolDay(addDays(d, random.int(2, 7))), today)
      : groupMeeting;

  for (const pair of pairs) {
    if (pair.cohort !== 2) continue;
    if (random.chance(0.7)) {
      const others = random.sample(
        mentorsFor(pair.mentee).filter((m) => m.id !== pair.mentor.id),
        random.int(0, 2),
      );
      choose(menteeChoices, pair.mentee.id, pair.mentor.id, random.chance(0.75));
      others.forEach((m) => choose(menteeChoices, pair.mentee.id, m.id));
      dates.set(pair.mentee.id, whenJoined(pair.mentee.joined));
    }
    if (random.chance(0.6)) {
      choose(mentorChoices, pair.mentor.id, pair.mentee.id, random.chance(0.6));
      dates.set(pair.mentor.id, whenJoined(pair.mentor.joined));
    }
  }
  const waiting = mentees.filter((e) => e.status === "кандидат" && e.consent);
  for (const mentee of random.sample(waiting, Math.round(waiting.length * 0.3))) {
    const options = mentorsFor(mentee);
    if (options.length === 0) continue;
    const picked = random.sample(options, random.int(1, 3));
    picked.forEach((m) => choose(menteeChoices, mentee.id, m.id));
    dates.set(mentee.id, whenJoined(mentee.joined));
    // A mutual choice the matching should honour.
    if (random.chance(0.3)) {
      choose(mentorChoices, picked[0].id, mentee.id);
      if (!dates.has(picked[0].id)) dates.set(picked[0].id, whenJoined(picked[0].joined));
    }
  }
  const rows: Array<Row & { date: Date }> = [];
  const push = (id: string, role: string, list: string[]) =>
    rows.push({
      participantId: id,
      role,
      choice1: list[0] ?? "",
      choice2: list[1] ?? "",
      choice3: list[2] ?? "",
      date: dates.get(id) ?? groupMeeting,
    });
  for (const [id, list] of mentorChoices) push(id, ROLE_MENTOR, list);
  for (const [id, list] of menteeChoices) push(id, ROLE_MENTEE, list);
  rows.sort(
    (a, b) => a.date.getTime() - b.date.getTime() || String(a.participantId).localeCompare(String(b.participantId)),
  );
  return rows;
}
