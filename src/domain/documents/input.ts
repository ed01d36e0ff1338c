/**
 * Sheet rows → what documents are made from. Rows come keyed by the column keys of sheets.ts, values as
 * Sheets returns them (or as a CSV holds them: «дд.мм.гггг» or ISO dates, «да/нет»). Participants are read
 * by the registers' own row reader (participants/readRow), pairs through a zod schema here; settings come
 * as the keyed record readSettings gives. Dates become ISO strings.
 */
import * as z from "zod";
import { isBlank, matchLabel, parseYesNo, splitTags, squashSpaces } from "../common/normalise";
import { parseDate } from "../participants/cells";
import { isMinor } from "../participants/consent";
import { defaultRefs, readRow, type Refs } from "../participants/index";
import type { ReportModel } from "../report/index";
import { DEFAULT_FORMS, DEFAULT_ROLE_MODELS } from "../workbook/defaults";
import type { IsoDate } from "./dates";

export interface SheetRow {
  /** 1-based sheet row (or CSV line), for messages. */
  rowNumber: number;
  cells: Readonly<Record<string, unknown>>;
}

/** The sheets documents read, as rows keyed by column key. Absent sheets are empty. */
export interface DocumentSheets {
  refs?: readonly SheetRow[];
  mentors?: readonly SheetRow[];
  mentees?: readonly SheetRow[];
  pairs?: readonly SheetRow[];
}

export interface DocumentSettings {
  organisation: string;
  municipality: string;
  curator: string;
  director: string;
  directorTitle: string;
  regionalAct: string;
  programPeriod: string;
  satisfactionThreshold: string;
  surveyWaves: string;
  pseudonymous: boolean;
}

export interface Person {
  row: number;
  id: string;
  name: string;
  category: string;
  grade: string;
  organisation: string;
  /** Mentors: the forms they work in; mentees: the form they want. */
  forms: string[];
  consent: boolean;
  status: string;
  minor: boolean;
}

export interface PairRecord {
  row: number;
  pairId: string;
  mentorId: string;
  menteeId: string;
  mentorName: string;
  menteeName: string;
  form: string;
  roleModel: string;
  status: string;
  start?: IsoDate;
  end?: IsoDate;
}

export interface DocumentInput {
  /** The document's date. */
  date: IsoDate;
  settings: DocumentSettings;
  forms: string[];
  roleModels: Array<{ form: string; model: string }>;
  mentors: Person[];
  mentees: Person[];
  pairs: PairRecord[];
  /** The monitoring report's figures (analytical report only). */
  report?: ReportModel;
}

export function isoOf(d: Date): IsoDate {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const text = z.unknown().transform((v) => (isBlank(v) ? "" : v instanceof Date ? isoOf(v) : squashSpaces(String(v))));
const optionalDate = z.unknown().transform((v) => {
  const d = parseDate(v);
  return d ? isoOf(d) : undefined;
});

const PairRow = z.object({
  pairId: text,
  mentorId: text,
  menteeId: text,
  mentorName: text,
  menteeName: text,
  form: text,
  roleModel: text,
  status: text,
  start: optionalDate,
  end: optionalDate,
});

export function readDocumentSettings(raw: Readonly<Record<string, unknown>>): DocumentSettings {
  const s = (key: string) => text.parse(raw[key]);
  return {
    organisation: s("organisation"),
    municipality: s("municipality"),
    curator: s("curator"),
    director: s("director"),
    directorTitle: s("directorTitle"),
    regionalAct: s("regionalAct"),
    programPeriod: s("programPeriod"),
    satisfactionThreshold: s("satisfactionThreshold"),
    surveyWaves: s("surveyWaves"),
    pseudonymous: parseYesNo(raw.pseudonymous) === true,
  };
}

function readRefs(rows: readonly SheetRow[]): { forms: string[]; roleModels: Array<{ form: string; model: string }> } {
  const forms = rows.map((r) => text.parse(r.cells.forms)).filter(Boolean);
  const formList = forms.length ? forms : [...DEFAULT_FORMS];
  const models = rows
    .map((r) => ({ form: text.parse(r.cells.roleModelForm), model: text.parse(r.cells.roleModels) }))
    .filter((m) => m.form && m.model)
    .map((m) => ({ form: matchLabel(m.form, formList) ?? m.form, model: m.model }));
  return { forms: formList, roleModels: rows.length ? models : [...DEFAULT_ROLE_MODELS] };
}

function readPeople(sheet: "mentors" | "mentees", rows: readonly SheetRow[], refs: Refs): Person[] {
  return rows.map((r) => {
    const v = readRow(sheet, r.cells, r.rowNumber, refs).values;
    const str = (x: unknown) => (typeof x === "string" ? x : x === undefined ? "" : String(x));
    const age = typeof v.age === "number" ? v.age : undefined;
    const category = str(v.category);
    return {
      row: r.rowNumber,
      id: str(v.id),
      name: str(v.name),
      category,
      grade: str(v.grade),
      organisation: str(v.organisation),
      forms:
        sheet === "mentors"
          ? Array.isArray(v.forms)
            ? (v.forms as string[])
            : splitTags(v.forms)
          : [str(v.form)].filter(Boolean),
      consent: v.consent === true,
      status: str(v.status),
      minor: isMinor({ age, category: category || undefined }),
    };
  });
}

export function readDocumentInput(
  sheets: DocumentSheets,
  settings: Readonly<Record<string, unknown>>,
  date: IsoDate,
  report?: ReportModel,
): DocumentInput {
  const { forms, roleModels } = readRefs(sheets.refs ?? []);
  const refs: Refs = { ...defaultRefs(), forms };
  const form = (v: string) => matchLabel(v, forms) ?? v;
  const pairs = (sheets.pairs ?? []).map((r) => {
    // A column the sheet (or CSV) lacks reads as blank.
    const p = PairRow.parse(Object.fromEntries(Object.keys(PairRow.shape).map((k) => [k, r.cells[k] ?? ""])));
    return { row: r.rowNumber, ...p, form: form(p.form) };
  });
  return {
    date,
    settings: readDocumentSettings(settings),
    forms,
    roleModels,
    mentors: readPeople("mentors", sheets.mentors ?? [], refs),
    mentees: readPeople("mentees", sheets.mentees ?? [], refs),
    pairs,
    ...(report ? { report } : {}),
  };
}
