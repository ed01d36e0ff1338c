/**
 * A form response → the row it writes, or the Russian reason it is refused (for «Журнал ошибок»).
 *
 * Rules every questionnaire shares: text is kept as written (the cell codec stores it as text); markup is
 * stored as typed (escaping is the renderer's job); emoji and line breaks are kept; a value longer than a
 * Sheets cell is refused whole rather than cut; a required item left empty, an unknown option, an unknown
 * person or pair refuses the response with every reason found.
 *
 * Who a second answer updates:
 * - mentee and mentor questionnaires: the person found by identity.ts (personal code; else e-mail; else a
 *   name match with no difference, unverified: consent unchanged); the register ID, status, «Обучение
 *   пройдено», «Дата анкеты» and anything the answer leaves blank are kept. A new person gets an ID, a
 *   personal code, «кандидат», «Дата анкеты» = the answer's day; «Дата вхождения» stays blank until a pair
 *   is approved;
 * - the other questionnaires know the respondent by the personal code alone (the forms list no names);
 * - preferences: the participant (the new choices replace the old, blanks included);
 * - meetings: ID пары + дата + тип — mentor and mentee fill their own rating in one row, comments add up;
 * - satisfaction and the curator's questionnaire: participant + анкета + волна (waveOf over «Волны опросов»);
 *   entry/exit evaluation: participant + анкета + этап + учебный год. Another wave or year is a new row.
 */
import { academicYearLabel, academicYearOf, fullYears, type IsoDate } from "../common/dates";
import { labelKey, matchLabel, squashSpaces } from "../common/normalise";
import { waveOf } from "../indicators/waves";
import { isMinor, PUPIL_CATEGORY } from "../participants/consent";
import { idKey } from "../participants/ids";
import type { MenteeRecord, MentorRecord, PairRef } from "../participants/records";
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
import { findPair, findPerson, isMeetingPair, resolveChoices, type ChoiceContext } from "./choices";
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
import { identify, type Registered } from "./identity";
import { registerLookup, type PeopleLookup, type RegisterLookup } from "./lookup";
import { ANSWER_MESSAGES as M, IDENTITY_MESSAGES as IM } from "./messages";
import {
  CELL_LIMIT,
  type Accepted,
  type DuplicateFinding,
  type KeyPart,
  type MapResult,
  type RowValue,
  type UpsertTarget,
} from "./target";
import { isUnmapped, type FormKey, type QuestionnaireDef } from "./types";

export interface MapContext {
  refs: Refs;
  existing: {
    mentors: ReadonlyArray<Registered<MentorRecord>>;
    mentees: ReadonlyArray<Registered<MenteeRecord>>;
    pairs: readonly PairRef[];
  };
  /** The day the person answered, in the spreadsheet's zone: it dates new rows, surveys and preferences. */
  today: IsoDate;
  pseudonymous?: boolean;
  /** «Волны опросов» of «Настройки»: the wave of a survey answer (waveOf). */
  waves?: readonly string[];
  /** A fresh personal code for a new person (codeSource); without it a new person gets none. */
  newCode?: () => string;
  /**
   * Indexes over `existing` (lookup.ts), when the caller keeps them across answers; built from `existing`
   * otherwise. They must describe the same people and pairs (and reserve the highest ID ever given).
   */
  lookup?: RegisterLookup;
}

/** The context with its indexes: a mapper looks people and pairs up, never scans a register. */
type Ctx = MapContext & { lookup: RegisterLookup };

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
    // A register list is read back by code in the mapper (it knows the role): no need to build it here.
    const read = readItem(item, raw, item.choices?.from === "base" ? [] : () => resolveChoices(item, ctx));
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
  grade?: string;
  birthDate?: IsoDate;
}

function readPerson(r: Reading, sheet: "mentors" | "mentees", today: IsoDate): PersonAnswer | undefined {
  const name = r.text("name");
  const category = r.text("category");
  const grade = r.text("grade");
  const birth = r.text("birthDate");
  const age = birth === undefined ? undefined : fullYears(birth, today);
  if (birth !== undefined && (age === undefined || age < 5 || age > 99))
    r.fail(M.badBirthDate(r.title("birthDate"), rawAnswer(r.values, r.title("birthDate")).join(", ")));
  const isPupil = category !== undefined && labelKey(category) === labelKey(PUPIL_CATEGORY);
  if (isPupil && grade === undefined) r.fail(M.gradeForPupil(r.title("grade")));

  // Whose consent: decided by the age (from the birth date), checked against the «18 лет?» answer.
  const adult = r.text("adult");
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
  return { row, name, category, grade, birthDate: birth };
}

const OTHER_SHEET = { mentors: "mentees", mentees: "mentors" } as const;

function personTarget(r: Reading, sheet: "mentors" | "mentees", ctx: Ctx, email: string | undefined): MapResult {
  const answer = readPerson(r, sheet, ctx.today);
  if (!answer) return refuse(r);
  const people: PeopleLookup<Registered> = ctx.lookup[sheet];
  const found = identify(
    {
      name: answer.name,
      category: answer.category,
      grade: answer.grade,
      birthDate: answer.birthDate,
      code: r.text("code"),
      email,
    },
    people,
    ctx.lookup[OTHER_SHEET[sheet]],
    { sheet: SHEETS[sheet].name, otherSheet: SHEETS[OTHER_SHEET[sheet]].name },
    ctx.today,
  );
  const row = answer.row;
  switch (found.kind) {
    case "refused":
      r.fail(found.reason);
      return refuse(r);
    case "code":
    case "match": {
      const existing = found.person;
      const verified = found.kind === "code";
      // An answer without the personal code never changes consent (anyone may have the public link).
      if (!verified) delete row.consent;
      if (existing.id !== "") {
        row.id = existing.id;
        return finish(r, { sheet, key: [{ column: "id", value: existing.id }], row }, { verified });
      }
      // A row the curator typed without an ID: it gets the next free ID (and keeps its name and category).
      row.id = people.nextId();
      const key: KeyPart[] = [
        { column: "name", value: existing.name },
        { column: "category", value: existing.category },
      ];
      return finish(r, { sheet, key, row }, { verified });
    }
    case "new": {
      row.id = people.nextId();
      if (ctx.newCode) row.code = ctx.newCode();
      row.status = matchLabel(NEW_STATUS, ctx.refs.participantStatuses) ?? NEW_STATUS;
      row.questionnaireDate = ctx.today;
      row.source = SOURCE_FORM;
      if (sheet === "mentors") row.trained = false;
      const duplicates: DuplicateFinding[] = found.namesakes
        .filter((n) => n.person.id !== "")
        .map((n) => ({ sheet, id: String(row.id), similarId: n.person.id, differences: n.differences }));
      return finish(r, { sheet, key: [{ column: "id", value: row.id }], row }, { verified: false, duplicates });
    }
  }
}

/* ---------- who is answering the other questionnaires: the personal code ---------- */

type RoleKey = "mentor" | "mentee";
const ROLE_SHEET = { mentor: "mentors", mentee: "mentees" } as const;

function roleOf(r: Reading): RoleKey | undefined {
  const role = r.text("role");
  if (role === undefined) return undefined;
  return labelKey(role) === labelKey(ROLE_MENTOR)
    ? "mentor"
    : labelKey(role) === labelKey(ROLE_MENTEE)
      ? "mentee"
      : undefined;
}

interface Respondent {
  person: Registered;
  role: RoleKey;
}

/** The owner of the answer's personal code, in either register; a reason when there is none or several. */
function respondent(r: Reading, ctx: Ctx): Respondent | undefined {
  const code = r.text("code");
  if (code === undefined) return undefined;
  const owners: Respondent[] = [
    ...ctx.lookup.mentors.withPersonalCode(code).map((person) => ({ person, role: "mentor" as const })),
    ...ctx.lookup.mentees.withPersonalCode(code).map((person) => ({ person, role: "mentee" as const })),
  ];
  if (owners.length === 1 && owners[0].person.id !== "") return owners[0];
  if (owners.length === 0) r.fail(IM.unknownCode(code));
  else {
    const sheet = SHEETS[ROLE_SHEET[owners[0].role]].name;
    r.fail(
      IM.codeOnSeveralRows(
        code,
        sheet,
        owners.map((o) => o.person.row),
      ),
    );
  }
  return undefined;
}

function person(r: Reading, itemKey: string, role: RoleKey, ctx: Ctx): Registered | undefined {
  const answer = r.text(itemKey);
  if (answer === undefined) return undefined;
  const sheet = ROLE_SHEET[role];
  const found = findPerson<Registered>(answer, ctx.lookup[sheet] as PeopleLookup<Registered>);
  if (found.ok) return found.person;
  const why = found.why === "ambiguous" ? M.ambiguousPerson : M.unknownPerson;
  r.fail(why(r.title(itemKey), answer, SHEETS[sheet].name));
  return undefined;
}

/* ---------- the seven mappers ---------- */

type Mapper = (r: Reading, ctx: Ctx) => MapResult;

function surveyTarget(
  r: Reading,
  form: FormKey,
  participantId: string,
  role: string,
  stage: string,
  ctx: MapContext,
): MapResult {
  const questionnaire = SURVEY_NAMES[form] as string;
  const wave = waveOf(ctx.today, ctx.waves ?? []);
  const academicYear = academicYearLabel(academicYearOf(ctx.today));
  const row: Record<string, RowValue> = {
    participantId,
    role,
    questionnaire,
    stage,
    wave,
    academicYear,
    date: ctx.today,
  };
  // A new answer replaces the previous one whole: items left blank now are blank in the row too.
  for (const item of r.form.items) {
    if (isUnmapped(item.feeds) || item.feeds.sheet !== "surveys") continue;
    const column = item.feeds.columns[0];
    if (column in row) continue;
    const v = r.get(item.key);
    if (column === "wantsToContinue") row[column] = v === undefined ? "" : v === YES;
    else row[column] = v === undefined ? "" : typeof v === "string" ? plain(v) : (v as RowValue);
  }
  // Entry and exit are measured once per programme year; other questionnaires once per wave.
  const round: KeyPart =
    form === "evaluation" ? { column: "academicYear", value: academicYear } : { column: "wave", value: wave };
  const key: KeyPart[] = [
    { column: "participantId", value: participantId },
    { column: "questionnaire", value: questionnaire },
    { column: "stage", value: stage },
    round,
  ];
  return finish(r, { sheet: "surveys", key, row });
}

function participantSurvey(form: FormKey): Mapper {
  return (r, ctx) => {
    const who = respondent(r, ctx);
    if (r.reasons.length > 0 || !who) return refuse(r);
    return surveyTarget(r, form, who.person.id, ROLE_VALUE[who.role], r.text("stage") ?? "", ctx);
  };
}

const MAPPERS: Record<FormKey, Mapper> = {
  mentee: (r, ctx) => personTarget(r, "mentees", ctx, undefined),
  mentor: (r, ctx) => personTarget(r, "mentors", ctx, respondentEmail(r.values)),

  preference: (r, ctx) => {
    const role = roleOf(r);
    const who = respondent(r, ctx);
    if (who && role && who.role !== role)
      r.fail(M.roleMismatch(r.text("code") as string, SHEETS[ROLE_SHEET[who.role]].name, r.text("role") as string));
    if (!role || !who) return refuse(r);
    const other: RoleKey = role === "mentee" ? "mentor" : "mentee";
    const ids: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const chosen = person(r, `${role}Choice${i}`, other, ctx);
      if (!chosen) continue;
      if (ids.some((id) => idKey(id) === idKey(chosen.id)))
        r.fail(M.sameChoiceTwice(r.text(`${role}Choice${i}`) as string));
      ids.push(chosen.id);
    }
    if (r.reasons.length > 0) return refuse(r);
    const self = who.person;
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
    const who = respondent(r, ctx);
    const role = who?.role;
    // The respondent's pairs that hold meetings, each pair ID once (a group is several rows).
    const own = who && role ? ctx.lookup.pairs.of(role, who.person.id).filter(isMeetingPair) : [];
    const ownIds = [...new Set(own.map((p) => idKey(p.pairId)))];
    let pair: PairRef | undefined;
    const pairAnswer = r.text("pair");
    if (pairAnswer !== undefined) {
      pair = findPair(pairAnswer, ctx.lookup.pairs);
      if (!pair) r.fail(M.unknownPair(r.title("pair"), pairAnswer));
      else if (who && !ownIds.includes(idKey(pair.pairId))) r.fail(M.pairNotYours(r.title("pair"), pairAnswer));
    } else if (who) {
      if (ownIds.length === 1) pair = own[0];
      else if (ownIds.length === 0) r.fail(M.noPair);
      else r.fail(M.severalPairs(r.title("pair"), [...new Set(own.map((p) => p.pairId))]));
    }
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
function finish(r: Reading, target: UpsertTarget, extra: Omit<Accepted, "ok" | "target"> = {}): MapResult {
  for (const [column, value] of Object.entries(target.row)) {
    if (typeof value !== "string" || value.length <= CELL_LIMIT) continue;
    const item = r.form.items.find(
      (i) => !isUnmapped(i.feeds) && i.feeds.sheet === target.sheet && i.feeds.columns.includes(column),
    );
    r.fail(M.tooLong(item?.title ?? column, value.length, CELL_LIMIT));
  }
  return r.reasons.length > 0 ? refuse(r) : { ok: true, target, ...extra };
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
  return MAPPERS[formKey](reading, { ...context, lookup: context.lookup ?? registerLookup(context.existing) });
}
