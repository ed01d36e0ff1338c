/**
 * Reading a form response: Google's `namedValues` (question title → answers) through a zod schema, then each
 * item's answer as its type wants it. Checkbox answers may arrive as one «a, b» string or as separate
 * values; options that themselves contain commas are recognised first.
 */
import * as z from "zod";
import { labelKey, matchLabel, parseGrade, squashSpaces } from "../common/normalise";
import type { IsoDate } from "../common/dates";
import { parseDate } from "../participants/cells";
import { PARTICIPANT_MESSAGES as PM } from "../participants/messages";
import { ANSWER_MESSAGES as M } from "./messages";
import type { ItemDef, QuestionnaireDef } from "./types";

export type NamedValues = Record<string, string[]>;

/** A single string where an array is expected is accepted: some callers flatten single answers. */
export const namedValuesSchema = z.record(
  z.string(),
  z
    .union([z.array(z.union([z.string(), z.number(), z.boolean()])), z.string(), z.number(), z.boolean()])
    .transform((v) => (Array.isArray(v) ? v : [v]).map((x) => String(x))),
);

/** Titles Google gives the collected e-mail address column. */
export const EMAIL_TITLES = ["Адрес электронной почты", "Электронная почта", "Email Address", "Email", "E-mail"];

/** Dates are IsoDate strings (a date item's answer). */
export type AnswerValue = string | number | string[];
export type Answers = Map<string, AnswerValue>;

export function rawAnswer(values: NamedValues, title: string): string[] {
  const exact = values[title];
  const found = exact ?? Object.entries(values).find(([k]) => labelKey(k) === labelKey(title))?.[1] ?? [];
  return found.map((v) => v.trim()).filter((v) => v !== "");
}

export function respondentEmail(values: NamedValues): string | undefined {
  for (const title of EMAIL_TITLES) {
    const [email] = rawAnswer(values, title);
    if (email && /^[^\s@]+@[^\s@]+$/.test(email)) return email.toLowerCase();
  }
  return undefined;
}

/** Split checkbox answers into known options (canonical spelling) and «Другое» texts. */
export function splitCheckbox(
  values: readonly string[],
  options: readonly string[],
): { known: string[]; other: string[] } {
  const known: string[] = [];
  const other: string[] = [];
  const byLength = [...options].sort((a, b) => b.length - a.length);
  for (const value of values) {
    let rest = value.trim();
    while (rest !== "") {
      const hit = byLength.find((opt) => {
        const head = rest.slice(0, opt.length);
        const tail = rest.slice(opt.length);
        return labelKey(head) === labelKey(opt) && (tail.trim() === "" || /^\s*[,;]/.test(tail));
      });
      if (hit) {
        if (!known.includes(hit)) known.push(hit);
        rest = rest.slice(hit.length).replace(/^\s*[,;]\s*/, "");
        continue;
      }
      const m = /^(.*?)\s*(?:[,;]\s*|$)/s.exec(rest) as RegExpExecArray;
      const piece = m[1].trim();
      const canonical = matchLabel(piece, options);
      if (canonical) {
        if (!known.includes(canonical)) known.push(canonical);
      } else if (piece !== "" && !other.includes(piece)) {
        other.push(piece);
      }
      rest = rest.slice(m[0].length === 0 ? rest.length : m[0].length);
    }
  }
  return { known, other };
}

/** Dates as Forms writes them for a Russian or an ISO locale; «5/10/2026» only when unambiguous. */
export function parseAnswerDate(text: string): IsoDate | undefined {
  const direct = parseDate(text);
  if (direct) return direct;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  // Only one reading is a valid date when one part is over 12.
  if (a > 12 && b <= 12) return parseDate(`${a}.${b}.${m[3]}`);
  if (b > 12 && a <= 12) return parseDate(`${b}.${a}.${m[3]}`);
  return undefined;
}

function whole(text: string, min: number, max: number): number | undefined {
  const m = /^\s*(\d{1,3})\s*(?:лет|год|года)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= min && n <= max ? n : undefined;
}

function years(text: string): number | undefined {
  const m = /^\s*(\d{1,2}(?:[.,]\d+)?)\s*(?:лет|год|года|г\.?)?\s*$/i.exec(text);
  return m ? Number(m[1].replace(",", ".")) : undefined;
}

export type ReadResult = { ok: true; value: AnswerValue | undefined } | { ok: false; reason: string };

/**
 * One item's answer, typed. `choices` are the item's current choices (or a function giving them) (for base lists the label is kept
 * as given and resolved by the mapper, which knows the role). Blank → undefined; required-ness is checked
 * by the caller, which knows which sections the respondent went through.
 */
export function readItem(
  item: ItemDef,
  values: readonly string[],
  choices: readonly string[] | (() => readonly string[]),
): ReadResult {
  if (values.length === 0) return { ok: true, value: undefined };
  // Asked for only when used: a list of people is not built to read an answer that is kept as written.
  const options = (): readonly string[] => (typeof choices === "function" ? choices() : choices);
  const text = values.join(item.type === "paragraph" ? "\n" : ", ");
  const bad = (expected: string): ReadResult => ({ ok: false, reason: M.badValue(item.title, text, expected) });
  switch (item.type) {
    case "text":
    case "paragraph": {
      if (item.check === "age") {
        const n = whole(text, 5, 99);
        return n === undefined ? bad(PM.expected.age) : { ok: true, value: n };
      }
      if (item.check === "years") {
        const n = years(text);
        return n === undefined || n > 80 ? bad(PM.expected.years) : { ok: true, value: n };
      }
      if (item.check === "grade") {
        return parseGrade(text) === undefined ? bad(PM.expected.grade) : { ok: true, value: squashSpaces(text) };
      }
      // Free text is kept as typed: line breaks, emoji, markup; only the ends are trimmed.
      return { ok: true, value: text };
    }
    case "choice":
    case "list": {
      if (item.choices?.from === "base") return { ok: true, value: text };
      const canonical = matchLabel(text, options());
      if (canonical) return { ok: true, value: canonical };
      return item.other ? { ok: true, value: text } : { ok: false, reason: M.badChoice(item.title, text) };
    }
    case "checkbox": {
      const { known, other } = splitCheckbox(values, options());
      if (other.length > 0 && !item.other) return { ok: false, reason: M.badChoice(item.title, other.join(", ")) };
      return { ok: true, value: [...known, ...other] };
    }
    case "scale": {
      const n = /^\s*(\d{1,2})\s*$/.exec(text);
      const v = n ? Number(n[1]) : NaN;
      return v >= 1 && v <= 10 ? { ok: true, value: v } : bad(PM.expected.score);
    }
    case "date": {
      const d = parseAnswerDate(text);
      return d ? { ok: true, value: d } : bad(PM.expected.date);
    }
  }
}

/**
 * Sections the respondent went through: every section that no branch points to, plus the branch targets
 * of the answers given. Items of other sections are neither required nor read.
 */
export function visitedSections(form: QuestionnaireDef, values: NamedValues): Set<string> {
  const branchTargets = new Set<string>();
  for (const item of form.items) for (const target of Object.values(item.goTo ?? {})) branchTargets.add(target);
  const visited = new Set(form.sections.filter((s) => !branchTargets.has(s.key)).map((s) => s.key));
  for (const item of form.items) {
    if (!item.goTo) continue;
    const [answer] = rawAnswer(values, item.title);
    if (answer === undefined) continue;
    const choice = Object.keys(item.goTo).find((c) => labelKey(c) === labelKey(answer));
    if (choice) visited.add(item.goTo[choice]);
  }
  return visited;
}

export function sectionOf(form: QuestionnaireDef, item: ItemDef): string {
  return item.section ?? form.sections[0].key;
}
