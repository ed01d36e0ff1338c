/**
 * The demo school must look like a real school's workbook and obey every rule the add-on checks: these
 * tests hold it to the workbook contract (sheets.ts), the reference lists (defaults.ts) and the rules of
 * domain.md, on several seeds and dates so that no lucky draw hides a break.
 */
import { SURVEY_NAMES } from "../../../src/domain/questionnaires/catalogue";
import { SURNAMES, surnameFor } from "../../../emulator/demo/names";
import {
  DEMO_SIZES,
  generateDemoSchool,
  summariseDemo,
  type DemoOptions,
  type DemoSchool,
} from "../../../emulator/demo";
import { parseGrade, splitTags } from "../../../src/domain/common/normalise";
import {
  DEFAULT_CATEGORIES,
  DEFAULT_FORMS,
  DEFAULT_NEEDS,
  DEFAULT_ROLE_MODELS,
  DEFAULT_TAGS,
  MEETING_TYPES,
  PAIR_STATUSES,
  PARTICIPANT_STATUSES,
  REPEATS,
  SETTINGS,
} from "../../../src/domain/workbook/defaults";
import { SHEETS, type SheetKey } from "../../../src/domain/workbook/sheets";

type Row = Record<string, unknown>;

const DAY = 86_400_000;
/** The demo's rows carry days as «YYYY-MM-DD»; read as local-midnight Dates to compare (any host zone). */
const D = (v: unknown): Date | undefined => {
  if (v instanceof Date) return v;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v ?? ""));
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
};
const isDate = (v: unknown): boolean => D(v) !== undefined;
const byId = (rows: Row[], key = "id") => new Map(rows.map((r) => [String(r[key]), r]));
const todayOf = (options: DemoOptions) => {
  const [y, m, d] = (options.today ?? "2026-11-21").split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

const cases: Array<[string, DemoOptions]> = [
  ["the default school", {}],
  ["a small school, seed 7", { size: "small", seed: 7 }],
  ["a normal school, seed 42, in March", { seed: 42, today: "2027-03-10" }],
  ["a normal school, seed 3, in late September", { seed: 3, today: "2026-09-28" }],
];

describe.each(cases)("%s", (_label, options) => {
  let school: DemoSchool;
  const today = todayOf(options);
  beforeAll(() => {
    school = generateDemoSchool(options);
  });

  test("every row carries every column key of its sheet", () => {
    const sheets: SheetKey[] = ["roadmap", "mentors", "mentees", "preferences", "pairs", "meetings", "surveys"];
    for (const sheet of sheets) {
      const rows = school[sheet as keyof DemoSchool] as Row[];
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        // Live per-row formulas (except the typed age of the demo's people) are the sheet's, not the demo's.
        for (const column of SHEETS[sheet].columns.filter((c) => !c.formula || c.formula === "age")) {
          expect({ sheet, column: column.key, has: column.key in row }).toEqual({
            sheet,
            column: column.key,
            has: true,
          });
          const value = row[column.key];
          if (column.required) expect(value === "" || value === undefined || value === null).toBe(false);
          if (column.type === "date") expect(/^\d{4}-\d{2}-\d{2}$/.test(String(value)) || value === "").toBe(true);
          if (column.type === "int" && value !== "")
            expect(Number.isInteger(value) && (value as number) >= 0).toBe(true);
          if (column.type === "bool") expect(typeof value).toBe("boolean");
        }
      }
    }
    for (const row of school.contingent) {
      expect(typeof row.code).toBe("string");
      expect(row.name).not.toBe("");
    }
    expect(Object.keys(school.settings).sort()).toEqual(
      SETTINGS.filter((s) => !s.computed)
        .map((s) => s.key)
        .sort(),
    );
  });

  test("no date lies in the future of the demo's today", () => {
    const sheets: Array<keyof DemoSchool> = [
      "roadmap",
      "mentors",
      "mentees",
      "preferences",
      "pairs",
      "meetings",
      "surveys",
    ];
    for (const sheet of sheets) {
      for (const row of school[sheet] as Row[]) {
        for (const value of Object.values(row))
          if (isDate(value)) expect(D(value)!.getTime()).toBeLessThanOrEqual(today.getTime());
      }
    }
  });

  test("IDs follow НТ-/НЯ-/П- with four digits and are unique", () => {
    const check = (rows: Row[], key: string, pattern: RegExp) => {
      const ids = rows.map((r) => String(r[key]));
      ids.forEach((id) => expect(id).toMatch(pattern));
      expect(new Set(ids).size).toBe(ids.length);
    };
    check(school.mentors, "id", /^НТ-\d{4}$/);
    check(school.mentees, "id", /^НЯ-\d{4}$/);
    check(school.pairs, "pairId", /^П-\d{4}$/);
    check(school.preferences, "participantId", /^(НТ|НЯ)-\d{4}$/);
    const names = [...school.mentors, ...school.mentees].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test("every list value is in the default reference lists", () => {
    const forms: readonly string[] = DEFAULT_FORMS;
    const tags: readonly string[] = DEFAULT_TAGS;
    for (const m of school.mentors) {
      expect(DEFAULT_CATEGORIES).toContain(m.category);
      expect(PARTICIPANT_STATUSES).toContain(m.status);
      splitTags(m.forms).forEach((f) => expect(forms).toContain(f));
      splitTags(m.competencies).forEach((t) => expect(tags).toContain(t));
      expect(splitTags(m.competencies).length).toBeGreaterThan(0);
      expect(m.capacity).toBeGreaterThanOrEqual(1);
      expect(m.capacity).toBeLessThanOrEqual(4);
      expect(m.source).toBe("демо");
    }
    for (const e of school.mentees) {
      expect(DEFAULT_CATEGORIES).toContain(e.category);
      expect(PARTICIPANT_STATUSES).toContain(e.status);
      expect(forms).toContain(e.form);
      splitTags(e.requests).forEach((t) => expect(tags).toContain(t));
      splitTags(e.needs).forEach((n) => expect(DEFAULT_NEEDS as readonly string[]).toContain(n));
    }
    for (const p of school.pairs) {
      expect(["утверждена", "активна", "завершена"]).toContain(p.status);
      expect(PAIR_STATUSES).toContain(p.status);
      expect(DEFAULT_ROLE_MODELS.map(({ form, model }) => ({ form, model }))).toContainEqual({
        form: p.form,
        model: p.roleModel,
      });
    }
    school.meetings.forEach((m) => expect(MEETING_TYPES).toContain(m.type));
    school.roadmap.forEach((r) =>
      expect(r.repeat === "" || (REPEATS as readonly string[]).includes(String(r.repeat))).toBe(true),
    );
  });

  test("ages, grades and experience agree", () => {
    for (const p of [...school.mentors, ...school.mentees]) {
      if (p.category === "обучающийся") {
        const grade = parseGrade(p.grade);
        expect(grade).toBeDefined();
        expect([6, 7]).toContain((p.age as number) - (grade as number));
        expect(p.experience).toBe("");
      }
      if (p.category === "педагог") {
        expect(p.grade).toBe("");
        expect(p.age as number).toBeGreaterThanOrEqual(21 + (p.experience as number));
        expect(p.subject).not.toBe("");
      }
    }
    const pupilMentorGrades = school.mentors
      .filter((m) => m.category === "обучающийся")
      .map((m) => parseGrade(m.grade) as number);
    expect(Math.min(...pupilMentorGrades)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...pupilMentorGrades)).toBeLessThanOrEqual(11);
    const pupilMenteeGrades = school.mentees
      .filter((m) => m.category === "обучающийся")
      .map((m) => parseGrade(m.grade) as number);
    expect(Math.min(...pupilMenteeGrades)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...pupilMenteeGrades)).toBeLessThanOrEqual(9);
    const teacherMentorExperience = school.mentors
      .filter((m) => m.category === "педагог")
      .map((m) => m.experience as number);
    expect(Math.min(...teacherMentorExperience)).toBeGreaterThanOrEqual(2);
    expect(Math.max(...teacherMentorExperience)).toBeLessThanOrEqual(35);
    // Young specialists are there for «учитель – учитель».
    expect(
      school.mentees.some(
        (m) => m.category === "педагог" && (m.experience as number) <= 3 && m.form === "учитель – учитель",
      ),
    ).toBe(true);
    // Names are «Фамилия Имя Отчество» with the patronymic agreeing with the surname's gender.
    for (const p of [...school.mentors, ...school.mentees]) {
      const [surname, , patronymic] = String(p.name).split(" ");
      expect(String(p.name).split(" ")).toHaveLength(3);
      const feminine = /(вна|чна|ична)$/.test(patronymic);
      expect(/(ич)$/.test(patronymic) || feminine).toBe(true);
      if (/(ов|ев|ёв|ин|ын)$/.test(surname)) expect(feminine).toBe(false);
      if (/(ова|ева|ёва|ина|ына)$/.test(surname)) expect(feminine).toBe(true);
    }
  });

  test("every pair obeys the hard rules and agrees with its people", () => {
    const mentors = byId(school.mentors);
    const mentees = byId(school.mentees);
    const minExperience = Number(school.settings.minMentorExperience);
    const load = new Map<string, number>();
    const menteesSeen = new Set<string>();
    for (const p of school.pairs) {
      const mentor = mentors.get(String(p.mentorId));
      const mentee = mentees.get(String(p.menteeId));
      expect(mentor).toBeDefined();
      expect(mentee).toBeDefined();
      if (!mentor || !mentee) continue;
      expect(p.mentorName).toBe(mentor.name);
      expect(p.menteeName).toBe(mentee.name);
      expect(p.form).toBe(mentee.form);
      expect(splitTags(mentor.forms)).toContain(p.form);
      expect(mentor.consent && mentee.consent && mentor.trained).toBe(true);
      if (p.form === "ученик – ученик")
        expect(parseGrade(mentor.grade) as number).toBeGreaterThan(parseGrade(mentee.grade) as number);
      else if (p.form === "учитель – учитель") {
        expect(mentor.experience as number).toBeGreaterThanOrEqual(minExperience);
        expect(mentor.experience as number).toBeGreaterThan(mentee.experience as number);
      } else expect(mentor.age as number).toBeGreaterThan(mentee.age as number);

      expect(menteesSeen.has(mentee.id as string)).toBe(false);
      menteesSeen.add(mentee.id as string);
      if (p.status === "завершена") {
        expect(mentee.status).toBe("завершил");
        expect(isDate(p.start) && isDate(p.end) && isDate(mentee.ended)).toBe(true);
        expect(D(p.end)!.getTime()).toBeGreaterThan(D(p.start)!.getTime());
      } else {
        expect(mentee.status).toBe("активен");
        expect(mentor.status).toBe("активен");
        load.set(mentor.id as string, (load.get(mentor.id as string) ?? 0) + 1);
        expect(load.get(mentor.id as string)).toBeLessThanOrEqual(mentor.capacity as number);
      }
      if (p.status === "утверждена") expect(p.start).toBe("");
      if (isDate(p.start)) {
        expect(D(mentee.joined)!.getTime()).toBeLessThanOrEqual(D(p.start)!.getTime());
        expect(D(mentor.joined)!.getTime()).toBeLessThanOrEqual(D(p.start)!.getTime());
      }
      expect(String(p.order)).toMatch(/^Приказ № \d+-од от \d{2}\.\d{2}\.\d{4}$/);
    }
    // Nobody outside a pair is marked as working in one; the withdrawn and those without consent are not paired.
    const inPairs = new Set(school.pairs.map((p) => p.menteeId));
    for (const e of school.mentees) {
      if (!inPairs.has(e.id)) expect(["кандидат", "выбыл"]).toContain(e.status);
      if (e.status === "выбыл") expect(isDate(e.ended)).toBe(true);
    }
    expect(school.mentees.some((e) => e.consent === false)).toBe(true);
    expect(school.mentors.some((m) => m.consent === false) || school.mentors.length < 30).toBe(true);
    expect(school.pairs.some((p) => p.locked === true)).toBe(true);
  });

  test("the contingent adds up and covers the participants", () => {
    const rows = new Map(school.contingent.map((r) => [r.code, r]));
    const fact = (code: string) => rows.get(code)?.fact as number;
    for (const key of ["fact", "forecast"] as const) {
      for (const row of school.contingent) {
        const value = row[key];
        if (value !== "") expect(Number.isInteger(value) && value >= 0).toBe(true);
        const parentCode = row.code.split(".").slice(0, -1).join(".");
        const parent = rows.get(parentCode);
        if (row.group === "из них" && parent && value !== "") expect(value).toBeLessThanOrEqual(parent[key] as number);
      }
      for (const parent of school.contingent) {
        const children = school.contingent.filter(
          (r) => r.group === "в том числе" && r.code.split(".").slice(0, -1).join(".") === parent.code,
        );
        if (children.length > 0) expect(children.reduce((s, r) => s + (r[key] as number), 0)).toBe(parent[key]);
      }
    }
    expect(rows.get("1.4")?.name).toMatch(/от 10 до 18 лет/);
    expect(rows.get("1.4.1")?.name).toMatch(/от 15 до 18 лет/);
    expect(rows.get("2.5")?.name).toMatch(/от 0 до 3 лет/);
    const pupil = (r: Row) => r.category === "обучающийся";
    const aged = (rows: Row[], from: number, to: number) =>
      rows.filter((r) => pupil(r) && (r.age as number) >= from && (r.age as number) <= to).length;
    expect(aged(school.mentees, 10, 18)).toBeLessThanOrEqual(fact("1.4"));
    expect(aged(school.mentors, 15, 18)).toBeLessThanOrEqual(fact("1.4.1"));
    expect(school.mentees.filter(pupil).length + school.mentors.filter(pupil).length).toBeLessThanOrEqual(fact("1"));
    const teachers = [...school.mentors, ...school.mentees].filter((r) => r.category === "педагог");
    expect(teachers.length).toBeLessThanOrEqual(fact("2"));
    expect(teachers.filter((t) => (t.experience as number) <= 3).length).toBeLessThanOrEqual(fact("2.5"));
    // Shares the indicators will show stay plausible (neither empty nor everybody).
    const share = aged(school.mentees, 10, 18) / fact("1.4");
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.7);
  });

  test("indicators carry the catalogue codes with a target for each programme year", () => {
    const [from, to] = String(school.settings.programPeriod).split("-").map(Number);
    const years = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    expect(school.indicators.map((i) => i.code)).toEqual([
      "mentees_10_18",
      "mentors_15_18",
      "young_teachers",
      "mentee_satisfaction",
      "mentor_satisfaction",
      "pupils_coverage",
      "teachers_coverage",
      "enterprises_share",
    ]);
    for (const indicator of school.indicators) {
      expect(Object.keys(indicator.targets)).toEqual(years);
      expect(indicator.unit).toBe("%");
    }
    expect(school.indicators.some((i) => Object.values(i.targets).includes(null))).toBe(true);
  });

  test("meetings follow the pairs' lives", () => {
    const pairs = byId(school.pairs, "pairId");
    const byPair = new Map<string, Row[]>();
    for (const m of school.meetings) {
      const pair = pairs.get(String(m.pairId));
      expect(pair).toBeDefined();
      expect(pair?.status).not.toBe("утверждена");
      const date = D(m.date)!.getTime();
      expect(date).toBeGreaterThanOrEqual(D(pair?.start)!.getTime());
      if (isDate(pair?.end)) expect(date).toBeLessThanOrEqual(D(pair?.end)!.getTime());
      for (const rating of [m.menteeRating, m.mentorRating])
        if (rating !== "") expect(rating).toEqual(expect.any(Number));
      for (const rating of [m.menteeRating, m.mentorRating])
        if (rating !== "") expect(rating as number).toBeGreaterThanOrEqual(1);
      for (const rating of [m.menteeRating, m.mentorRating])
        if (rating !== "") expect(rating as number).toBeLessThanOrEqual(10);
      byPair.set(String(m.pairId), [...(byPair.get(String(m.pairId)) ?? []), m]);
    }
    let quiet = 0;
    let recent = 0;
    let longRunning = 0;
    for (const pair of school.pairs) {
      const meetings = byPair.get(String(pair.pairId)) ?? [];
      if (pair.status === "утверждена") continue;
      expect(meetings[0]?.type).toBe("знакомство");
      if (pair.status === "завершена") expect(meetings[meetings.length - 1].type).toBe("итоговая");
      if (pair.status === "активна") {
        const last = D(meetings[meetings.length - 1].date)!.getTime();
        if (today.getTime() - D(pair.start)!.getTime() > 45 * DAY) longRunning++;
        if (today.getTime() - last > 30 * DAY) quiet++;
        else recent++;
      }
    }
    // Some running pairs have gone quiet for a month (the report flags them), most have not.
    if (longRunning >= 10) expect(quiet).toBeGreaterThan(0);
    expect(recent).toBeGreaterThan(quiet);
  });

  test("surveys and preferences name real participants of the right side", () => {
    const mentors = byId(school.mentors);
    const mentees = byId(school.mentees);
    for (const s of school.surveys) {
      const id = String(s.participantId);
      expect(s.role === "наставник" ? mentors.has(id) : s.role === "наставляемый" && mentees.has(id)).toBe(true);
      expect(Number.isInteger(s.total) && (s.total as number) >= 1 && (s.total as number) <= 10).toBe(true);
      expect(["вход", "выход"]).toContain(s.stage);
    }
    const questionnaires = new Set(school.surveys.map((s) => s.questionnaire));
    // The names the questionnaires feature writes, so the indicator formulas and the report find them.
    expect([...questionnaires].sort()).toEqual([SURVEY_NAMES.satisfaction, SURVEY_NAMES.evaluation].sort());

    const choices = new Map<string, string[]>();
    for (const p of school.preferences) {
      const id = String(p.participantId);
      const mine = [p.choice1, p.choice2, p.choice3].filter((c) => c !== "").map(String);
      expect(mine.length).toBeGreaterThan(0);
      expect(new Set(mine).size).toBe(mine.length);
      if (p.role === "наставник") {
        expect(mentors.has(id)).toBe(true);
        mine.forEach((c) => expect(mentees.has(c)).toBe(true));
      } else {
        expect(p.role).toBe("наставляемый");
        expect(mentees.has(id)).toBe(true);
        mine.forEach((c) => expect(mentors.has(c)).toBe(true));
        mine.forEach((c) => expect(splitTags(mentors.get(c)?.forms)).toContain(mentees.get(id)?.form));
      }
      choices.set(id, mine);
    }
    const mutual = [...choices].filter(
      ([id, mine]) => id.startsWith("НЯ") && mine.some((c) => choices.get(c)?.includes(id)),
    );
    expect(mutual.length).toBeGreaterThan(0);
  });

  test("the roadmap covers the seven stages with real deadline texts", () => {
    expect(school.roadmap.length).toBeGreaterThanOrEqual(25);
    expect(school.roadmap.length).toBeLessThanOrEqual(40);
    const sections = new Set(school.roadmap.map((r) => String(r.section).split(".")[0]));
    expect([...sections]).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    const texts = school.roadmap.map((r) => String(r.deadlineText));
    for (const wanted of ["ежеквартально", "в течение учебного года", "по отдельному графику"])
      expect(texts).toContain(wanted);
    expect(texts.some((t) => /^до \d{2}\.\d{2}\.\d{4}$/.test(t))).toBe(true);
    expect(texts.some((t) => /^Февраль-май \d{4}$/.test(t))).toBe(true);
    school.roadmap.forEach((r) => expect(String(r.number)).toMatch(/^[1-7]\.\d+$/));
  });
});

describe("the default school", () => {
  const school = generateDemoSchool();

  test("is МБОУ «СОШ № 3» on 21 November 2026, school year 2026-2027 of a 2024-2027 programme", () => {
    expect(school.settings).toMatchObject({
      organisation: "МБОУ «СОШ № 3» г. Новоозёрска",
      academicYear: "2026-2027",
      programPeriod: "2024-2027",
      reportDate: "2026-11-21",
      satisfactionThreshold: 7,
      minMentorExperience: 5,
    });
  });

  test("has the counts the brief asks for", () => {
    const summary = summariseDemo(school);
    expect(summary.mentors).toBe(70);
    expect(summary.mentees).toBe(220);
    expect(summary.pairs).toBeGreaterThanOrEqual(55);
    expect(summary.pairs).toBeLessThanOrEqual(60);
    expect(Object.keys(summary.pairsByStatus).sort()).toEqual(["активна", "завершена", "утверждена"]);
    expect(summary.roadmap).toBeGreaterThanOrEqual(28);
    const categories = new Set(school.mentors.map((m) => m.category));
    expect([...categories].sort()).toEqual(["обучающийся", "педагог", "представитель работодателя", "студент"]);
    expect(school.mentees.some((m) => m.status === "выбыл")).toBe(true);
  });

  test("shows past roadmap items done, one overdue, and later ones open", () => {
    const today = Date.UTC(2026, 10, 21);
    const done = school.roadmap.filter((r) => isDate(r.doneDate));
    expect(done.length).toBeGreaterThan(5);
    done.forEach((r) => expect(D(r.doneDate)!.getTime()).toBeLessThanOrEqual(today));
    const consents = school.roadmap.find((r) => String(r.title).startsWith("Сбор согласий законных представителей"));
    expect(consents).toMatchObject({ deadlineText: "до 15.10.2026", doneDate: "" });
    expect(school.roadmap.find((r) => String(r.title).startsWith("Торжественное мероприятие"))).toMatchObject({
      deadlineText: "Июнь 2027",
      doneDate: "",
    });
  });
});

describe("determinism and sizes", () => {
  test("the same seed gives the same school, another seed another", () => {
    const a = generateDemoSchool({ seed: 11 });
    expect(generateDemoSchool({ seed: 11 })).toEqual(a);
    const b = generateDemoSchool({ seed: 12 });
    expect(b.mentors.map((m) => m.name)).not.toEqual(a.mentors.map((m) => m.name));
    expect(b.pairs).not.toEqual(a.pairs);
  });

  test("sizes give the register sizes of DEMO_SIZES", () => {
    for (const size of ["small", "normal", "large"] as const) {
      const spec = DEMO_SIZES[size];
      const school = generateDemoSchool({ size });
      const s = summariseDemo(school);
      expect(s.mentors).toBe(
        spec.mentors.pupils + spec.mentors.teachers + spec.mentors.students + spec.mentors.employers,
      );
      expect(s.mentees).toBe(spec.mentees.pupils + spec.mentees.teachers);
      expect(s.pairs).toBeGreaterThanOrEqual(Math.round(spec.pairs * 0.9));
      expect(s.pairs).toBeLessThanOrEqual(spec.pairs);
    }
    expect(summariseDemo(generateDemoSchool({ size: "large" }))).toMatchObject({ mentees: 2000, mentors: 500 });
  });

  test("a bad date or size is refused", () => {
    expect(() => generateDemoSchool({ today: "21.11.2026" })).toThrow(/YYYY-MM-DD/);
    expect(() => generateDemoSchool({ today: "2026-02-30" })).toThrow(/real date/);
    expect(() => generateDemoSchool({ size: "huge" as never })).toThrow(/size/);
  });
});

test("names agree in gender: a -вич patronymic with a masculine surname, a -вна one with its feminine form", () => {
  const school = generateDemoSchool({ seed: 3, size: "large" });
  const people = [...school.mentors, ...school.mentees].map((p) => String(p.name).split(" "));
  expect(people.length).toBe(2500);
  for (const [surname, , patronymic] of people) {
    if (patronymic.endsWith("вич")) expect(SURNAMES).toContain(surname);
    else {
      expect(patronymic).toMatch(/вна$/);
      expect(SURNAMES).toContain(surname.slice(0, -1));
      expect(surnameFor(surname.slice(0, -1), "female")).toBe(surname);
    }
  }
  // Variety: a large school draws on most of the list.
  expect(new Set(people.map(([surname]) => surname.replace(/а$/, ""))).size).toBeGreaterThan(SURNAMES.length * 0.8);
});
