/**
 * A form response → the row it writes, or the Russian reason it is refused (for «Журнал ошибок»).
 *
 * Rules every questionnaire shares: text is kept as written (the cell codec stores it as text); markup is
 * stored as typed (escaping is the renderer's job); emoji and line breaks are kept; a value longer than a
 * Sheets cell is refused whole rather than cut; a required item left empty, an unknown option, an unknown
 * person or pair refuses the response with every reason found.
 *
 * Who a second answer updates:
 * - mentee questionnaire: ФИО + категория + класс (labelKey, grade number); e-mail is not kept for mentees;
 * - mentor questionnaire: the collected e-mail when «Контакты» of a mentor holds it, else ФИО + категория + класс;
 *   both keep the register ID, status, «Обучение пройдено» and anything the answer leaves blank;
 * - preferences: the participant (the new choices replace the old, blanks included);
 * - meetings: ID пары + дата + тип — mentor and mentee fill their own rating in one row, comments add up;
 * - surveys: participant + анкета + этап (the curator's row uses the participant code «куратор»).
 */
import type { IsoDate } from "../common/dates";
import { labelKey, matchLabel, parseGrade, squashSpaces } from "../common/normalise";
import { isMinor, PUPIL_CATEGORY } from "../participants/consent";
import { ID_PREFIX, idKey, nextId } from "../participants/ids";
import type { MenteeRecord, MentorRecord, PairRef, ParticipantRecord } from "../participants/records";
import type { Refs } from "../participants/refs";
import { SHEETS } from "../workbook/sheets";
import {
  type AnswerValue,
  type Answers,
  namedValuesSchema,
  type NamedValues,
  rawAnswer,
  readItem,
  respondentEmail,
  sectionOf,
  visitedSections,
} from "./answers";
import { QUESTIONNAIRES, isFormKey, SURVEY_NAMES } from "./catalogue";
import { findPair, findPerson, resolveChoices, type ChoiceContext } from "./choices";
import { CURATOR_ID } from "./definitions/curator";
import {
  CONSENT_YES,
  GUARDIAN_CONSENT_PAPER,
  GUARDIAN_CONSENT_YES,
  NO,
  ROLE_MENTEE,
  ROLE_MENTOR,
  YES,
} from "./definitions/shared";
import { ANSWER_MESSAGES as M } from "./messages";
import { CELL_LIMIT, type KeyPart, type MapResult, type RowValue, type UpsertTarget } from "./target";
import { isUnmapped, type FormKey, type QuestionnaireDef } from "./types";

export interface MapContext {
  refs: Refs;
  existing: { mentors: readonly MentorRecord[]; mentees: readonly MenteeRecord[]; pairs: readonly PairRef[] };
  /** The day the person answered, in the spreadsheet's zone: it dates new rows, surveys and preferences. */
  today: IsoDate;
  pseudonymous?: boolean;
}

const NEW_STATUS = "кандидат";
const SOURCE_FORM = "анкета";
const ROLE_VALUE = { mentor: "наставник", mentee: "наставляемый", curator: "куратор" } as const;

/** Answers read so far, plus reasons gathered on the way. */
class Reading {
  readonly reasons: string[] = [];
  constructor(
    readonly form: QuestionnaireDef,
    readonly answers: Answers,
    readonly values: NamedValues,
  ) {}
  get(key: string): AnswerValue | undefined {
    return this.answers.get(key);
  }
  text(key: string): string | undefined {
    const v = this.answers.get(key);
    return typeof v === "string" ? v : undefined;
  }
  num(key: string): number | undefined {
    const v = this.answers.get(key);
    return typeof v === "number" ? v : undefined;
  }
  list(key: string): string[] {
    const v = this.answers.get(key);
    return Array.isArray(v) ? v : [];
  }
  title(key: string): string {
    return this.form.items.find((i) => i.key === key)?.title ?? key;
  }
  fail(reason: string): void {
    this.reasons.push(reason);
  }
}

function readAll(form: QuestionnaireDef, values: NamedValues, ctx: ChoiceContext): Reading {
  const answers: Answers = new Map();
  const reading = new Reading(form, answers, values);
  const visited = visitedSections(form, values);
  for (const item of form.items) {
    if (!visited.has(sectionOf(form, item))) continue;
    const raw = rawAnswer(values, item.title);
    const read = readItem(item, raw, resolveChoices(item, ctx));
    if (!read.ok) {
      reading.fail(read.reason);
      continue;
    }
    const empty = read.value === undefined || (Array.isArray(read.value) && read.value.length === 0);
    if (empty) {
      if (item.required) reading.fail(M.required(item.title));
      continue;
    }
    answers.set(item.key, read.value as AnswerValue);
  }
  return reading;
}

/** Text stored as text: formula-like values get the apostrophe Sheets itself adds. */
function plain(text: string): string {
  return text;
}

const tags = (list: string[]): string => plain(list.join("; "));

/* ---------- people: mentee and mentor questionnaires ---------- */

interface PersonAnswer {
  row: Record<string, RowValue>;
  name: string;
  category: string;
  gradeNumber?: number;
}

function readPerson(r: Reading, sheet: "mentors" | "mentees"): PersonAnswer | undefined {
  const name = r.text("name");
  const category = r.text("category");
  const age = r.num("age");
  const grade = r.text("grade");
  const isPupil = category !== undefined && labelKey(category) === labelKey(PUPIL_CATEGORY);
  if (isPupil && grade === undefined) r.fail(M.gradeForPupil(r.title("grade")));

  // Whose consent: decided by the age, checked against the «18 лет?» answer.
  const adult = r.text("adult");
  // The age decides when it was read; otherwise the «18 лет?» answer, then the category.
  const minor = age !== undefined ? isMinor({ age }) : adult === NO || (adult === undefined && isMinor({ category }));
  if (age !== undefined && adult !== undefined && (adult === YES) === minor) r.fail(M.adultMismatch(age, adult));
  let consent: boolean | undefined;
  if (minor) {
    const guardian = r.text("consentGuardian");
    if (guardian === undefined) {
      if (!r.reasons.includes(M.required(r.title("consentGuardian")))) r.fail(M.minorNeedsGuardian(age));
    } else if (guardian === GUARDIAN_CONSENT_YES) {
      if (r.text("guardianName") === undefined && !r.reasons.includes(M.required(r.title("guardianName"))))
        r.fail(M.guardianNameMissing);
      consent = true;
    } else if (guardian === GUARDIAN_CONSENT_PAPER) consent = false;
  } else if (r.text("consentSelf") === CONSENT_YES) consent = true;
  else if (!r.reasons.some((x) => x === M.required(r.title("consentSelf")))) r.fail(M.noConsent);

  if (r.reasons.length > 0 || name === undefined || category === undefined || consent === undefined) return undefined;

  const row: Record<string, RowValue> = { name: plain(squashSpaces(name)), category, consent };
  const optional: Array<[string, RowValue | undefined]> = [
    ["grade", grade === undefined ? undefined : plain(grade)],
    ["age", age],
    ["experience", r.num("experience")],
    ["subject", r.text("subject") === undefined ? undefined : plain(r.text("subject") as string)],
  ];
  for (const [column, value] of optional) if (value !== undefined) row[column] = value;
  // Only columns the form fills are listed: fields of the sheet it does not ask about are left alone.
  for (const item of r.form.items) {
    if (isUnmapped(item.feeds) || item.feeds.sheet !== sheet) continue;
    const column = item.feeds.columns[0];
    if (column in row || !r.answers.has(item.key)) continue;
    const v = r.get(item.key) as AnswerValue;
    const numeric = ["int", "number"].includes(SHEETS[sheet].columns.find((c) => c.key === column)?.type ?? "");
    // An option such as «3» of a whole-number column is written as the number 3.
    if (numeric && typeof v === "string" && /^\d+$/.test(v)) row[column] = Number(v);
    else row[column] = Array.isArray(v) ? tags(v) : typeof v === "string" ? plain(v) : v;
  }
  return { row, name, category, gradeNumber: grade === undefined ? undefined : parseGrade(grade) };
}

function samePerson(p: ParticipantRecord, a: PersonAnswer): boolean {
  if (labelKey(p.name) !== labelKey(a.name) || labelKey(p.category) !== labelKey(a.category)) return false;
  // A grade typed on one side only does not tell people apart; two different grades do.
  return p.gradeNumber === undefined || a.gradeNumber === undefined || p.gradeNumber === a.gradeNumber;
}

function personTarget(
  r: Reading,
  sheet: "mentors" | "mentees",
  people: readonly ParticipantRecord[],
  ctx: MapContext,
  email: string | undefined,
): MapResult {
  const answer = readPerson(r, sheet);
  if (!answer) return refuse(r);
  let matches: ParticipantRecord[] = [];
  if (email && sheet === "mentors") {
    matches = (people as MentorRecord[]).filter((m) => (m.contacts ?? "").toLowerCase().includes(email));
  }
  if (matches.length === 0) matches = people.filter((p) => samePerson(p, answer));
  if (matches.length > 1)
    return {
      ok: false,
      reason: M.ambiguousIdentity(
        SHEETS[sheet].name,
        matches.map((m) => m.row),
      ),
    };

  const row = answer.row;
  const existing = matches[0];
  if (existing && existing.id !== "") {
    row.id = existing.id;
    return finish(r, { sheet, key: [{ column: "id", value: existing.id }], row });
  }
  // A new person, or a row the curator typed without an ID: give the next free ID.
  row.id = nextId(
    people.map((p) => p.id),
    ID_PREFIX[sheet],
  );
  if (existing) {
    return finish(r, {
      sheet,
      key: [
        { column: "name", value: existing.name },
        { column: "category", value: existing.category },
      ],
      row,
    });
  }
  row.status = matchLabel(NEW_STATUS, ctx.refs.participantStatuses) ?? NEW_STATUS;
  row.joined = ctx.today;
  row.source = SOURCE_FORM;
  if (sheet === "mentors") row.trained = false;
  return finish(r, { sheet, key: [{ column: "id", value: row.id }], row });
}

/* ---------- who is answering: participant lists ---------- */

type RoleKey = "mentor" | "mentee";

function roleOf(r: Reading): RoleKey | undefined {
  const role = r.text("role");
  if (role === undefined) return undefined;
  return labelKey(role) === labelKey(ROLE_MENTOR)
    ? "mentor"
    : labelKey(role) === labelKey(ROLE_MENTEE)
      ? "mentee"
      : undefined;
}

function person(r: Reading, itemKey: string, role: RoleKey, ctx: MapContext): ParticipantRecord | undefined {
  const answer = r.text(itemKey);
  if (answer === undefined) return undefined;
  const sheet = role === "mentor" ? "mentors" : "mentees";
  const found = findPerson<ParticipantRecord>(answer, ctx.existing[sheet]);
  if (found.ok) return found.person;
  const why = found.why === "ambiguous" ? M.ambiguousPerson : M.unknownPerson;
  r.fail(why(r.title(itemKey), answer, SHEETS[sheet].name));
  return undefined;
}

/* ---------- the seven mappers ---------- */

type Mapper = (r: Reading, ctx: MapContext) => MapResult;

function surveyTarget(
  r: Reading,
  form: FormKey,
  participantId: string,
  role: string,
  stage: string,
  ctx: MapContext,
): MapResult {
  const questionnaire = SURVEY_NAMES[form] as string;
  const row: Record<string, RowValue> = { participantId, role, questionnaire, stage, date: ctx.today };
  // A new answer replaces the previous one whole: items left blank now are blank in the row too.
  for (const item of r.form.items) {
    if (isUnmapped(item.feeds) || item.feeds.sheet !== "surveys") continue;
    const column = item.feeds.columns[0];
    if (column in row) continue;
    const v = r.get(item.key);
    if (column === "wantsToContinue") row[column] = v === undefined ? "" : v === YES;
    else row[column] = v === undefined ? "" : typeof v === "string" ? plain(v) : (v as RowValue);
  }
  const key: KeyPart[] = [
    { column: "participantId", value: participantId },
    { column: "questionnaire", value: questionnaire },
    { column: "stage", value: stage },
  ];
  return finish(r, { sheet: "surveys", key, row });
}

function participantSurvey(form: FormKey): Mapper {
  return (r, ctx) => {
    const role = roleOf(r);
    const who = role ? person(r, "self", role, ctx) : undefined;
    if (r.reasons.length > 0 || !role || !who) return refuse(r);
    return surveyTarget(r, form, who.id, ROLE_VALUE[role], r.text("stage") ?? "", ctx);
  };
}

const MAPPERS: Record<FormKey, Mapper> = {
  mentee: (r, ctx) => personTarget(r, "mentees", ctx.existing.mentees, ctx, undefined),
  mentor: (r, ctx) => personTarget(r, "mentors", ctx.existing.mentors, ctx, respondentEmail(r.values)),

  preference: (r, ctx) => {
    const role = roleOf(r);
    if (!role) return refuse(r);
    const self = person(r, role === "mentee" ? "selfMentee" : "selfMentor", role, ctx);
    const other: RoleKey = role === "mentee" ? "mentor" : "mentee";
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const chosen = person(r, `${role}Choice${i}`, other, ctx);
      if (!chosen) continue;
      if (ids.some((id) => idKey(id) === idKey(chosen.id)))
        r.fail(M.sameChoiceTwice(r.text(`${role}Choice${i}`) as string));
      ids.push(chosen.id);
    }
    if (r.reasons.length > 0 || !self) return refuse(r);
    const row: Record<string, RowValue> = {
      participantId: self.id,
      role: ROLE_VALUE[role],
      choice1: ids[0] ?? "",
      choice2: ids[1] ?? "",
      choice3: ids[2] ?? "",
      date: ctx.today,
    };
    return finish(r, { sheet: "preferences", key: [{ column: "participantId", value: self.id }], row });
  },

  meeting: (r, ctx) => {
    const role = roleOf(r);
    const pairAnswer = r.text("pair");
    const pair = pairAnswer === undefined ? undefined : findPair(pairAnswer, ctx.existing.pairs);
    if (pairAnswer !== undefined && !pair) r.fail(M.unknownPair(r.title("pair"), pairAnswer));
    const date = r.get("date");
    if (typeof date === "string" && date > ctx.today)
      r.fail(M.futureDate(r.title("date"), rawAnswer(r.values, r.title("date"))[0]));
    const type = r.text("type");
    const rating = r.num("rating");
    if (
      r.reasons.length > 0 ||
      !role ||
      !pair ||
      typeof date !== "string" ||
      type === undefined ||
      rating === undefined
    )
      return refuse(r);
    const row: Record<string, RowValue> = { pairId: pair.pairId, date, type };
    row[role === "mentee" ? "menteeRating" : "mentorRating"] = rating;
    const comment = r.text("comment");
    if (comment !== undefined) row.comment = plain(M.commentBy(role === "mentee" ? ROLE_MENTEE : ROLE_MENTOR, comment));
    const key: KeyPart[] = [
      { column: "pairId", value: pair.pairId },
      { column: "date", value: date },
      { column: "type", value: type },
    ];
    return finish(r, { sheet: "meetings", key, row, appendText: ["comment"] });
  },

  satisfaction: participantSurvey("satisfaction"),
  evaluation: participantSurvey("evaluation"),
  curator: (r, ctx) =>
    r.reasons.length > 0 ? refuse(r) : surveyTarget(r, "curator", CURATOR_ID, ROLE_VALUE.curator, "", ctx),
};

function refuse(r: Reading): MapResult {
  return { ok: false, reason: M.joinReasons(r.reasons.length > 0 ? r.reasons : [M.malformed("нет нужных ответов")]) };
}

/** Last check before a row leaves: no cell over the Sheets limit (nothing is ever cut). */
function finish(r: Reading, target: UpsertTarget): MapResult {
  for (const [column, value] of Object.entries(target.row)) {
    if (typeof value !== "string" || value.length <= CELL_LIMIT) continue;
    const item = r.form.items.find(
      (i) => !isUnmapped(i.feeds) && i.feeds.sheet === target.sheet && i.feeds.columns.includes(column),
    );
    r.fail(M.tooLong(item?.title ?? column, value.length, CELL_LIMIT));
  }
  return r.reasons.length > 0 ? refuse(r) : { ok: true, target };
}

export function mapResponse(formKey: string, namedValues: unknown, context: MapContext): MapResult {
  if (!isFormKey(formKey)) return { ok: false, reason: M.unknownForm(formKey) };
  const parsed = namedValuesSchema.safeParse(namedValues);
  if (!parsed.success) return { ok: false, reason: M.malformed(parsed.error.issues[0]?.message ?? "") };
  const form = QUESTIONNAIRES[formKey];
  const choiceCtx: ChoiceContext = {
    refs: context.refs,
    mentors: context.existing.mentors,
    mentees: context.existing.mentees,
    pairs: context.existing.pairs,
    pseudonymous: context.pseudonymous ?? false,
  };
  const reading = readAll(form, parsed.data, choiceCtx);
  return MAPPERS[formKey](reading, context);
}
