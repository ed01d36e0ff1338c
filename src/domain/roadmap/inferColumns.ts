/**
 * A fragment copied from the middle of a roadmap has no header: its columns are told apart by what they
 * hold. Each column gets the share of its filled cells that look like an item number («1.2.», «III»),
 * a deadline («до 15.02.2021», «ежегодно», «в течение года», a month), a person or post («Директор»,
 * «зам. директора по УВР», «Москвина Т.Н.») and a document or result («Приказ», «Положение»,
 * «Сформирована база»), and its mean length. Then, in this order: the number is the leftmost column that
 * is mostly numbers; the deadline and the responsible the columns that most look like them (at least
 * 40 %); the event the longest remaining text; the result a remaining column right of the event that
 * looks like documents (or, failing that, the last remaining text column right of the responsible one).
 * Without an event and a deadline nothing is guessed.
 */
import { cleanCell } from "../layout/cells";
import { normaliseNumber } from "./numbering";
import type { Columns } from "./tableRows";
import { DEADLINE_START, PERSON_START, RESULT_START, ROLE_START } from "./vocabulary";

interface Profile {
  index: number;
  filled: number;
  number: number;
  deadline: number;
  role: number;
  result: number;
  length: number;
}

const DATE_START = /^\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*(?:\d{2}|\d{4})/;
const SEASONAL =
  /^(?:в\s+)?(?:течение|конц[еа]|начал[еа]|период)|^(?:еже[а-яё]+|постоянно|по\s+мере|по\s+графику|по\s+плану)/iu;

function profile(rows: readonly string[][], index: number): Profile {
  const p: Profile = { index, filled: 0, number: 0, deadline: 0, role: 0, result: 0, length: 0 };
  for (const row of rows) {
    const text = cleanCell(row[index] ?? "");
    if (!text) continue;
    const first = text.split("\n")[0];
    p.filled++;
    p.length += text.length;
    if (normaliseNumber(first) !== undefined) p.number++;
    if (DEADLINE_START.test(first) || DATE_START.test(first) || SEASONAL.test(first)) p.deadline++;
    if (ROLE_START.test(first) || PERSON_START.test(first)) p.role++;
    if (RESULT_START.test(first)) p.result++;
  }
  if (p.filled) {
    p.number /= p.filled;
    p.deadline /= p.filled;
    p.role /= p.filled;
    p.result /= p.filled;
    p.length /= p.filled;
  }
  return p;
}

export function inferColumns(rows: readonly string[][], width: number): Columns | undefined {
  const body = rows.filter((r) => r.filter((c) => c.trim() !== "").length >= 2);
  if (body.length === 0) return undefined;
  const profiles = Array.from({ length: width }, (_, i) => profile(body, i)).filter((p) => p.filled > 0);
  const taken = new Set<number>();
  const columns: Columns = {};
  const take = (role: keyof Columns, p: Profile | undefined) => {
    if (!p) return;
    columns[role] = p.index;
    taken.add(p.index);
  };
  const free = () => profiles.filter((p) => !taken.has(p.index));
  const best = (score: (p: Profile) => number, min: number) =>
    free()
      .filter((p) => score(p) >= min)
      .sort((a, b) => score(b) - score(a) || a.index - b.index)[0];

  take(
    "number",
    free().find((p) => p.number >= 0.6),
  );
  take(
    "deadline",
    best((p) => p.deadline - p.role / 2, 0.4),
  );
  take(
    "responsible",
    best((p) => p.role, 0.4),
  );
  const title = free()
    .filter((p) => p.length >= 12 && p.number < 0.5)
    .sort((a, b) => b.length - a.length)[0];
  take("title", title);
  if (columns.title === undefined || columns.deadline === undefined) return undefined;
  const right = free().filter((p) => p.index > (columns.title ?? 0) && p.number < 0.5);
  const result =
    right.filter((p) => p.result >= 0.3).sort((a, b) => b.result - a.result)[0] ??
    right.filter((p) => columns.responsible !== undefined && p.index > columns.responsible).pop();
  take("result", result);
  return columns;
}
