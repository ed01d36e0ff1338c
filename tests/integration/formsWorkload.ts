/**
 * A seeded stream of questionnaire answers across the seven forms (interleaved, some sent twice, some
 * invalid) and, computed independently of the add-on, the rows they must end as. The model follows the
 * questionnaires' documented rules (identity, what an update keeps, how meeting comments add up), not
 * the implementation.
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
  /** Applies the answer to the model (valid answers only). */
  apply?: (m: Model) => void;
}

export interface Model {
  mentees: Array<Record<string, Value>>;
  mentors: Array<Record<string, Value>>;
  preferences: Map<string, Record<string, Value>>;
  meetings: Map<string, Record<string, Value>>;
  surveys: Map<string, Record<string, Value>>;
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

const pad = (n: number) => String(n).padStart(4, "0");
/** The calendar day in Moscow (the spreadsheet's zone), which is what the response timestamp says. */
export const moscowDay = (d: Date) => new Date(d.getTime() + 3 * 3600 * 1000).toISOString().slice(0, 10);

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
  const label = (p: { id: string; name: string }) => `${p.id} — ${p.name}`;
  const pairLabel = (p: Seed["pairs"][number]) => `${p.pairId} — ${p.mentorName} / ${p.menteeName}`;
  const rows: Record<string, number> = {};
  const subs: Submission[] = [];
  const start = new Date("2026-10-01T09:00:00+03:00").getTime();

  const mentee = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const i = Math.floor(rand() * 60);
    const t = (k: string) => title("mentee", k);
    const teacher = i % 4 === 0;
    const name =
      i === 59 ? '=HYPERLINK("http://evil.example";"x")' : i === 58 ? "<b>Жирнова</b> Ирина" : `Новикова Ольга ${i}`;
    const paper = !teacher && i % 7 === 1;
    const requests = some(TAGS, 1, 2);
    const subject = rand() < 0.3 ? pick(PAYLOADS) : undefined;
    const a: Answers = {
      [t("name")]: name,
      [t("category")]: teacher ? "педагог" : "обучающийся",
      [t("requests")]: requests,
    };
    const age = teacher ? 24 + (i % 10) : 11 + (i % 6);
    a[t("age")] = String(age);
    if (teacher) a[t("experience")] = String(i % 3);
    else a[t("grade")] = `${5 + (i % 6)}Б`;
    if (subject) a[t("subject")] = subject;
    if (teacher) {
      a[t("adult")] = "Да";
      a[t("consentSelf")] = "Да, даю согласие на обработку моих персональных данных";
    } else {
      a[t("adult")] = "Нет";
      a[t("guardianName")] = `Родитель ${i}`;
      a[t("consentGuardian")] = paper
        ? "Согласие будет передано куратору на бумаге"
        : "Да, я — родитель (законный представитель) и даю согласие";
    }
    const r = rand();
    if (r < 0.05) return { form: "mentee", answers: { ...a, [t("age")]: "много лет" }, valid: false };
    if (r < 0.08) return { form: "mentee", answers: { ...a, [t("name")]: "   " }, valid: false };
    if (r < 0.09) return { form: "mentee", answers: { ...a, [t("subject")]: "я".repeat(60000) }, valid: false };
    const columns: Record<string, Value> = {
      name,
      category: teacher ? "педагог" : "обучающийся",
      age,
      requests: requests.join("; "),
      consent: !paper,
    };
    if (teacher) columns.experience = i % 3;
    else columns.grade = `${5 + (i % 6)}Б`;
    if (subject) columns.subject = subject;
    return {
      form: "mentee",
      answers: a,
      valid: true,
      apply: (m) => {
        const existing = m.mentees.find((x) => x.name === name);
        if (existing) Object.assign(existing, columns);
        else
          m.mentees.push({
            id: `НЯ-${pad(m.nextMentee++)}`,
            ...columns,
            status: "кандидат",
            joined: "@day",
            source: "анкета",
          });
      },
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
    const age = student ? 19 + (j % 3) : 30 + (j % 25);
    const a: Answers = {
      [t("name")]: name,
      [t("category")]: student ? "студент" : "педагог",
      [t("age")]: String(age),
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
      age,
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
      apply: (m) => {
        const existing = m.mentors.find((x) => x.name === name);
        if (existing) Object.assign(existing, columns);
        else
          m.mentors.push({
            id: `НТ-${pad(m.nextMentor++)}`,
            ...columns,
            trained: false,
            status: "кандидат",
            joined: "@day",
            source: "анкета",
          });
      },
    };
  };

  const preference = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const asMentee = rand() < 0.7;
    const t = (k: string) => title("preference", k);
    const self = asMentee ? pick(seed.mentees) : pick(seed.mentors);
    const others = some(asMentee ? seed.mentors : seed.mentees, 1, 3);
    const prefix = asMentee ? "mentee" : "mentor";
    const a: Answers = {
      [t("role")]: asMentee ? "Наставляемый" : "Наставник",
      [t(asMentee ? "selfMentee" : "selfMentor")]: label(self),
    };
    others.forEach((o, i) => (a[t(`${prefix}Choice${i + 1}`)] = label(o)));
    if (rand() < 0.08 && others.length >= 2)
      return { form: "preference", answers: { ...a, [t(`${prefix}Choice2`)]: label(others[0]) }, valid: false };
    return {
      form: "preference",
      answers: a,
      valid: true,
      apply: (m) =>
        m.preferences.set(self.id, {
          participantId: self.id,
          role: asMentee ? "наставляемый" : "наставник",
          choice1: others[0]?.id ?? "",
          choice2: others[1]?.id ?? "",
          choice3: others[2]?.id ?? "",
          date: "@day",
        }),
    };
  };

  const meeting = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const t = (k: string) => title("meeting", k);
    const pair = pick(seed.pairs);
    const asMentee = rand() < 0.5;
    const future = rand() < 0.07;
    const date = future ? `2026-12-0${1 + Math.floor(rand() * 6)}` : `2026-09-0${1 + Math.floor(rand() * 6)}`;
    const type = pick(TYPES);
    const rating = 1 + Math.floor(rand() * 10);
    const comment = rand() < 0.4 ? pick(COMMENTS) : undefined;
    const a: Answers = {
      [t("pair")]: pairLabel(pair),
      [t("role")]: asMentee ? "Наставляемый" : "Наставник",
      [t("date")]: date,
      [t("type")]: type,
      [t("rating")]: String(rating),
    };
    if (comment) a[t("comment")] = comment;
    if (future) return { form: "meeting", answers: a, valid: false };
    return {
      form: "meeting",
      answers: a,
      valid: true,
      apply: (m) => {
        const key = `${pair.pairId}|${date}|${type}`;
        const row = m.meetings.get(key) ?? {
          pairId: pair.pairId,
          date,
          type,
          menteeRating: "",
          mentorRating: "",
          comment: "",
        };
        row[asMentee ? "menteeRating" : "mentorRating"] = rating;
        if (comment) {
          const text = `${asMentee ? "Наставляемый" : "Наставник"}: ${comment}`;
          const old = String(row.comment);
          if (old === "") row.comment = text;
          else if (!old.split("\n").includes(text)) row.comment = `${old}\n${text}`;
        }
        m.meetings.set(key, row);
      },
    };
  };

  const participant = (form: "satisfaction" | "evaluation") => {
    const t = (k: string) => title(form, k);
    const asMentor = rand() < 0.4;
    const self = asMentor ? pick(seed.mentors) : pick(seed.mentees);
    const wrongRole = rand() < 0.08;
    const role = asMentor !== wrongRole ? "Наставник" : "Наставляемый";
    const a: Answers = { [t("role")]: role, [t("self")]: label(self) };
    return { t, a, self, valid: !wrongRole, roleValue: asMentor ? "наставник" : "наставляемый" };
  };

  const satisfaction = (): Omit<Submission, "timestamp" | "responseRow"> => {
    const { t, a, self, valid, roleValue } = participant("satisfaction");
    const row: Record<string, Value> = {
      participantId: self.id,
      role: roleValue,
      questionnaire: "удовлетворённость",
      stage: "",
      date: "@day",
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
      apply: (m) => m.surveys.set(`${self.id}|удовлетворённость|`, { ...row, date: "@day" }),
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
      date: "@day",
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
      apply: (m) => m.surveys.set(`${self.id}|оценка вход/выход|${stage}`, { ...row, date: "@day" }),
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
      date: "@day",
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
      apply: (m) => m.surveys.set("куратор|анкета куратора|", { ...row, date: "@day" }),
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
      // Sent twice: the same answers again, later.
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
    subs.push({ ...made, timestamp: new Date(start + n * 60_000), responseRow: rows[made.form] });
  }
  return subs;
}

/** The rows the registers must hold after the stream: seeded rows first, then new people in order. */
export function expected(seed: Seed, subs: readonly Submission[]): Model {
  const m: Model = {
    mentees: seed.mentees.map((e) => ({
      id: e.id,
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
    nextMentee: seed.mentees.length + 1,
    nextMentor: seed.mentors.length + 1,
  };
  for (const s of subs) {
    if (!s.valid || !s.apply) continue;
    const day = moscowDay(s.timestamp);
    const before = { mentees: m.mentees.length, mentors: m.mentors.length };
    s.apply(m);
    // «@day»: the day this answer was given, for rows it creates (people) or replaces (surveys, preferences).
    for (const list of [
      m.mentees.slice(before.mentees),
      m.mentors.slice(before.mentors),
      [...m.preferences.values()],
      [...m.surveys.values()],
    ]) {
      for (const row of list) for (const [k, v] of Object.entries(row)) if (v === "@day") row[k] = day;
    }
  }
  return m;
}
