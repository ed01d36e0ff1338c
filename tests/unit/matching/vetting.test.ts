/**
 * Vetting before a pair with a minor: training, an interview, and for an adult a certificate of no
 * criminal record, per category of mentor («Настройки»). A mentor who lacks one is «не допущен» to minors
 * and still mentors adults.
 */
import { checkPair } from "../../../src/domain/matching/compatibility";
import { matchCohort } from "../../../src/domain/matching/match";
import type { HardRule, MatchSettings, Mentee, Mentor } from "../../../src/domain/matching/types";
import { vettingShortfalls } from "../../../src/domain/matching/vetting";
import { mentee, mentor, settings } from "./people";

const PUPILS_WITH_EMPLOYER = "работодатель – ученик";
const STUDENTS_WITH_EMPLOYER = "работодатель – студент";

/** An engineer from a partner company, adult, who took the training but brought no certificate. */
const engineer = (o: Partial<Mentor> = {}): Mentor =>
  mentor({
    id: "Н-Р1",
    name: "Громов Павел",
    category: "представитель работодателя",
    grade: undefined,
    age: 41,
    competencies: ["профориентация"],
    forms: [PUPILS_WITH_EMPLOYER, STUDENTS_WITH_EMPLOYER],
    capacity: 2,
    certificateDate: undefined,
    ...o,
  });
const pupil = (o: Partial<Mentee> = {}): Mentee =>
  mentee({ id: "У-1", age: 14, grade: 8, form: PUPILS_WITH_EMPLOYER, requests: ["профориентация"], ...o });
const collegeStudent = (o: Partial<Mentee> = {}): Mentee =>
  mentee({
    id: "С-1",
    name: "Ларина Ольга",
    category: "студент",
    grade: undefined,
    age: 19,
    form: STUDENTS_WITH_EMPLOYER,
    requests: ["профориентация"],
    ...o,
  });

const rules = (a: Mentor, b: Mentee, s: MatchSettings = settings(), today?: string): HardRule[] =>
  checkPair(a, b, { settings: s, ...(today ? { today } : {}) }).map((v) => v.rule);

describe("vetting: a mentor without a certificate of no criminal record", () => {
  it("is refused a minor, with the reason", () => {
    expect(checkPair(engineer(), pupil(), { settings: settings() }).map((v) => v.message)).toEqual([
      "наставник не допущен к работе с несовершеннолетними: нет справки о несудимости (не указана дата)",
    ]);
  });
  it("may mentor an adult", () => {
    expect(rules(engineer(), collegeStudent())).toEqual([]);
  });
  it("is admitted once the date is there", () => {
    expect(rules(engineer({ certificateDate: "2026-09-15" }), pupil())).toEqual([]);
  });
  it("needs none while a minor: a 17-year-old student mentor", () => {
    const young = mentor({ category: "студент", age: 17, forms: ["студент – ученик"], certificateDate: undefined });
    expect(rules(young, pupil({ form: "студент – ученик" }))).toEqual([]);
  });
});

describe("vetting: training and interview, per category", () => {
  it("a pupil mentor without the training is refused a younger pupil", () => {
    expect(vettingShortfalls(mentor({ trained: false }), settings()).map((s) => s.reason)).toEqual([
      "не пройдено обучение",
    ]);
    expect(rules(mentor({ trained: false }), mentee({ age: 12 }))).toEqual(["vetting"]);
    expect(rules(mentor({ trained: true }), mentee({ age: 12 }))).toEqual([]);
  });
  it("an interview is asked of outside adults, not of pupils, by default", () => {
    expect(rules(engineer({ certificateDate: "2026-09-15", interviewed: false }), pupil())).toEqual(["vetting"]);
    expect(rules(mentor({ interviewed: false }), mentee())).toEqual([]);
  });
  it("follows «Настройки»: «нет» lifts an item, a list of categories narrows it", () => {
    const none = settings({ vetting: { ...settings().vetting, training: [] } });
    expect(rules(mentor({ trained: false }), mentee(), none)).toEqual([]);
    const teachersOnly = settings({ vetting: { ...settings().vetting, certificate: ["педагог"] } });
    expect(rules(engineer(), pupil(), teachersOnly)).toEqual([]);
  });
  it("a certificate older than the months in «Настройки», or dated in the future, does not count", () => {
    const yearly = settings({ vetting: { ...settings().vetting, certificateMonths: 12 } });
    const today = "2026-11-21";
    expect(rules(engineer({ certificateDate: "2025-11-22" }), pupil(), yearly, today)).toEqual([]);
    expect(vettingShortfalls(engineer({ certificateDate: "2025-11-21" }), yearly, today)).toEqual([
      { item: "certificate", reason: "справка о несудимости от 21.11.2025 старше 12 мес." },
    ]);
    expect(vettingShortfalls(engineer({ certificateDate: "2027-01-10" }), yearly, today)).toEqual([
      { item: "certificate", reason: "дата справки о несудимости 10.01.2027 — в будущем" },
    ]);
  });
});

describe("vetting in matchCohort", () => {
  const input = {
    mentors: [engineer()],
    mentees: [pupil(), collegeStudent()],
    pairs: [],
    preferences: [],
    invalidRows: [],
    problems: [],
  };
  const result = matchCohort(input, settings());

  it("lists the mentor as «не допущен» with the reason", () => {
    expect(result.notAdmitted).toEqual([
      { mentorId: "Н-Р1", reasons: ["нет справки о несудимости (не указана дата)"] },
    ]);
  });
  it("proposes the adult mentee, not the minor, and says why the minor is left", () => {
    expect(result.pairs.map((p) => p.menteeId)).toEqual(["С-1"]);
    expect(result.unmatched).toEqual([
      expect.objectContaining({
        menteeId: "У-1",
        reason:
          "нет совместимого наставника в форме «работодатель – ученик»: чаще всего мешает — наставник не допущен к работе с несовершеннолетними (1 из 1)",
      }),
    ]);
  });
});
