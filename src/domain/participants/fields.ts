/**
 * Which kind of cell each column of the participant-side sheets holds. Derived from the column types in
 * sheets.ts, with the few columns that need a narrower reading (ages, grades, 1–10 scores) named here.
 */
import { SHEETS, type ColumnSpec, type SheetKey } from "../workbook/sheets";
import type { FieldKind } from "./cells";

export type BaseSheetKey = "mentors" | "mentees" | "pairs" | "meetings" | "surveys" | "preferences";
export const BASE_SHEETS: readonly BaseSheetKey[] = [
  "mentors",
  "mentees",
  "pairs",
  "meetings",
  "surveys",
  "preferences",
];

const OVERRIDES: Partial<Record<BaseSheetKey, Record<string, FieldKind>>> = {
  mentors: { age: { kind: "age" }, grade: { kind: "grade" }, experience: { kind: "years" }, source: { kind: "text" } },
  mentees: { age: { kind: "age" }, grade: { kind: "grade" }, experience: { kind: "years" }, source: { kind: "text" } },
  pairs: { mentorId: { kind: "id" }, menteeId: { kind: "id" } },
  meetings: { menteeRating: { kind: "score" }, mentorRating: { kind: "score" } },
  surveys: { role: { kind: "role" }, stage: { kind: "stage" }, total: { kind: "mean" } },
  preferences: {
    role: { kind: "role" },
    participantId: { kind: "id" },
    choice1: { kind: "id" },
    choice2: { kind: "id" },
    choice3: { kind: "id" },
  },
};

function fromColumn(sheet: SheetKey, c: ColumnSpec): FieldKind {
  switch (c.type) {
    case "id":
      return { kind: "id" };
    case "int":
      // Every whole-number column of «Опросы» is a scaled 1–10 item.
      return sheet === "surveys" ? { kind: "score" } : { kind: "count" };
    case "number":
      return { kind: "years" };
    case "date":
      return { kind: "date" };
    case "bool":
      return { kind: "bool" };
    case "list":
      return c.list && c.list !== "roleModels" ? { kind: "list", list: c.list } : { kind: "text" };
    case "tags":
      return c.list && c.list !== "roleModels" ? { kind: "tags", list: c.list } : { kind: "text" };
    default:
      return { kind: "text" };
  }
}

export function fieldKind(sheet: BaseSheetKey, column: ColumnSpec): FieldKind {
  return OVERRIDES[sheet]?.[column.key] ?? fromColumn(sheet, column);
}

export function baseColumns(sheet: BaseSheetKey): ColumnSpec[] {
  return SHEETS[sheet].columns;
}
