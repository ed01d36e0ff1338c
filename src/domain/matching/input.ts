/**
 * Sheet rows → matching records. Rows are objects keyed by the column keys of sheets.ts, with values as
 * Sheets returns them (strings, numbers, booleans, Dates, ''). Every cell goes through a zod schema; a
 * failure becomes a Russian problem naming sheet, row and column, and the row is left out of matching.
 */
import * as z from "zod";
import {
  isBlank,
  labelKey,
  matchLabel,
  parseCount,
  parseGrade,
  parseYesNo,
  splitTags,
  squashSpaces,
} from "../common/normalise";
import {
  DEFAULT_FORMS,
  DEFAULT_CATEGORIES,
  DEFAULT_ROLE_MODELS,
  PAIR_STATUSES,
  PARTICIPANT_STATUSES,
} from "../workbook/defaults";
import { parseDate } from "../participants/cells";
import { SHEETS, columnSpec, type SheetKey } from "../workbook/sheets";
import { INPUT_MESSAGES, SHEET_NAMES_GENITIVE } from "./messages";
import type {
  ExistingPair,
  InvalidRow,
  MatchRefs,
  MatchingInput,
  Mentee,
  Mentor,
  Preference,
  PreferenceRole,
  Problem,
} from "./types";

export const DEFAULT_MATCH_REFS: MatchRefs = {
  forms: DEFAULT_FORMS,
  categories: DEFAULT_CATEGORIES,
  roleModels: DEFAULT_ROLE_MODELS,
  participantStatuses: PARTICIPANT_STATUSES,
  pairStatuses: PAIR_STATUSES,
};

export type MatchingSheet = "mentors" | "mentees" | "pairs" | "preferences";
export type SheetRow = Readonly<Record<string, unknown>>;
export type MatchingRows = Partial<Record<MatchingSheet, ReadonlyArray<SheetRow>>>;

export interface ReadInputOptions {
  /** Sheet row number of each data row, by sheet; default: header in row 1, data from row 2. */
  rowNumbers?: Partial<Record<MatchingSheet, readonly number[]>>;
}

/** Marks a blank required cell; turned into INPUT_MESSAGES.required. */
const REQUIRED = "\u0000required";

type Cell<T> = z.ZodType<T>;

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER as never;
}

function text(required = false): Cell<string | undefined> {
  return z.unknown().transform((v, ctx) => {
    if (isBlank(v)) return required ? fail(ctx, REQUIRED) : undefined;
    return squashSpaces(String(v));
  });
}

function count(): Cell<number | undefined> {
  return z.unknown().transform((v, ctx) => {
    if (isBlank(v)) return undefined;
    const n = parseCount(v);
    return n === undefined ? fail(ctx, INPUT_MESSAGES.expectCount()) : n;
  });
}

/** Years of experience: 7, «7», «2,5», «3 года». */
function years(): Cell<number | undefined> {
  return z.unknown().transform((v, ctx) => {
    if (isBlank(v)) return undefined;
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
    const m = typeof v === "string" ? /^\s*(\d+(?:[.,]\d+)?)\s*(?:г\.?|год|года|лет)?\s*$/i.exec(v) : null;
    return m ? Number(m[1].replace(",", ".")) : fail(ctx, INPUT_MESSAGES.expectNumber());
  });
}

function grade(): Cell<number | undefined> {
  return z.unknown().transform((v, ctx) => {
    if (isBlank(v)) return undefined;
    const g = parseGrade(v);
    return g === undefined ? fail(ctx, INPUT_MESSAGES.expectGrade()) : g;
  });
}

function yesNo(): Cell<boolean> {
  return z.unknown().transform((v, ctx) => {
    const b = parseYesNo(v);
    return b === undefined ? fail(ctx, INPUT_MESSAGES.expectYesNo()) : b;
  });
}

/** A date as the codec gives it (ISO) or as typed in a CSV («01.09.2026») → ISO «YYYY-MM-DD». */
function isoDate(): Cell<string | undefined> {
  return z.unknown().transform((v, ctx) => {
    if (isBlank(v)) return undefined;
    return parseDate(v) ?? fail(ctx, INPUT_MESSAGES.expectDate());
  });
}

function tags(): Cell<string[]> {
  return z.unknown().transform((v) => splitTags(v));
}

/** One value of a reference list, canonicalised («Ученик-ученик» → «ученик – ученик»). */
function listValue(values: readonly string[], what: string, required = false): Cell<string | undefined> {
  return z.unknown().transform((v, ctx) => {
    if (isBlank(v)) return required ? fail(ctx, REQUIRED) : undefined;
    return matchLabel(String(v), values) ?? fail(ctx, INPUT_MESSAGES.expectListValue(what, values));
  });
}

/** Several values of a reference list, each canonicalised; one unknown value fails the cell. */
function listValues(values: readonly string[], what: string, required = false): Cell<string[]> {
  return z.unknown().transform((v, ctx) => {
    const parts = splitTags(v);
    if (parts.length === 0) return required ? fail(ctx, REQUIRED) : [];
    const out: string[] = [];
    for (const part of parts) {
      const found = matchLabel(part, values);
      if (!found) return fail(ctx, INPUT_MESSAGES.expectListValue(what, values));
      if (!out.includes(found)) out.push(found);
    }
    return out;
  });
}

/** A status compared with its list but never failing: an unknown status is a warning, checked after. */
function status(values: readonly string[]): Cell<string | undefined> {
  return z
    .unknown()
    .transform((v) => (isBlank(v) ? undefined : (matchLabel(String(v), values) ?? squashSpaces(String(v)))));
}

const ROLE_NAMES: Record<PreferenceRole, readonly string[]> = {
  mentor: ["наставник", "mentor"],
  mentee: ["наставляемый", "наставляемая", "mentee"],
};

function role(): Cell<PreferenceRole | undefined> {
  return z.unknown().transform((v, ctx) => {
    if (isBlank(v)) return undefined;
    const key = labelKey(String(v));
    const found = (Object.keys(ROLE_NAMES) as PreferenceRole[]).find((r) =>
      ROLE_NAMES[r].some((name) => labelKey(name) === key),
    );
    return found ?? fail(ctx, INPUT_MESSAGES.expectRole());
  });
}

function schemas(refs: MatchRefs) {
  const person = {
    id: text(true),
    name: text(true),
    category: listValue(refs.categories, SHEET_NAMES_GENITIVE.categories, true),
    grade: grade(),
    age: count(),
    experience: years(),
    tenure: years(),
    subject: text(),
    consent: yesNo(),
    status: status(refs.participantStatuses),
  };
  return {
    mentors: z.object({
      ...person,
      competencies: tags(),
      forms: listValues(refs.forms, SHEET_NAMES_GENITIVE.forms, true),
      capacity: count(),
      trained: yesNo(),
      interviewed: yesNo(),
      certificateDate: isoDate(),
    }),
    mentees: z.object({
      ...person,
      requests: tags(),
      needs: tags(),
      form: listValue(refs.forms, SHEET_NAMES_GENITIVE.forms),
    }),
    pairs: z.object({
      pairId: text(),
      mentorId: text(true),
      menteeId: text(true),
      form: listValue(refs.forms, SHEET_NAMES_GENITIVE.forms),
      roleModel: text(),
      status: status(refs.pairStatuses),
      locked: yesNo(),
    }),
    preferences: z.object({
      participantId: text(true),
      role: role(),
      choice1: text(),
      choice2: text(),
      choice3: text(),
    }),
  };
}

function display(value: unknown): string {
  return String(value ?? "");
}

function rowIsBlank(row: SheetRow): boolean {
  return Object.values(row).every(isBlank);
}

interface ParsedRow<T> {
  row: number;
  raw: SheetRow;
  data?: T;
}

/** Parses one sheet's rows; blank rows are skipped; each failing cell becomes a problem. */
function parseSheet<T>(
  sheet: SheetKey & MatchingSheet,
  rows: ReadonlyArray<SheetRow>,
  schema: z.ZodObject<z.ZodRawShape, z.core.$strip> & z.ZodType<T>,
  rowNumbers: readonly number[] | undefined,
  problems: Problem[],
): ParsedRow<T>[] {
  const sheetName = SHEETS[sheet].name;
  const out: ParsedRow<T>[] = [];
  rows.forEach((raw, index) => {
    if (rowIsBlank(raw)) return;
    const row = rowNumbers?.[index] ?? index + 2;
    // Every column present: a missing key is a blank cell (a CSV or a sheet without that column).
    const cells: Record<string, unknown> = {};
    for (const key of Object.keys(schema.shape)) cells[key] = raw[key] ?? "";
    const parsed = schema.safeParse(cells);
    if (parsed.success) {
      out.push({ row, raw, data: parsed.data });
      return;
    }
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "");
      const header = key ? columnSpec(sheet, key).header : "";
      const message =
        issue.message === REQUIRED
          ? INPUT_MESSAGES.required(sheetName, row, header)
          : INPUT_MESSAGES.cell(sheetName, row, header, display(raw[key]), issue.message);
      problems.push({ severity: "error", sheet: sheetName, row, column: header, message });
    }
    out.push({ row, raw });
  });
  return out;
}

/** Marks every row whose ID repeats as failed: pairs and preferences refer to people by ID. */
function rejectDuplicateIds<T extends { id?: string }>(
  sheet: SheetKey,
  rows: ParsedRow<T>[],
  problems: Problem[],
): void {
  const byId = new Map<string, ParsedRow<T>[]>();
  for (const r of rows) {
    const id = isBlank(r.raw.id) ? undefined : squashSpaces(String(r.raw.id));
    if (!id) continue;
    const list = byId.get(id) ?? [];
    list.push(r);
    byId.set(id, list);
  }
  const sheetName = SHEETS[sheet].name;
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const r of list) {
      problems.push({
        severity: "error",
        sheet: sheetName,
        row: r.row,
        column: columnSpec(sheet, "id").header,
        message: INPUT_MESSAGES.duplicateId(
          sheetName,
          r.row,
          id,
          list.map((x) => x.row),
        ),
      });
      r.data = undefined;
    }
  }
}

function warnUnknownStatus(
  sheet: SheetKey,
  row: number,
  value: string | undefined,
  values: readonly string[],
  what: string,
  problems: Problem[],
): void {
  if (value === undefined || values.includes(value)) return;
  const sheetName = SHEETS[sheet].name;
  const header = columnSpec(sheet, "status").header;
  problems.push({
    severity: "warning",
    sheet: sheetName,
    row,
    column: header,
    message: INPUT_MESSAGES.cell(sheetName, row, header, value, INPUT_MESSAGES.expectListValue(what, values)),
  });
}

function invalidRow(sheet: "mentors" | "mentees", r: ParsedRow<unknown>): InvalidRow {
  const id = isBlank(r.raw.id) ? undefined : squashSpaces(String(r.raw.id));
  const name = isBlank(r.raw.name) ? undefined : squashSpaces(String(r.raw.name));
  return { sheet, row: r.row, ...(id ? { id } : {}), ...(name ? { name } : {}) };
}

/** Drops undefined fields so records compare and print cleanly. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function readMatchingInput(
  rows: MatchingRows,
  refs: MatchRefs = DEFAULT_MATCH_REFS,
  options: ReadInputOptions = {},
): MatchingInput {
  const problems: Problem[] = [];
  const s = schemas(refs);
  const nums = options.rowNumbers ?? {};

  const mentorRows = parseSheet("mentors", rows.mentors ?? [], s.mentors, nums.mentors, problems);
  const menteeRows = parseSheet("mentees", rows.mentees ?? [], s.mentees, nums.mentees, problems);
  rejectDuplicateIds("mentors", mentorRows, problems);
  rejectDuplicateIds("mentees", menteeRows, problems);
  for (const sheet of ["mentors", "mentees"] as const) {
    if ((sheet === "mentors" ? mentorRows : menteeRows).length === 0) {
      problems.push({
        severity: "error",
        sheet: SHEETS[sheet].name,
        message: INPUT_MESSAGES.emptyBase(SHEETS[sheet].name),
      });
    }
  }

  const mentors: Mentor[] = [];
  const mentees: Mentee[] = [];
  const invalidRows: InvalidRow[] = [];
  for (const r of mentorRows) {
    if (!r.data) {
      invalidRows.push(invalidRow("mentors", r));
      continue;
    }
    const d = r.data;
    warnUnknownStatus(
      "mentors",
      r.row,
      d.status,
      refs.participantStatuses,
      SHEET_NAMES_GENITIVE.participantStatuses,
      problems,
    );
    // A blank «Макс. наставляемых» means one mentee: a pair is the default, a group is asked for explicitly.
    mentors.push(
      compact({
        ...d,
        id: d.id as string,
        name: d.name as string,
        category: d.category as string,
        capacity: d.capacity ?? 1,
        row: r.row,
      }),
    );
  }
  for (const r of menteeRows) {
    if (!r.data) {
      invalidRows.push(invalidRow("mentees", r));
      continue;
    }
    const d = r.data;
    warnUnknownStatus(
      "mentees",
      r.row,
      d.status,
      refs.participantStatuses,
      SHEET_NAMES_GENITIVE.participantStatuses,
      problems,
    );
    if (d.form === undefined) {
      const header = columnSpec("mentees", "form").header;
      problems.push({
        severity: "warning",
        sheet: SHEETS.mentees.name,
        row: r.row,
        column: header,
        message: INPUT_MESSAGES.noForm(SHEETS.mentees.name, r.row, header),
      });
    }
    mentees.push(
      compact({ ...d, id: d.id as string, name: d.name as string, category: d.category as string, row: r.row }),
    );
  }

  const pairs: ExistingPair[] = [];
  for (const r of parseSheet("pairs", rows.pairs ?? [], s.pairs, nums.pairs, problems)) {
    if (!r.data) continue;
    const d = r.data;
    warnUnknownStatus("pairs", r.row, d.status, refs.pairStatuses, SHEET_NAMES_GENITIVE.pairStatuses, problems);
    pairs.push(compact({ ...d, mentorId: d.mentorId as string, menteeId: d.menteeId as string, row: r.row }));
  }

  const mentorIds = new Set(mentors.map((m) => m.id));
  const menteeIds = new Set(mentees.map((m) => m.id));
  const preferences: Preference[] = [];
  const prefSheet = SHEETS.preferences.name;
  for (const r of parseSheet("preferences", rows.preferences ?? [], s.preferences, nums.preferences, problems)) {
    if (!r.data) continue;
    const d = r.data;
    const id = d.participantId as string;
    const role: PreferenceRole | undefined =
      d.role ??
      (mentorIds.has(id) && !menteeIds.has(id)
        ? "mentor"
        : menteeIds.has(id) && !mentorIds.has(id)
          ? "mentee"
          : undefined);
    if (!role || !(role === "mentor" ? mentorIds : menteeIds).has(id)) {
      problems.push({
        severity: "warning",
        sheet: prefSheet,
        row: r.row,
        message: INPUT_MESSAGES.preferenceUnknown(prefSheet, r.row, id),
      });
      continue;
    }
    const choices = [d.choice1, d.choice2, d.choice3].filter((c): c is string => c !== undefined);
    preferences.push({ participantId: id, role, choices, row: r.row });
  }

  return { mentors, mentees, pairs, preferences, invalidRows, problems };
}
