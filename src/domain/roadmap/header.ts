/**
 * Finding the header of a roadmap table and what each column holds, whatever the names and the order:
 * «№ п/п · Наименование мероприятий · Срок реализации · Ответственный исполнитель · Результат. Вид документа».
 */
import { HEADER_FILLER, HEADER_SYNONYMS, IGNORED_HEADERS } from "./vocabulary";
import type { ColumnRole } from "./types";

const CONTENT_ROLES: ColumnRole[] = ["stage", "title", "content", "deadline", "responsible", "result"];

export function roleOfHeader(text: string): ColumnRole | undefined {
  const t = text.replace(/[\s\u00A0]+/g, " ").trim();
  if (!t || t.split(" ").length > 8 || IGNORED_HEADERS.test(t)) return undefined;
  for (const { role, pattern } of HEADER_SYNONYMS) if (pattern.test(t)) return role;
  return undefined;
}

export interface TableHeader {
  row: number;
  columns: Partial<Record<ColumnRole, number>>;
  width: number;
}

/** The first row whose cells name at least two roadmap columns. */
export function findTableHeader(rows: string[][]): TableHeader | undefined {
  let first: TableHeader | undefined;
  for (let r = 0; r < rows.length; r++) {
    const columns: Partial<Record<ColumnRole, number>> = {};
    rows[r].forEach((cell, c) => {
      const role = roleOfHeader(cell);
      if (role && columns[role] === undefined) columns[role] = c;
    });
    const contentRoles = CONTENT_ROLES.filter((role) => columns[role] !== undefined);
    if (contentRoles.length >= 2) {
      const found = { row: r, columns, width: rows[r].length };
      if (complete(Object.keys(columns) as ColumnRole[])) return found;
      first ??= found;
    }
  }
  return first;
}

/** Whether a row repeats the header (a table split across pages). */
export function isHeaderRepeat(row: readonly string[], columns: Partial<Record<ColumnRole, number>>): boolean {
  let same = 0;
  for (const [role, index] of Object.entries(columns)) {
    if (index === undefined) continue;
    if (roleOfHeader(row[index] ?? "") === role) same++;
  }
  return same >= 2;
}

export { isNumberingRow } from "../layout/textTable";

const word = (w: string) =>
  w
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/^[«"(]+|[»"),.:;]+$/g, "");

/** Roles named in a line of text, in order, when the line is nothing but header words; else undefined. */
export function headerLineRoles(line: string): ColumnRole[] | undefined {
  const words = line
    .replace(/[\u00A0]/g, " ")
    .split(/\s+/)
    .map(word)
    .filter((w) => w !== "");
  if (words.length === 0 || words.length > 12 || /^\d/.test(words[0])) return undefined;
  const roles: ColumnRole[] = [];
  let named = 0;
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : "";
    const pairRole = pair ? roleOfHeader(pair) : undefined;
    if (pairRole && (pair === "наименование этапа" || pair === "вид документа")) {
      roles.push(pairRole);
      named++;
      i++;
      continue;
    }
    const role = roleOfHeader(words[i]);
    if (role) {
      roles.push(role);
      named++;
    } else if (!HEADER_FILLER.has(words[i])) return undefined;
  }
  return named > 0 ? roles : undefined;
}

export interface TextHeader {
  /** 0-based index of the first and last header line. */
  start: number;
  end: number;
  /** Roles in the order the columns appear. */
  roles: ColumnRole[];
  /** No header in the text: the roles were inferred from the rows (inferText.ts). */
  inferred?: boolean;
}

/** A run of header-only lines (PDF headers wrap: «№ п/п Наименование» / «мероприятий» / «Срок реализации …»). */
export function findTextHeader(lines: string[], from = 0): TextHeader | undefined {
  let first: TextHeader | undefined;
  for (let i = from; i < lines.length; i++) {
    if (!headerLineRoles(lines[i])) continue;
    const roles: ColumnRole[] = [];
    let end = i;
    let seen = 0;
    for (let j = i; j < lines.length && seen < 10; j++) {
      if (lines[j].trim() === "") continue;
      const lineRoles = headerLineRoles(lines[j]);
      if (!lineRoles) break;
      seen++;
      end = j;
      for (const role of lineRoles) if (!roles.includes(role)) roles.push(role);
    }
    if (CONTENT_ROLES.filter((r) => roles.includes(r)).length >= 2) {
      const found = { start: i, end, roles };
      if (complete(roles)) return found;
      first ??= found;
    }
    i = end;
  }
  return first;
}

/** A header a roadmap can be read with; other tables of the document (forms, stages) come before it. */
const complete = (roles: ColumnRole[]) =>
  roles.includes("deadline") && (roles.includes("title") || roles.includes("content"));
