/**
 * A seeded stream of questionnaire answers across the seven forms (interleaved over two months, some sent
 * twice, some invalid) and, computed independently of the add-on, the rows they must end as. The model
 * follows the questionnaires' documented rules, not the implementation:
 * - a registration answer with a personal code updates its owner (consent included); without a code it
 *   updates the one row whose name, category, class and birth date all agree (consent kept), and any other
 *   name match makes a new person plus one «возможный дубликат» per namesake;
 * - the other forms know the respondent by the personal code alone; a meeting's pair is the respondent's own;
 * - surveys replace an answer of the same person in the same wave (entry/exit: the same programme year);
 * - every cell an answer overwrites is one row of «История изменений».
 */
import type { FormKey } from "../../src/domain/questionnaires";
import type { Seed } from "../../fixtures/forms";
import { title } from "../../fixtures/forms";
import { mulberry32 as prng } from "../../fixtures/random";

type Answers = Record<string, string | string[]>;
type Value = string | number | boolean;

export interface Submission {
  form: FormKey;
  answers: Answers;
  timestamp: Date;
  /** The row it lands on in its form's response sheet. */
  responseRow: number;
  valid: boolean;
  /** Applies the answer, given on `day`, to the model (valid answers only). */
  apply?: (m: Model, day: string) => void;
}

export interface Model {
  mentees: Array<Record<string, Value>>;
  mentors: Array<Record<string, Value>>;
  preferences: Map<string, Record<string, Value>>;
  meetings: Map<string, Record<string, Value>>;
  surveys: Map<string, Record<string, Value>>;
  /** «Возможные дубликаты»: the new row's ID and its namesake's. */
  duplicates: Array<{ id: string; similarId: string }>;
  /** Cells overwritten (each a row of «История изменений»). */
  overwritten: number;
  nextMentee: number;
  nextMentor: number;
}

export const PAYLOADS = [
  "=1+1",
  "+7 999 123-45-67",
  "-5",
  "@home",
  '=HYPERLINK("http://evil.example";"нажми")',
  "<img src=x onerror=alert(1)>",
  "<script>alert('x')</script>",
  "Математика 🙂👍🏽 и 👨‍👩‍👧",
  "длинный ответ ".repeat(400).trim(),
];
const TAGS = ["математика", "русский язык", "физика", "информатика", "английский язык", "история", "ОГЭ", "проекты"];
const TYPES = ["знакомство", "пробная", "планирование", "рабочая", "итоговая"];
const COMMENTS = [
  "Было полезно",
  "Разобрали задачи",
  "<img src=x onerror=alert(1)>",
  "=SUM(A1:A9)",
  "👍 отлично",
  "Договорились о плане",
];
const MONTHS = ["сентябрь", "октябрь", "ноябрь", "декабрь"];
/** No «Волны опросов» in the workbook: an answer's wave is its month. */
const waveOf = (day: string) => `${MONTHS[Number(day.slice(5, 7)) - 9]} ${day.slice(0, 4)}`;
export const UNKNOWN_CODE = "ZZZZ-2222";

const pad = (n: number) => String(n).padStart(4, "0");
/** The calendar day in Moscow (the spreadsheet's zone), which is what the response timestamp says. */
export const moscowDay = (d: Date) => new Date(d.getTime() + 3 * 3600 * 1000).toISOString().slice(0, 10);
const blank = (v: unknown) => v === undefined || v === "";

/** Write `columns` over `row`, counting the cells that change (the history the add-on must keep). */
function overwrite(m: Model, row: Record<string, Value>, columns: Record<string, Value>): void {
  for (const [k, v] of Object.entries(columns)) {
    if (!(blank(row[k]) && blank(v)) && row[k] !== v) m.overwritten++;
    row[k] = v;
  }
}

/** A person questionnaire without a code: the register row it updates, or a new row and its namesakes. */
function register(
  m: Model,
  list: Array<Record<string, Value>>,
  columns: Record<string, Value>,
  fresh: () => Record<string, Value>,
): void {
  const namesakes = list.filter((x) => x.name === columns.name);
  const same = namesakes.filter(
    (x) =>
      x.category === columns.category &&
      (blank(x.grade) || blank(columns.grade) || x.grade === columns.grade) &&
      (blank(x.birthDate) || x.birthDate === columns.birthDate),
  );
  if (same.length === 1) {
    const { consent: _unverified, ...rest } = columns;
    overwrite(m, same[0], rest);
    return;
  }
  const row = fresh();
  list.push(row);
  for (const n of namesakes) m.duplicates.push({ id: String(row.id), similarId: String(n.id) });
}

export function workload(seed: Seed, count: number, randomSeed = 7): Submission[] {
  const rand = prng(randomSeed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const some = <T>(xs: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rand() * (max - min + 1));
    const out: T[] = [];
    while (out.length < n) {
      const x = pick(xs);
      if (!out.includes(x)) out.push(x);
    }
    return out;
  };
  const rows: Record<string, number> = {};
  const subs: Submission[] = [];
  // Two months of answers: October and November are two survey waves.
  const start = new Date("2026-10-01T09:00:00+03:00").getTime();
  const step = 80 * 60_000;

  const consentOf = (a: Answers, t: (k: string) => string, teacher: boolean, paper: boolean) => {
    if (teacher) {
      a[t("adult")] = "Да";
      a[t("consentSelf")] = "Да, даю согласие на обработку моих персональных данных";
    } else {
      a[t("adult")] = "Нет";
      a[t("guardianName")] = "Родитель";
      a[t("consentGuardian")] = paper
        ? "Согласие будет передано куратору на бумаге"
        : "Да, я — родитель (законный представитель) и даю согласие";
    }
  };

  const mentee = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const t = (k: string) => title("mentee", k);
    // One in ten: a seeded pupil answers again through her personal link (her guardian may withdraw consent,
    // so she leaves the preference lists: mentors choose among the first three only).
    if (rand() < 0.1) {
      const self = pick(seed.mentees.slice(3));
      const paper = rand() < 0.3;
      const requests = some(TAGS, 1, 2);
      const a: Answers = {
        [t("code")]: self.code,
        [t("name")]: self.name,
        [t("category")]: self.category,
        [t("grade")]: self.grade,
        [t("birthDate")]: `${2026 - self.age}-03-15`,
        [t("requests")]: requests,
      };
      consentOf(a, t, false, paper);
      const r = rand();
      // Someone else's code with their own name, and a code nobody was given: refused whole.
      if (r < 0.1) return { form: "mentee", answers: { ...a, [t("name")]: "Чужая Ольга" }, valid: false };
      if (r < 0.15) return { form: "mentee", answers: { ...a, [t("code")]: UNKNOWN_CODE }, valid: false };
      const columns: Record<string, Value> = {
        name: self.name,
        category: self.category,
        grade: self.grade,
        birthDate: `${2026 - self.age}-03-15`,
        requests: requests.join("; "),
        consent: !paper,
      };
      return {
        form: "mentee",
        answers: a,
        valid: true,
        apply: (m) => overwrite(m, m.mentees.find((x) => x.id === self.id) as Record<string, Value>, columns),
      };
    }
    const i = Math.floor(rand() * 60);
    const teacher = i % 4 === 0;
    const name =
      i === 59 ? '=HYPERLINK("http://evil.example";"x")' : i === 58 ? "<b>Жирнова</b> Ирина" : `Новикова Ольга ${i}`;
    const paper = !teacher && i % 7 === 1;
    const requests = some(TAGS, 1, 2);
    const subject = rand() < 0.3 ? pick(PAYLOADS) : undefined;
    // One in twenty: a namesake in the parallel class («В» instead of «Б»).
    const letter = !teacher && rand() < 0.05 ? "В" : "Б";
    const age = teacher ? 24 + (i % 10) : 11 + (i % 6);
    const birthDate = `${2026 - age}-03-15`;
    const a: Answers = {
      [t("name")]: name,
      [t("category")]: teacher ? "педагог" : "обучающийся",
      [t("requests")]: requests,
      [t("birthDate")]: birthDate,
    };
    if (teacher) a[t("experience")] = String(i % 3);
    else a[t("grade")] = `${5 + (i % 6)}${letter}`;
    if (subject) a[t("subject")] = subject;
    consentOf(a, t, teacher, paper);
    const r = rand();
    if (r < 0.05) return { form: "mentee", answers: { ...a, [t("birthDate")]: "2026-09-01" }, valid: false };
    if (r < 0.08) return { form: "mentee", answers: { ...a, [t("name")]: "   " }, valid: false };
    if (r < 0.09) return { form: "mentee", answers: { ...a, [t("subject")]: "я".repeat(60000) }, valid: false };
    const columns: Record<string, Value> = {
      name,
      category: teacher ? "педагог" : "обучающийся",
      birthDate,
      requests: requests.join("; "),
      consent: !paper,
    };
    if (teacher) columns.experience = i % 3;
    else columns.grade = `${5 + (i % 6)}${letter}`;
    if (subject) columns.subject = subject;
    return {
      form: "mentee",
      answers: a,
      valid: true,
      apply: (m, day) =>
        register(m, m.mentees, columns, () => ({
          id: `НЯ-${pad(m.nextMentee++)}`,
          code: "@code",
          ...columns,
          status: "кандидат",
          questionnaireDate: day,
          source: "анкета",
        })),
    };
  };

  const mentor = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const j = Math.floor(rand() * 40);
    const t = (k: string) => title("mentor", k);
    const student = j % 3 === 0;
    const name = `Учителев Павел ${j}`;
    const competencies = some(TAGS, 1, 2);
    const forms = student
      ? ["студент – ученик"]
      : rand() < 0.3
        ? ["учитель – учитель", "ученик – ученик"]
        : ["учитель – учитель"];
    const capacity = 1 + (j % 3);
    const birthDate = `${2026 - (student ? 19 + (j % 3) : 30 + (j % 25))}-02-10`;
    const a: Answers = {
      [t("name")]: name,
      [t("category")]: student ? "студент" : "педагог",
      [t("birthDate")]: birthDate,
      [t("competencies")]: competencies,
      [t("forms")]: forms,
      [t("capacity")]: String(capacity),
      [t("contacts")]: `uchitelev${j}@school.example`,
      [t("adult")]: "Да",
      [t("consentSelf")]: "Да, даю согласие на обработку моих персональных данных",
    };
    if (student) a[t("organisation")] = "Колледж № 1";
    else a[t("experience")] = String(5 + (j % 20));
    if (rand() < 0.07) return { form: "mentor", answers: { ...a, [t("experience")]: "давно" }, valid: false };
    const columns: Record<string, Value> = {
      name,
      category: student ? "студент" : "педагог",
      birthDate,
      competencies: competencies.join("; "),
      forms: forms.join("; "),
      capacity,
      contacts: `uchitelev${j}@school.example`,
      consent: true,
    };
    if (student) columns.organisation = "Колледж № 1";
    else columns.experience = 5 + (j % 20);
    return {
      form: "mentor",
      answers: a,
      valid: true,
      apply: (m, day) =>
        register(m, m.mentors, columns, () => ({
          id: `НТ-${pad(m.nextMentor++)}`,
          code: "@code",
          ...columns,
          trained: false,
          status: "кандидат",
          questionnaireDate: day,
          source: "анкета",
        })),
    };
  };

  const preference = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const asMentee = rand() < 0.7;
    const t = (k: string) => title("preference", k);
    const self = asMentee ? pick(seed.mentees) : pick(seed.mentors);
    const others = some(asMentee ? seed.mentors : seed.mentees.slice(0, 3), 1, 3);
    const prefix = asMentee ? "mentee" : "mentor";
    // In pseudonymous mode (the default) the lists show codes only.
    const a: Answers = { [t("role")]: asMentee ? "Наставляемый" : "Наставник", [t("code")]: self.code };
    others.forEach((o, i) => (a[t(`${prefix}Choice${i + 1}`)] = o.id));
    const r = rand();
    if (r < 0.08 && others.length >= 2)
      return { form: "preference", answers: { ...a, [t(`${prefix}Choice2`)]: others[0].id }, valid: false };
    if (r < 0.12) return { form: "preference", answers: { ...a, [t("code")]: UNKNOWN_CODE }, valid: false };
    const row = {
      participantId: self.id,
      role: asMentee ? "наставляемый" : "наставник",
      choice1: others[0]?.id ?? "",
      choice2: others[1]?.id ?? "",
      choice3: others[2]?.id ?? "",
    };
    return {
      form: "preference",
      answers: a,
      valid: true,
      apply: (m, day) => {
        const old = m.preferences.get(self.id);
        if (old) overwrite(m, old, { ...row, date: day });
        else m.preferences.set(self.id, { ...row, date: day });
      },
    };
  };

  const meeting = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const t = (k: string) => title("meeting", k);
    const pair = pick(seed.pairs);
    const asMentee = rand() < 0.5;
    const code = (asMentee ? seed.mentees : seed.mentors).find(
      (p) => p.id === (asMentee ? pair.menteeId : pair.mentorId),
    )!.code;
    const future = rand() < 0.07;
    const date = future ? `2027-01-0${1 + Math.floor(rand() * 6)}` : `2026-09-0${1 + Math.floor(rand() * 6)}`;
    const type = pick(TYPES);
    const rating = 1 + Math.floor(rand() * 10);
    const comment = rand() < 0.4 ? pick(COMMENTS) : undefined;
    const a: Answers = {
      [t("code")]: code,
      [t("date")]: date,
      [t("type")]: type,
      [t("rating")]: String(rating),
    };
    // Everyone seeded has one pair: naming it is optional, naming someone else's is refused.
    const r = rand();
    if (r < 0.3) a[t("pair")] = pair.pairId;
    if (comment) a[t("comment")] = comment;
    if (future) return { form: "meeting", answers: a, valid: false };
    const foreign = seed.pairs.find((p) => p.pairId !== pair.pairId);
    if (r > 0.95 && foreign) return { form: "meeting", answers: { ...a, [t("pair")]: foreign.pairId }, valid: false };
    return {
      form: "meeting",
      answers: a,
      valid: true,
      apply: (m) => {
        const key = `${pair.pairId}|${date}|${type}`;
        const row = m.meetings.get(key);
        const rated = asMentee ? "menteeRating" : "mentorRating";
        const text = comment ? `${asMentee ? "Наставляемый" : "Наставник"}: ${comment}` : undefined;
        if (!row) {
          const fresh: Record<string, Value> = {
            pairId: pair.pairId,
            date,
            type,
            menteeRating: "",
            mentorRating: "",
            comment: "",
          };
          fresh[rated] = rating;
          if (text) fresh.comment = text;
          m.meetings.set(key, fresh);
          return;
        }
        const cells: Record<string, Value> = { [rated]: rating };
        const old = String(row.comment);
        if (text) cells.comment = old === "" ? text : old.split("\n").includes(text) ? old : `${old}\n${text}`;
        overwrite(m, row, cells);
      },
    };
  };

  const participant = (form: "satisfaction" | "evaluation") => {
    const t = (k: string) => title(form, k);
    const asMentor = rand() < 0.4;
    const self = asMentor ? pick(seed.mentors) : pick(seed.mentees);
    const unknown = rand() < 0.08;
    const a: Answers = { [t("code")]: unknown ? UNKNOWN_CODE : self.code };
    return { t, a, self, valid: !unknown, roleValue: asMentor ? "наставник" : "наставляемый" };
  };

  /** A survey row replaces the one with the same key whole (blank items blank). */
  const survey = (m: Model, key: string, row: Record<string, Value>) => {
    const old = m.surveys.get(key);
    if (old) overwrite(m, old, row);
    else m.surveys.set(key, row);
  };

  const satisfaction = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const { t, a, self, valid, roleValue } = participant("satisfaction");
    const row: Record<string, Value> = {
      participantId: self.id,
      role: roleValue,
      questionnaire: "удовлетворённость",
      stage: "",
    };
    for (const k of [
      "satComfort",
      "satUsefulness",
      "satMeetings",
      "satGroupEvents",
      "satSupport",
      "satPlan",
      "satExpectations",
    ]) {
      const v = 1 + Math.floor(rand() * 10);
      a[t(k)] = String(v);
      row[k] = v;
    }
    const overall = 1 + Math.floor(rand() * 10);
    a[t("overall")] = String(overall);
    row.total = overall;
    for (const [item, column] of [
      ["valuable", "strengths"],
      ["lacking", "weaknesses"],
      ["suggestions", "opportunities"],
      ["obstacles", "threats"],
    ]) {
      const text = rand() < 0.3 ? pick([...COMMENTS, ...PAYLOADS]) : undefined;
      if (text) a[t(item)] = text;
      row[column] = text ?? "";
    }
    const cont = rand();
    if (cont < 0.4) a[t("continue")] = "Да";
    else if (cont < 0.7) a[t("continue")] = "Нет";
    row.wantsToContinue = cont < 0.4 ? true : cont < 0.7 ? false : "";
    return {
      form: "satisfaction",
      answers: a,
      valid,
      apply: (m, day) =>
        survey(m, `${self.id}|удовлетворённость||${waveOf(day)}`, {
          ...row,
          wave: waveOf(day),
          academicYear: "2026-2027",
          date: day,
        }),
    };
  };

  const evaluation = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const { t, a, self, valid, roleValue } = participant("evaluation");
    const stage = rand() < 0.5 ? "вход" : "выход";
    a[t("stage")] = stage;
    const row: Record<string, Value> = {
      participantId: self.id,
      role: roleValue,
      questionnaire: "оценка вход/выход",
      stage,
    };
    for (const k of ["engagement", "activity", "selfEsteem", "anxiety", "performance", "motivation"]) {
      const v = 1 + Math.floor(rand() * 10);
      a[t(k)] = String(v);
      row[k] = v;
    }
    return {
      form: "evaluation",
      answers: a,
      valid,
      // Entry and exit are keyed by programme year: a November answer replaces October's.
      apply: (m, day) =>
        survey(m, `${self.id}|оценка вход/выход|${stage}|2026-2027`, {
          ...row,
          wave: waveOf(day),
          academicYear: "2026-2027",
          date: day,
        }),
    };
  };

  const curator = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const t = (k: string) => title("curator", k);
    const a: Answers = {};
    const row: Record<string, Value> = {
      participantId: "куратор",
      role: "куратор",
      questionnaire: "анкета куратора",
      stage: "",
    };
    for (const k of ["condDocuments", "condBases", "condTraining", "condResources", "condMonitoring"]) {
      const v = 1 + Math.floor(rand() * 10);
      a[t(k)] = String(v);
      row[k] = v;
    }
    for (const k of ["strengths", "weaknesses", "opportunities", "threats"]) {
      const text = pick([...COMMENTS, ...PAYLOADS]);
      a[t(k)] = text;
      row[k] = text;
    }
    if (rand() < 0.15) return { form: "curator", answers: { ...a, [t("threats")]: "  " }, valid: false };
    return {
      form: "curator",
      answers: a,
      valid: true,
      apply: (m, day) =>
        survey(m, `куратор|анкета куратора||${waveOf(day)}`, {
          ...row,
          wave: waveOf(day),
          academicYear: "2026-2027",
          date: day,
        }),
    };
  };

  const makers: Array<[number, () => Omit<Submission, "timestamp" | "responseRow">]> = [
    [0.2, mentee],
    [0.15, mentor],
    [0.15, preference],
    [0.2, meeting],
    [0.1, satisfaction],
    [0.15, evaluation],
    [0.05, curator],
  ];
  for (let n = 0; n < count; n++) {
    let made: Omit<Submission, "timestamp" | "responseRow">;
    if (subs.length > 10 && rand() < 0.1) {
      // Sent twice: the same answers again, later (perhaps in the next wave).
      const again = pick(subs);
      made = { form: again.form, answers: again.answers, valid: again.valid, apply: again.apply };
    } else {
      let r = rand();
      made = makers[makers.length - 1][1]();
      for (const [share, make] of makers) {
        if ((r -= share) < 0) {
          made = make();
          break;
        }
      }
    }
    rows[made.form] = (rows[made.form] ?? 1) + 1;
    subs.push({ ...made, timestamp: new Date(start + n * step), responseRow: rows[made.form] });
  }
  return subs;
}

/** The rows the registers must hold after the stream: seeded rows first, then new people in order. */
export function expected(seed: Seed, subs: readonly Submission[]): Model {
  const m: Model = {
    mentees: seed.mentees.map((e) => ({
      id: e.id,
      code: e.code,
      name: e.name,
      category: e.category,
      grade: e.grade,
      age: e.age,
      requests: "математика",
      form: "ученик – ученик",
      consent: true,
      status: "активен",
      joined: "2026-09-01",
      source: "вручную",
    })),
    mentors: seed.mentors.map((e) => ({
      id: e.id,
      code: e.code,
      name: e.name,
      category: e.category,
      age: e.age,
      experience: 10,
      subject: "математика",
      competencies: "методика",
      forms: "учитель – учитель",
      capacity: 2,
      trained: true,
      consent: true,
      status: "активен",
      joined: "2026-09-01",
      source: "вручную",
    })),
    preferences: new Map(),
    meetings: new Map(),
    surveys: new Map(),
    duplicates: [],
    overwritten: 0,
    nextMentee: seed.mentees.length + 1,
    nextMentor: seed.mentors.length + 1,
  };
  for (const s of subs) if (s.valid && s.apply) s.apply(m, moscowDay(s.timestamp));
  return m;
}
