/**
 * Sheet rows → what documents are made from. Rows come keyed by the column keys of sheets.ts and decoded
 * by the cell codec (dates as IsoDate, blank as ""), from a live workbook or a folder of CSV files.
 * Participants are read by the registers' own row reader (participants/readRow), pairs through a zod
 * schema here; settings are the typed «Настройки»; the reference lists come from the one «Справочники» reader.
 */
import * as z from "zod";
import { isBlank, matchLabel, splitTags, squashSpaces } from "../common/normalise";
import { isIsoDate, parseDateText, type IsoDate } from "../common/dates";
import { isMinor } from "../participants/consent";
import { defaultRefs, readRow, type Refs } from "../participants/index";
import type { ReportModel } from "../report/index";
import type { Settings } from "../workbook/settings";

export interface SheetRow {
  /** 1-based sheet row (or CSV line), for messages. */
  rowNumber: number;
  cells: Readonly<Record<string, unknown>>;
}

/** The registers documents read, as rows keyed by column key. Absent sheets are empty. */
export interface DocumentSheets {
  mentors?: readonly SheetRow[];
  mentees?: readonly SheetRow[];
  pairs?: readonly SheetRow[];
}

/** The forms of mentoring and their role models, as «Справочники» lists them. */
export interface DocumentRefs {
  forms: readonly string[];
  roleModels: ReadonlyArray<{ form: string; model: string }>;
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
  settings: Settings;
  forms: string[];
  roleModels: Array<{ form: string; model: string }>;
  mentors: Person[];
  mentees: Person[];
  pairs: PairRecord[];
  /** The monitoring report's figures (analytical report only). */
  report?: ReportModel;
}

const text = z.unknown().transform((v) => (isBlank(v) ? "" : squashSpaces(String(v))));
const day = z.unknown().transform((v) => {
  if (isIsoDate(v)) return v;
  return typeof v === "string" ? parseDateText(v) : undefined;
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
  start: day,
  end: day,
});

function readPeople(sheet: "mentors" | "mentees", rows: readonly SheetRow[], refs: Refs): Person[] {
  return rows.map((r) => {
    const v = readRow(sheet, r.cells, r.rowNumber, refs).values;
    const str = (x: unknown) => (typeof x === "string" ? x : x === undefined ? "" : String(x));
    const age = typeof v.age === "number" ? v.age : undefined;
    const category = str(v.category);
    const forms =
      sheet === "mentors"
        ? Array.isArray(v.forms)
          ? (v.forms as string[])
          : splitTags(v.forms)
        : [str(v.form)].filter(Boolean);
    return {
      row: r.rowNumber,
      id: str(v.id),
      name: str(v.name),
      category,
      grade: str(v.grade),
      organisation: str(v.organisation),
      forms,
      consent: v.consent === true,
      status: str(v.status),
      minor: isMinor({ age, category: category || undefined }),
    };
  });
}

export function readDocumentInput(
  sheets: DocumentSheets,
  settings: Settings,
  refs: DocumentRefs,
  date: IsoDate,
  report?: ReportModel,
): DocumentInput {
  const forms = [...refs.forms];
  const rowRefs: Refs = { ...defaultRefs(), forms };
  const form = (v: string) => matchLabel(v, forms) ?? v;
  const pairs = (sheets.pairs ?? []).map((r) => {
    // A column the sheet (or CSV) lacks reads as blank.
    const p = PairRow.parse(Object.fromEntries(Object.keys(PairRow.shape).map((k) => [k, r.cells[k] ?? ""])));
    return { row: r.rowNumber, ...p, form: form(p.form) };
  });
  return {
    date,
    settings,
    forms,
    roleModels: refs.roleModels.map((m) => ({ form: matchLabel(m.form, forms) ?? m.form, model: m.model })),
    mentors: readPeople("mentors", sheets.mentors ?? [], rowRefs),
    mentees: readPeople("mentees", sheets.mentees ?? [], rowRefs),
    pairs,
    ...(report ? { report } : {}),
  };
}
