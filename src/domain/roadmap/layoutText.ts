/**
 * Roadmap text copied from a PDF: the columns come interleaved. A line may hold the number, the start of the
 * title, the deadline, the responsible and the start of the result («2.5. Разработка программно-методических
 * в течение всего Руководители ОО, ДО Программно-»), and the lines after it continue several columns.
 *
 * Rows start at a line with a plausible next number. Inside a row each fragment is given to a column by,
 * in order: the column left open by a line that held several columns («в течение всего» needs more); a
 * fragment that obviously continues the line above (it ended with a preposition or a hyphen); words that
 * begin a deadline («до», «в течение», a month, a year) or a role («Руководители», «зам. директора»,
 * «Москвина Т.Н.»); and otherwise the column being written, with words that cannot be a role sent on to
 * the result (or back to the title when the table has no result column).
 */
import { dropBullet, startsWithBullet } from "../layout/cells";
import { headerLineRoles, isNumberingRow, type TextHeader } from "./header";
import { ROADMAP_MESSAGES as M } from "./messages";
import { isBelow, isRoman, splitNumberLine, succession } from "./numbering";
import { emptyRow, type RawRow } from "./rawRow";
import type { ColumnRole, RoadmapWarning } from "./types";
import {
  BINDING_WORDS,
  DEADLINE_INLINE,
  DEADLINE_START,
  DEADLINE_TAIL,
  DEADLINE_WORDS,
  NEEDS_COMPLEMENT,
  OPEN_ADJECTIVE,
  PAGE_FURNITURE,
  PERSON_START,
  ROLE_INLINE_ANY,
  ROLE_INLINE_CAPITAL,
  ROLE_INLINE_POST,
  ROLE_START,
  ROLE_TAIL,
  MONTH_END,
  ROLE_WORDS,
  SECTION_LABEL,
} from "./vocabulary";

type Col = "title" | "deadline" | "responsible" | "result";
const ORDER: Col[] = ["title", "deadline", "responsible", "result"];

export interface LayoutResult {
  rows: RawRow[];
  header: TextHeader;
  warnings: RoadmapWarning[];
}

interface Entry {
  number: string;
  line: number;
  first: string;
  rest: { text: string; line: number }[];
}

export function readLayoutText(lines: string[], header: TextHeader): LayoutResult {
  const warnings: RoadmapWarning[] = [];
  const entries: Entry[] = [];
  let previous: string | undefined;
  let stray = 0;
  let ended = false;
  /** Numbering that starts again under each section («2. Организационное обеспечение», «1.», «2.»). */
  let sectionTop: number | undefined;
  /** Remarks that name an item, written once its title is known. */
  const later: { entry: number; make: (title: string) => RoadmapWarning }[] = [];
  const info = (code: RoadmapWarning["code"], message: string, line: number) =>
    warnings.push({ severity: "info", code, message, line });

  for (let i = header.end + 1; i < lines.length; i++) {
    const raw = lines[i];
    const text = raw.replace(/[\u00A0\u202F]/g, " ").trim();
    const lineNo = i + 1;
    if (text === "") continue;
    if (PAGE_FURNITURE.some((re) => re.test(text))) {
      info("pageHeaderDropped", M.pageHeaderDropped(text), lineNo);
      continue;
    }
    if (isNumberingRow(text.split(/\s+/))) {
      info("numberingRowDropped", M.numberingRowDropped(), lineNo);
      continue;
    }
    const headerRoles = headerLineRoles(text);
    const sameAsHeader = !header.inferred && header.start >= 0 && text === lines[header.start]?.trim();
    if (headerRoles && entries.length > 0 && (headerRoles.length >= 2 || sameAsHeader)) {
      // The header repeated at the top of a page: skip it (and any header lines after it).
      info("pageHeaderDropped", M.pageHeaderDropped(text), lineNo);
      continue;
    }
    const numbered = splitNumberLine(text);
    if (numbered) {
      const current = entries[entries.length - 1];
      let kind = succession(previous, numbered.number);
      const capital = /^[«"*(]?[А-ЯЁA-Z]/u.test(numbered.rest) || numbered.rest === "";
      const bound = current && bindsForward(lastText(current));
      const restart =
        numbered.number === "1" && current !== undefined && /^\d+$/.test(current.number) && sectionish(current);
      if (restart && capital && !bound) {
        sectionTop = Number(current.number);
        kind = "next";
      } else if (
        sectionTop !== undefined &&
        numbered.number === String(sectionTop + 1) &&
        capital &&
        !bound &&
        !DEADLINE_INLINE.test(numbered.rest)
      ) {
        sectionTop++;
        kind = "next";
      }
      if (kind === "back" && capital && !bound) {
        info("tableEnded", M.tableEnded(text), lineNo);
        ended = true;
        break;
      }
      const accept = !bound && (kind === "next" || ((kind === "gap" || kind === "repeat") && capital));
      if (!accept && capital && current && !bound) {
        const number = numbered.number;
        later.push({
          entry: entries.length - 1,
          make: (title) => ({
            severity: "warning",
            code: "numberIgnored",
            message: M.numberIgnored(number, { number: current.number, title }),
            line: lineNo,
            item: current.number,
          }),
        });
      }
      if (accept) {
        if (kind === "gap" && previous) {
          const [number, after] = [numbered.number, previous];
          later.push({
            entry: entries.length,
            make: (title) => ({
              severity: "warning",
              code: "numberGap",
              message: M.numberGap({ number, title }, after),
              line: lineNo,
              item: number,
            }),
          });
        }
        entries.push({ number: numbered.number, line: lineNo, first: numbered.rest, rest: [] });
        previous = numbered.number;
        continue;
      }
    }
    // A bare page number at the foot of a page.
    if (/^\d{1,3}$/.test(text) && !(previous && succession(previous, text) === "next")) {
      info("pageHeaderDropped", M.pageHeaderDropped(text), lineNo);
      continue;
    }
    const current = entries[entries.length - 1];
    if (current) current.rest.push({ text, line: lineNo });
    else if (stray++ < 20)
      warnings.push({ severity: "warning", code: "strayText", message: M.strayText(text), line: lineNo });
  }

  // The columns in the header's order (the title first when the table has none of its own).
  const available = [
    ...(header.roles.includes("title") ? [] : (["title"] as Col[])),
    ...header.roles.filter((r): r is Col => (ORDER as ColumnRole[]).includes(r)),
  ];
  const rows: RawRow[] = entries.map((entry, k) => {
    const next = entries[k + 1];
    const top = !entry.number.includes(".");
    const section =
      isRoman(entry.number) ||
      (top && next !== undefined && isBelow(next.number, entry.number)) ||
      (top && sectionTop !== undefined && next?.number === "1" && sectionish(entry));
    return section ? sectionRow(entry) : itemRow(entry, available);
  });
  for (const { entry, make } of later) warnings.push(make(rows[entry]?.title ?? ""));
  const last = rows[rows.length - 1];
  const needs = (["deadline", "responsible"] as const).filter((c) => header.roles.includes(c));
  if (!ended && last && last.kind === "item" && needs.length > 0 && needs.every((c) => last[c] === ""))
    last.truncated = true;
  return { rows, header, warnings };
}

/** An entry that reads as a section title: a line or two, no deadline and no one responsible in it. */
function sectionish(entry: Entry): boolean {
  if (entry.rest.length > 2) return false;
  const text = [entry.first, ...entry.rest.map((r) => r.text)].join(" ");
  return !DEADLINE_INLINE.test(text) && !ROLE_INLINE_CAPITAL.test(text);
}

function lastText(entry: Entry): string {
  return entry.rest.length > 0 ? entry.rest[entry.rest.length - 1].text : entry.first;
}

/** Whether a fragment obviously goes on (a preposition, a hyphen, an open bracket at its end). */
function bindsForward(text: string): boolean {
  const t = text.trim();
  if (/[-–—(]$/.test(t) && !/\s[-–—]$/.test(t)) return true;
  if (/\s[-–—]$/.test(t)) return true;
  // Case matters: «до» is a preposition, «ДО» an organisation.
  return BINDING_WORDS.has(/(\S+)$/.exec(t)?.[1] ?? "");
}

function sectionRow(entry: Entry): RawRow {
  const row = emptyRow(entry.line);
  row.number = entry.number;
  row.kind = "section";
  const title: string[] = [entry.first];
  const description: string[] = [];
  for (const { text } of entry.rest) {
    if (description.length > 0 || SECTION_LABEL.test(text)) description.push(text);
    else title.push(text);
  }
  row.title = joinFragments(title);
  row.description = description.length > 0 ? description.map((d) => d.trim()).join("\n") : undefined;
  return row;
}

class Columns {
  readonly frags: Record<Col, string[]> = { title: [], deadline: [], responsible: [], result: [] };
  last: Col = "title";
  prevMulti = false;
  prevHadTitle = false;

  constructor(readonly available: Col[]) {}

  has(col: Col): boolean {
    return this.available.includes(col);
  }

  /** The columns to the right of `col`, in the table's order. */
  rightOf(col: Col): Col[] {
    return this.available.slice(this.available.indexOf(col) + 1);
  }

  open(col: Col): boolean {
    return this.filled(col) && this.incomplete(col);
  }

  text(col: Col): string {
    return joinFragments(this.frags[col]);
  }

  filled(col: Col): boolean {
    return this.frags[col].length > 0;
  }

  incomplete(col: Col): boolean {
    const t = this.text(col);
    if (!t) return false;
    if (/[,\-–—(:;/]$/.test(t)) return true;
    if ((t.match(/\(/g)?.length ?? 0) > (t.match(/\)/g)?.length ?? 0)) return true;
    const raw = /(\S+)$/.exec(t)?.[1] ?? "";
    const last = raw.toLowerCase();
    if (BINDING_WORDS.has(raw)) return true;
    if ((col === "deadline" || col === "responsible") && NEEDS_COMPLEMENT.has(last)) return true;
    // «октябрь – ноябрь» / «2023»: a month whose year follows on the next line.
    if (col === "deadline" && MONTH_END.test(t)) return true;
    if ((col === "title" || col === "result") && last.length >= 5 && OPEN_ADJECTIVE.test(last)) return true;
    return false;
  }

  add(col: Col, text: string): void {
    if (text.trim()) this.frags[col].push(text.trim());
  }
}

function itemRow(entry: Entry, available: Col[]): RawRow {
  const cols = new Columns(available);
  placeSegments(cols, scan(cols, "title", entry.first, 0));
  for (const { text } of entry.rest) placeSegments(cols, route(cols, text));
  const row = emptyRow(entry.line);
  row.number = entry.number;
  row.kind = "item";
  row.title = cols.text("title");
  row.deadline = cols.text("deadline");
  row.responsible = cols.text("responsible");
  row.result = cols.text("result");
  return row;
}

interface Segment {
  col: Col;
  text: string;
}

function placeSegments(cols: Columns, segments: Segment[]): void {
  const real = segments.filter((s) => s.text.trim() !== "");
  for (const s of real) cols.add(s.col, s.text);
  if (real.length > 0) cols.last = real[real.length - 1].col;
  cols.prevMulti = new Set(real.map((s) => s.col)).size > 1;
  cols.prevHadTitle = real.some((s) => s.col === "title");
}

/** Which column a continuation line starts in, and how the line splits. */
function route(cols: Columns, text: string): Segment[] {
  const strict: Col[] = ["deadline", "responsible"];
  // a. A line that held several columns leaves the leftmost unfinished one to be continued: a title that
  // ended on a preposition first, unless the line plainly begins a deadline or a role.
  if (cols.prevMulti && bindsForward(cols.text("title")) && !ROLE_START.test(text) && !DEADLINE_START.test(text))
    return scan(cols, "title", text, 1);
  if (cols.prevMulti) {
    for (const col of strict) {
      if (cols.filled(col) && cols.incomplete(col)) {
        const fit = continueWith(cols, col, text);
        if (fit) return fit;
      }
    }
    for (const col of ["title", "result"] as Col[])
      if (cols.filled(col) && cols.incomplete(col)) return scan(cols, col, text, 1);
  }
  // b. The line above obviously goes on.
  if (!cols.prevMulti && bindsForward(cols.text(cols.last))) return scan(cols, cols.last, text, 1);
  // c. Words that begin a deadline or a role.
  if (cols.has("deadline") && DEADLINE_START.test(text)) return scan(cols, "deadline", text, 1);
  if (cols.has("responsible") && ROLE_START.test(text)) return scan(cols, "responsible", text, 1);
  // A line that began with the title and ran on into other columns: its next line continues the title,
  // the column that wraps most («2000 Май 2021 Руководители ОО Приказ ОО» / «с участием наставников»).
  if (cols.prevMulti && cols.prevHadTitle) return scan(cols, "title", text, 1);
  // d. An unfinished deadline or role elsewhere in the row that these words continue.
  for (const col of strict) {
    if (col !== cols.last && cols.filled(col) && cols.incomplete(col)) {
      const fit = continueWith(cols, col, text);
      if (fit) return fit;
    }
  }
  // e. The column being written.
  const last = cols.last;
  if (last === "deadline" || last === "responsible") {
    const fit = continueWith(cols, last, text);
    if (fit) return fit;
    if (cols.rightOf(last).includes("result")) return scan(cols, "result", text, 1);
    return scan(cols, "title", text, 1);
  }
  return scan(cols, last, text, 1);
}

/** The words of `text` a deadline or a role can be continued with; undefined when the first word cannot. */
function prefixFit(col: Col, text: string): number | undefined {
  const vocabulary = col === "deadline" ? DEADLINE_WORDS : ROLE_WORDS;
  const words = /\S+/g;
  let end = 0;
  let m: RegExpExecArray | null;
  while ((m = words.exec(text))) {
    // A person's name («Ефимова О.Г.,») continues a list of responsible people.
    const person = col === "responsible" ? PERSON_START.exec(text.slice(m.index)) : null;
    if (person) {
      end = m.index + person[0].length + (/^,/.test(text.slice(m.index + person[0].length)) ? 1 : 0);
      words.lastIndex = end;
      continue;
    }
    const w = m[0].replace(/^[«"(]+|[»"),;:]+$/g, "");
    const ok = w === "" || vocabulary.test(w) || (col === "responsible" && /^[А-ЯЁ]\.\s*[А-ЯЁ]?\.?,?$/u.test(w));
    if (!ok) break;
    end = m.index + m[0].length;
  }
  return end > 0 ? end : undefined;
}

/**
 * The words that fit `col`, then the rest of the line in a column to its right. Undefined when nothing fits
 * or the rest has nowhere to go (a table without a result column): the caller then tries another column.
 */
function continueWith(cols: Columns, col: Col, text: string): Segment[] | undefined {
  const end = prefixFit(col, text);
  if (end === undefined) return undefined;
  const head: Segment = { col, text: text.slice(0, end) };
  const rest = text.slice(end).trim();
  if (!rest) return [head];
  const right = cols.rightOf(col);
  const open = right.find((c) => cols.open(c));
  if (open) return [head, ...scan(cols, open, rest, 1)];
  // Words that are no role do not go to a responsible column already written: they continue the result.
  const next = right.find((c) => c !== "responsible" || !cols.filled(c) || ROLE_START.test(rest));
  return next ? [head, ...scan(cols, next, rest, 0)] : undefined;
}

/** Split a line that starts in `col` at the places where the following columns begin. */
function scan(cols: Columns, col: Col, text: string, minIndex: number): Segment[] {
  const segments: Segment[] = [];
  let current = col;
  let rest = text;
  let min = minIndex;
  for (let guard = 0; guard < 4 && rest; guard++) {
    const cut = nextCut(cols, current, rest, min);
    if (!cut) break;
    segments.push({ col: current, text: rest.slice(0, cut.at) });
    rest = rest.slice(cut.at).trim();
    current = cut.col;
    min = 1;
  }
  if (rest) segments.push({ col: current, text: rest });
  return segments;
}

/** Where the next column to the right begins in a line that is being written in `col`. */
function nextCut(cols: Columns, col: Col, text: string, min: number): { at: number; col: Col } | undefined {
  let best: { at: number; col: Col } | undefined;
  for (const to of cols.rightOf(col)) {
    const at = cutTo(cols, col, to, text, min);
    if (at >= 0 && (!best || at < best.at)) best = { at, col: to };
  }
  return best;
}

function cutTo(cols: Columns, from: Col, to: Col, text: string, min: number): number {
  switch (to) {
    case "deadline": {
      const starts = firstMatch(DEADLINE_INLINE, text, min);
      // A deadline left open above («в течение учебного» / «года»): its words after the other column's.
      const tail = cols.open("deadline") && from !== "responsible" ? firstMatch(DEADLINE_TAIL, text, 1) : -1;
      return [starts, tail].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
    }
    case "responsible": {
      if (from === "title" && !cols.open("responsible"))
        return earliest(
          firstMatch(ROLE_INLINE_CAPITAL, text, min),
          firstMatch(ROLE_INLINE_POST, text, Math.max(min, 1)),
        );
      if (from === "result" && !cols.open("responsible")) return -1;
      // A post left open above («заместитель директора по» / «УВР»): its tail after the other column's words.
      const tail = cols.open("responsible") && from !== "deadline" ? firstMatch(ROLE_TAIL, text, 1) : -1;
      return earliest(firstMatch(ROLE_INLINE_ANY, text, Math.max(min, 1)), tail);
    }
    case "result": {
      if (from === "responsible") return responsibleEnd(text) ?? -1;
      if (from === "deadline") {
        const end = prefixFit("deadline", text);
        const rest = end === undefined ? "" : text.slice(end);
        const capital = /^\s*[«"]?[А-ЯЁ]/u.test(rest);
        // After the deadline's words, the rest goes on with a result left open above, or starts a new one.
        return end !== undefined && rest.trim() && (capital || cols.open("result"))
          ? end + (rest.length - rest.trimStart().length)
          : -1;
      }
      return -1;
    }
    default:
      return -1;
  }
}

/** The smaller of two positions found (-1 = not found). */
function earliest(...positions: number[]): number {
  const found = positions.filter((p) => p >= 0);
  return found.length ? Math.min(...found) : -1;
}

const globalCopies = new Map<RegExp, RegExp>();

function firstMatch(re: RegExp, text: string, min: number): number {
  let global = globalCopies.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    globalCopies.set(re, global);
  }
  global.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = global.exec(text))) {
    if (m.index >= min) return m.index;
    if (m[0] === "") global.lastIndex++;
  }
  return -1;
}

/**
 * Where a responsible cell ends on a line and the result begins: at the first capitalised word that is not a
 * role, a name or an abbreviation («Руководители ОО, ДО Приказ ОО» → «Приказ ОО»).
 */
export function responsibleEnd(text: string): number | undefined {
  const words = /\S+/g;
  let m: RegExpExecArray | null;
  let index = 0;
  while ((m = words.exec(text))) {
    const w = m[0].replace(/^[«"(]+/, "");
    if (index++ === 0) continue;
    const titleCase = /^[А-ЯЁA-Z][а-яёa-z]/u.test(w);
    if (!titleCase) continue;
    const tail = text.slice(m.index);
    if (ROLE_START.test(tail)) continue;
    if (/^[А-ЯЁ][а-яё]+(?:ского|ской|ский|ских|ого)$/u.test(w.replace(/[,.;]+$/, ""))) continue;
    return m.index;
  }
  return undefined;
}

/** Fragments of one column joined: words with spaces, hyphenated breaks closed, bullet items on new lines. */
export function joinFragments(fragments: string[]): string {
  let out = "";
  for (const fragment of fragments) {
    const t = fragment.replace(/[ \t\u00A0]+/g, " ").trim();
    if (!t) continue;
    if (startsWithBullet(t)) out += (out ? "\n" : "") + dropBullet(t).trim();
    else if (/[^\s–—-][–—-]$/u.test(out) && /^[а-яё]/u.test(t)) out += t;
    else out += (out ? " " : "") + t;
  }
  return out;
}
