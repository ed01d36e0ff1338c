/**
 * One zod schema per kind of cell: each takes a value as Sheets returns it (string, number, boolean, Date,
 * '') and gives the typed value, or fails with the Russian «ожидается …» text. Blank cells give undefined;
 * whether a blank is allowed is the row's business (required columns).
 */
import * as z from "zod";
import { formatDateRu, isIsoDate, parseDateText, type IsoDate } from "../common/dates";
import {
  isBlank,
  matchLabel,
  normaliseDashes,
  parseGrade,
  parseYesNo,
  splitTags,
  squashSpaces,
} from "../common/normalise";
import { PARTICIPANT_MESSAGES as M } from "./messages";
import type { Refs } from "./refs";
import { SHEETS, type RefListKey } from "../workbook/sheets";

export type CellValue = string | number | boolean | null | undefined;

export type FieldKind =
  | { kind: "text" }
  | { kind: "id" }
  | { kind: "count" }
  | { kind: "age" }
  | { kind: "years" }
  | { kind: "bool" }
  | { kind: "date" }
  | { kind: "grade" }
  | { kind: "score" }
  | { kind: "mean" }
  | { kind: "stage" }
  | { kind: "role" }
  | { kind: "list"; list: Exclude<RefListKey, "roleModels"> }
  | { kind: "tags"; list: Exclude<RefListKey, "roleModels"> };

/** A tag that is not in its reference list is kept (lists are editable) but reported as a warning. */
export interface TagsValue {
  tags: string[];
  unknown: string[];
}

export const STAGES = ["вход", "выход"] as const;
export const ROLES = ["наставник", "наставляемый", "куратор"] as const;
export type Role = (typeof ROLES)[number];

export function refListName(list: RefListKey): string {
  return SHEETS.refs.columns.find((c) => c.key === list)?.header ?? list;
}

/** A row with nothing typed in it (Sheets returns false for an unticked checkbox, so false is blank too). */
export function isEmptyRow(row: Readonly<Record<string, unknown>>): boolean {
  return Object.values(row).every((v) => v === false || isBlank(v));
}

/** Text as a person would read the cell, for messages and for text columns (cells arrive decoded: no Dates). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (isIsoDate(value)) return formatDateRu(value);
  return String(value);
}

/** «01.09.2026», «1.9.2026», «2026-09-01» → the day; anything else → undefined. */
export function parseDate(value: unknown): IsoDate | undefined {
  return typeof value === "string" ? parseDateText(value) : undefined;
}

function parseNumberText(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value !== "string") return undefined;
  const m = /^\s*(\d+(?:[.,]\d+)?)\s*(?:г\.?|год|года|лет)?\s*$/i.exec(value);
  return m ? Number(m[1].replace(",", ".")) : undefined;
}

function parseWhole(value: unknown, min: number, max: number): number | undefined {
  const n = parseNumberText(value);
  if (n === undefined || !Number.isInteger(n) || n < min || n > max) return undefined;
  return n;
}

/** A zod schema that maps a cell with `read` and fails with `expected` when it gives undefined. */
function cell<T>(read: (value: unknown) => T | undefined, expected: string): z.ZodType<T | undefined, unknown> {
  return z.unknown().transform((value, ctx) => {
    if (isBlank(value)) return undefined;
    const out = read(value);
    if (out === undefined) {
      ctx.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    }
    return out;
  });
}

const plainText = (value: unknown): string => (squashSpaces(cellText(value)) === "" ? "" : cellText(value).trim());

/** The schema for one kind of cell, with the reference lists it needs. */
export function cellSchema(field: FieldKind, refs: Refs): z.ZodType<unknown, unknown> {
  const E = M.expected;
  switch (field.kind) {
    case "text":
      return cell((v) => plainText(v), E.text);
    case "id":
      return cell((v) => (typeof v === "boolean" ? undefined : squashSpaces(normaliseDashes(cellText(v)))), E.id);
    case "count":
      return cell((v) => parseWhole(v, 0, 100000), E.count);
    case "age":
      return cell((v) => parseWhole(v, 5, 99), E.age);
    case "years":
      return cell((v) => {
        const n = parseNumberText(v);
        return n !== undefined && n >= 0 && n <= 80 ? n : undefined;
      }, E.years);
    case "bool":
      return z.unknown().transform((value, ctx) => {
        const b = parseYesNo(value);
        if (b === undefined) {
          ctx.addIssue({ code: "custom", message: E.bool });
          return z.NEVER;
        }
        return b;
      });
    case "date":
      return cell(parseDate, E.date);
    case "grade":
      // Kept as typed («7Б») for people; the number is derived where it is needed.
      return cell((v) => (parseGrade(v) === undefined ? undefined : squashSpaces(cellText(v))), E.grade);
    case "score":
      return cell((v) => parseWhole(v, 1, 10), E.score);
    case "mean":
      return cell((v) => {
        const n = parseNumberText(v);
        return n !== undefined && n >= 1 && n <= 10 ? n : undefined;
      }, E.mean);
    case "stage":
      return cell((v) => matchLabel(cellText(v), STAGES), E.stage);
    case "role":
      return cell((v) => matchLabel(cellText(v), ROLES), E.role);
    case "list": {
      const labels = refs[field.list];
      return cell((v) => matchLabel(cellText(v), labels), E.list(refListName(field.list)));
    }
    case "tags": {
      const labels = refs[field.list];
      // Never fails: unknown tags are kept and reported as warnings by the row check.
      return z.unknown().transform((value): TagsValue => {
        const tags: string[] = [];
        const unknown: string[] = [];
        for (const typed of splitTags(cellText(value))) {
          const known = matchLabel(typed, labels);
          if (!known) unknown.push(typed);
          const tag = known ?? typed;
          if (!tags.includes(tag)) tags.push(tag);
        }
        return { tags, unknown };
      });
    }
  }
}
