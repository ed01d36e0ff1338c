/**
 * The workbook check of a participant-side sheet: every row through its zod schema, each failure a problem
 * naming the sheet, row and column in Russian, plus duplicate IDs and the rows still waiting for an ID.
 */
import * as z from "zod";
import { isIsoDate, type IsoDate } from "../common/dates";
import { isBlank, parseGrade } from "../common/normalise";
import { SHEETS } from "../workbook/sheets";
import { cellSchema, cellText, isEmptyRow, type Role, type TagsValue } from "./cells";
import { consentBy, isCountable, isMatchable, isMinor } from "./consent";
import { baseColumns, fieldKind, type BaseSheetKey } from "./fields";
import { idKey } from "./ids";
import { PARTICIPANT_MESSAGES as M } from "./messages";
import type {
  BaseRecords,
  MeetingRecord,
  MenteeRecord,
  MentorRecord,
  PairRecord,
  PreferenceRecord,
  SurveyRecord,
} from "./records";
import type { Refs } from "./refs";

export interface Problem {
  /** Russian sheet name, e.g. «Наставники». */
  sheet: string;
  sheetKey: BaseSheetKey;
  row: number;
  /** Column header as the curator sees it; '' for a whole-row problem. */
  column: string;
  columnKey: string;
  value: string;
  message: string;
  severity: "error" | "warning";
}

export interface BaseCheck<K extends BaseSheetKey> {
  records: BaseRecords[K][];
  problems: Problem[];
  /** Row numbers of people (mentors, mentees) with no ID yet: pass the rows to assignIds. */
  missingIds: number[];
  /** IDs (or record keys) used by more than one row, with every row number. */
  duplicates: Array<{ key: string; rows: number[] }>;
}

export interface ValidateOptions {
  /** Sheet row number of rows[0]; 2 when the header is row 1. */
  firstRow?: number;
  /** Sheet row number of each row (when blank rows were left out); overrides firstRow. */
  rowNumbers?: readonly number[];
}

/** Values longer than this are cut in messages only; the data itself is never cut. */
const SHOWN_VALUE = 60;

function shown(value: unknown): string {
  const text = cellText(value);
  return text.length > SHOWN_VALUE ? text.slice(0, SHOWN_VALUE) + "…" : text;
}

/**
 * The all-or-nothing zod schema of one row (for boundaries such as CLI input): fails with one issue per
 * bad column, the issue's path being the column key.
 */
export function rowSchema(sheet: BaseSheetKey, refs: Refs): z.ZodType<Record<string, unknown>, unknown> {
  const shape: Record<string, z.ZodType<unknown, unknown>> = {};
  for (const column of baseColumns(sheet)) {
    const kind = fieldKind(sheet, column);
    const cellOnly = cellSchema(kind, refs);
    // At this boundary tags are just the list; unknown tags are the register check's warnings.
    const schema = kind.kind === "tags" ? cellOnly.transform((t) => (t as TagsValue).tags) : cellOnly;
    // A column absent from the input (an older export) is a blank one.
    shape[column.key] = column.required
      ? schema.refine((v) => v !== undefined && !(Array.isArray(v) && v.length === 0), { message: "обязательное поле" })
      : schema.optional();
  }
  return z.object(shape);
}

/**
 * Cell schemas by reference lists and column, built once: building a zod schema costs far more than
 * running it, and a register of 2,000 rows would otherwise build 40,000 of them.
 */
const schemas = new WeakMap<Refs, Map<string, z.ZodType<unknown, unknown>>>();

function columnSchema(sheet: BaseSheetKey, key: string, kind: ReturnType<typeof fieldKind>, refs: Refs) {
  let byColumn = schemas.get(refs);
  if (!byColumn) schemas.set(refs, (byColumn = new Map()));
  const id = `${sheet}|${key}`;
  let schema = byColumn.get(id);
  if (!schema) byColumn.set(id, (schema = cellSchema(kind, refs)));
  return schema;
}

interface ReadRow {
  values: Record<string, unknown>;
  problems: Problem[];
  /** A required column is blank or bad: the row cannot become a record. */
  unusable: boolean;
}

export function readRow(
  sheet: BaseSheetKey,
  raw: Readonly<Record<string, unknown>>,
  rowNumber: number,
  refs: Refs,
): ReadRow {
  const sheetName = SHEETS[sheet].name;
  const values: Record<string, unknown> = {};
  const problems: Problem[] = [];
  let unusable = false;
  for (const column of baseColumns(sheet)) {
    const cellValue = raw[column.key];
    const kind = fieldKind(sheet, column);
    const base = {
      sheet: sheetName,
      sheetKey: sheet,
      row: rowNumber,
      column: column.header,
      columnKey: column.key,
      value: shown(cellValue),
    };
    const parsed = columnSchema(sheet, column.key, kind, refs).safeParse(cellValue);
    if (!parsed.success) {
      const expected = parsed.error.issues[0]?.message ?? "";
      problems.push({
        ...base,
        message: M.cellProblem(sheetName, rowNumber, column.header, base.value, expected),
        severity: "error",
      });
      if (column.required) unusable = true;
      continue;
    }
    let value = parsed.data;
    if (kind.kind === "tags") {
      const tags = value as TagsValue;
      for (const tag of tags.unknown) {
        problems.push({
          ...base,
          value: tag,
          message: M.cellProblem(sheetName, rowNumber, column.header, tag, M.expected.tag(refListHeader(kind.list))),
          severity: "warning",
        });
      }
      value = tags.tags;
    }
    const blank = value === undefined || (Array.isArray(value) && value.length === 0);
    if (column.required && blank) {
      problems.push({
        ...base,
        value: "",
        message: M.blankRequired(sheetName, rowNumber, column.header),
        severity: "error",
      });
      unusable = true;
    }
    values[column.key] = value;
  }
  return { values, problems, unusable };
}

function refListHeader(list: string): string {
  return SHEETS.refs.columns.find((c) => c.key === list)?.header ?? list;
}

/* Typed reads of parsed values (the schemas above guarantee the runtime types). */
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" ? v : undefined);
const date = (v: unknown): IsoDate | undefined => (isIsoDate(v) ? v : undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);
const bool = (v: unknown): boolean => v === true;

function participantCommon(v: Record<string, unknown>, row: number, complete: boolean) {
  const age = num(v.age);
  const category = str(v.category) ?? "";
  const consent = bool(v.consent);
  const status = str(v.status);
  const grade = str(v.grade);
  return {
    row,
    id: str(v.id) ?? "",
    name: str(v.name) ?? "",
    category,
    grade,
    gradeNumber: grade === undefined ? undefined : parseGrade(grade),
    age,
    experience: num(v.experience),
    subject: str(v.subject),
    consent,
    status,
    birthDate: date(v.birthDate),
    questionnaireDate: date(v.questionnaireDate),
    joined: date(v.joined),
    ended: date(v.ended),
    personKey: str(v.personKey),
    source: str(v.source),
    minor: isMinor({ age, category }),
    consentBy: consentBy({ age, category }),
    countable: isCountable({ consent, status }),
    matchable: isMatchable({ consent, status }),
    complete,
  };
}

type Builder<K extends BaseSheetKey> = (v: Record<string, unknown>, row: number, complete: boolean) => BaseRecords[K];

const SURVEY_FIXED = new Set([
  "participantId",
  "role",
  "questionnaire",
  "stage",
  "wave",
  "academicYear",
  "date",
  "total",
  "wantsToContinue",
  "counted",
]);

const BUILDERS: { [K in BaseSheetKey]: Builder<K> } = {
  mentors: (v, row, complete): MentorRecord => ({
    ...participantCommon(v, row, complete),
    role: "mentor",
    competencies: list(v.competencies),
    forms: list(v.forms),
    capacity: num(v.capacity),
    trained: bool(v.trained),
    organisation: str(v.organisation),
    contacts: str(v.contacts),
  }),
  mentees: (v, row, complete): MenteeRecord => ({
    ...participantCommon(v, row, complete),
    role: "mentee",
    requests: list(v.requests),
    needs: list(v.needs),
    form: str(v.form),
    result: str(v.result),
  }),
  pairs: (v, row): PairRecord => ({
    row,
    pairId: str(v.pairId) ?? "",
    mentorId: str(v.mentorId) ?? "",
    menteeId: str(v.menteeId) ?? "",
    form: str(v.form),
    roleModel: str(v.roleModel),
    status: str(v.status),
    locked: bool(v.locked),
    start: date(v.start),
    end: date(v.end),
    order: str(v.order),
  }),
  meetings: (v, row): MeetingRecord => ({
    row,
    pairId: str(v.pairId) ?? "",
    date: date(v.date) as IsoDate,
    type: str(v.type),
    menteeRating: num(v.menteeRating),
    mentorRating: num(v.mentorRating),
    comment: str(v.comment),
  }),
  surveys: (v, row): SurveyRecord => {
    const scores: Record<string, number> = {};
    const texts: Record<string, string> = {};
    for (const column of SHEETS.surveys.columns) {
      if (SURVEY_FIXED.has(column.key)) continue;
      const value = v[column.key];
      if (typeof value === "number") scores[column.key] = value;
      else if (typeof value === "string" && value !== "") texts[column.key] = value;
    }
    return {
      row,
      participantId: str(v.participantId) ?? "",
      role: str(v.role) as Role | undefined,
      questionnaire: str(v.questionnaire),
      stage: str(v.stage),
      wave: str(v.wave),
      academicYear: str(v.academicYear),
      date: date(v.date),
      scores,
      texts,
      wantsToContinue: isBlank(v.wantsToContinue) ? undefined : bool(v.wantsToContinue),
      total: num(v.total),
    };
  },
  preferences: (v, row): PreferenceRecord => ({
    row,
    participantId: str(v.participantId) ?? "",
    role: str(v.role) as Role | undefined,
    choices: [v.choice1, v.choice2, v.choice3].map(str).filter((c): c is string => c !== undefined),
    date: date(v.date),
  }),
};

/** Columns whose values together identify a row: a second row with the same values is a duplicate. */
const IDENTITY: Record<BaseSheetKey, { columns: string[]; severity: "error" | "warning" }> = {
  mentors: { columns: ["id"], severity: "error" },
  mentees: { columns: ["id"], severity: "error" },
  pairs: { columns: ["pairId"], severity: "error" },
  preferences: { columns: ["participantId"], severity: "warning" },
  // One answer per wave (and per programme year for entry/exit): see questionnaires/mapResponse.ts.
  surveys: { columns: ["participantId", "questionnaire", "stage", "wave", "academicYear"], severity: "warning" },
  meetings: { columns: ["pairId", "date", "type"], severity: "warning" },
};

function identityKey(sheet: BaseSheetKey, values: Record<string, unknown>): string | undefined {
  const parts = IDENTITY[sheet].columns.map((key) => {
    const v = values[key];
    return key === "id" || key === "participantId" || key === "pairId" ? idKey(v) : String(v ?? "").toLowerCase();
  });
  return parts[0] === "" ? undefined : parts.join("|");
}

export function validateBase<K extends BaseSheetKey>(
  sheet: K,
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  refs: Refs,
  options: ValidateOptions = {},
): BaseCheck<K> {
  const firstRow = options.firstRow ?? 2;
  const sheetName = SHEETS[sheet].name;
  const records: BaseRecords[K][] = [];
  const problems: Problem[] = [];
  const missingIds: number[] = [];
  const seen = new Map<string, number[]>();
  const build = BUILDERS[sheet] as Builder<K>;
  const isPeople = sheet === "mentors" || sheet === "mentees";

  rows.forEach((raw, index) => {
    if (isEmptyRow(raw)) return;
    const rowNumber = options.rowNumbers?.[index] ?? firstRow + index;
    const read = readRow(sheet, raw, rowNumber, refs);
    problems.push(...read.problems);
    if (isPeople && idKey(read.values.id) === "") missingIds.push(rowNumber);
    const key = identityKey(sheet, read.values);
    if (key !== undefined) {
      const at = seen.get(key);
      if (at) {
        const firstColumn = SHEETS[sheet].columns.find((c) => c.key === IDENTITY[sheet].columns[0]);
        const header = firstColumn?.header ?? "";
        const value = shown(raw[IDENTITY[sheet].columns[0]]);
        problems.push({
          sheet: sheetName,
          sheetKey: sheet,
          row: rowNumber,
          column: header,
          columnKey: firstColumn?.key ?? "",
          value,
          message:
            IDENTITY[sheet].columns.length === 1 && isPeople
              ? M.duplicateId(sheetName, rowNumber, header, value, at[0])
              : M.duplicateRecord(
                  sheetName,
                  rowNumber,
                  at[0],
                  IDENTITY[sheet].columns.map((c) => columnHeader(sheet, c)),
                ),
          severity: IDENTITY[sheet].severity,
        });
        at.push(rowNumber);
      } else {
        seen.set(key, [rowNumber]);
      }
    }
    if (read.unusable) return;
    const complete = !read.problems.some((p) => p.severity === "error");
    records.push(build(read.values, rowNumber, complete));
  });

  // A duplicated ID makes both rows incomplete: neither can be trusted until the curator decides.
  const duplicates = [...seen.entries()].filter(([, at]) => at.length > 1).map(([key, at]) => ({ key, rows: at }));
  if (isPeople) {
    const dupRows = new Set(duplicates.flatMap((d) => d.rows));
    for (const r of records as Array<{ row: number; complete: boolean }>) if (dupRows.has(r.row)) r.complete = false;
  }
  return { records, problems, missingIds, duplicates };
}

function columnHeader(sheet: BaseSheetKey, key: string): string {
  return SHEETS[sheet].columns.find((c) => c.key === key)?.header ?? key;
}
