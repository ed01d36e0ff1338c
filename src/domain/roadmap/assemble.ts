/**
 * Raw rows → sections and items. Only a row with an event of its own becomes an item: a continuation
 * line, a bare number or a section title never does, and a doubtful row is kept whole with a remark.
 * - A row with a stage cell opens a section (ДОУ sample: «1.» + «Подготовка условий …»); its events, in the
 *   same row and the rows below with an empty «№», are items numbered «1.1», «1.2», … under it.
 * - A roman number, or a top-level number with no deadline, responsible or result whose next numbered row
 *   lies below it («2» then «2.1») or starts again at «1», is a section. So is a row without a number that
 *   reads as a heading («Раздел 2. …», capitals, or a short phrase followed by a new run of numbers).
 * - Numbering that starts again in each section («2. Организационное обеспечение», then «1.», «2.») gets the
 *   section's number in front («2.1», «2.2»), so every item has a number of its own.
 * - A row with no event but a deadline / responsible / result continues the item above (a merged cell in
 *   Word); a row with text but no number and no deadline continues the title above when it reads as its
 *   continuation (a line or page break). Either way its text is added and a remark names the item.
 * - A row the reader found cut off at the end of the text (the copy stopped mid-row) is not imported.
 * - An item's `section` is the section's title without its number.
 */
import { ROADMAP_MESSAGES as M, type ItemRef } from "./messages";
import { isBelow, isRoman, parts } from "./numbering";
import type { RawRow } from "./rawRow";
import { splitResponsible } from "./responsible";
import type { RoadmapItem, RoadmapSection, RoadmapWarning } from "./types";
import { SECTION_HEADING } from "./vocabulary";

export interface Assembled {
  items: RoadmapItem[];
  sections: RoadmapSection[];
  warnings: RoadmapWarning[];
}

const hasEvent = (r: RawRow) => r.title !== "" || r.content !== "";
const hasDetail = (r: RawRow) => r.deadline !== "" || r.responsible !== "" || r.result !== "";
const rowText = (r: RawRow) =>
  [r.number, r.stage, r.title, r.content, r.deadline, r.responsible, r.result].filter(Boolean).join(" ");

/** Whether a text without a number reads as a heading rather than the rest of a sentence. */
function headingLike(text: string): boolean {
  const t = text.trim();
  if (SECTION_HEADING.test(t)) return true;
  const letters = t.replace(/[^А-ЯЁа-яёA-Za-z]/g, "");
  if (letters.length >= 6 && letters === letters.toUpperCase()) return true;
  return false;
}

const startsLower = (text: string) => /^[«"(]?[а-яё]/u.test(text.trim());

export function assemble(rows: RawRow[]): Assembled {
  const items: RoadmapItem[] = [];
  const sections: RoadmapSection[] = [];
  const warnings: RoadmapWarning[] = [];
  /** The section each item was read under (by item index), for numbering that starts again. */
  const sectionOf: (RoadmapSection | undefined)[] = [];
  let section: RoadmapSection | undefined;
  let generatedIn = 0;
  let generatedCount = 0;

  const ref = (item: { number: string; title: string }): ItemRef => ({ number: item.number, title: item.title });
  const warn = (w: RoadmapWarning) => warnings.push(w);

  const nextNumbered = (from: number) => {
    for (let i = from + 1; i < rows.length; i++) {
      if (rows[i].number !== undefined || rows[i].stage !== "") return rows[i];
    }
    return undefined;
  };

  const openSection = (number: string, title: string, description?: string) => {
    section = { number, title };
    if (description) section.description = description;
    sections.push(section);
    generatedIn = 0;
  };

  const pushItem = (row: RawRow, number: string) => {
    const item: RoadmapItem = {
      number,
      section: section?.title ?? "",
      title: [row.title, row.content].filter(Boolean).join("\n"),
      deadlineText: row.deadline,
      responsible: splitResponsible(row.responsible),
      result: row.result,
      sourceLine: row.line,
    };
    if (!item.title) warn({ severity: "warning", code: "noTitle", message: M.noTitle(number), line: row.line });
    if (row.extraCells)
      warn({
        severity: "warning",
        code: "rowWidth",
        message: M.rowWidth(ref(item), row.extraCells.cells, row.extraCells.expected),
        line: row.line,
        item: number,
      });
    items.push(item);
    sectionOf.push(section);
  };

  const generated = () => {
    generatedIn++;
    generatedCount++;
    return section && section.number ? `${section.number}.${generatedIn}` : String(generatedIn);
  };

  /** The text of a row that continues the item above goes into the item's own columns. */
  const continueItem = (row: RawRow, previous: RoadmapItem) => {
    const title = [row.title, row.content].filter(Boolean).join("\n");
    if (title) previous.title = joinTitle(previous.title, title);
    if (row.deadline && !previous.deadlineText.split("\n").includes(row.deadline))
      previous.deadlineText = [previous.deadlineText, row.deadline].filter(Boolean).join("\n");
    for (const person of splitResponsible(row.responsible))
      if (!previous.responsible.some((p) => p.toLowerCase() === person.toLowerCase()))
        previous.responsible.push(person);
    if (row.result && !previous.result.includes(row.result))
      previous.result = [previous.result, row.result].filter(Boolean).join("\n");
  };

  /** Whether the numbered rows after `index` start a new run: «1», or a new top-level number. */
  const newRunAfter = (index: number) => {
    const next = nextNumbered(index);
    if (!next || next.number === undefined) return false;
    const previous = items[items.length - 1];
    if (next.number === "1" || /^1\.1$/.test(next.number)) return true;
    if (!previous) return true;
    return !isRoman(previous.number) && parts(next.number)[0] !== parts(previous.number)[0];
  };

  rows.forEach((row, index) => {
    if (row.truncated) {
      warn({ severity: "warning", code: "truncatedRow", message: M.truncatedRow(rowText(row)), line: row.line });
      return;
    }
    if (row.tail) {
      warn({ severity: "warning", code: "orphanRow", message: M.orphanRow(rowText(row)), line: row.line });
      return;
    }
    if (row.kind === "section" && row.number !== undefined) {
      openSection(row.number, row.title, row.description);
      return;
    }
    if (row.stage) {
      const number = row.number && !row.number.includes(".") ? row.number : String(sections.length + 1);
      if (!section || section.title !== row.stage || (row.number && row.number !== section.number))
        openSection(number, row.stage);
      if (hasEvent(row) || hasDetail(row))
        pushItem(row, row.number && row.number.includes(".") ? row.number : generated());
      return;
    }
    if (row.number !== undefined && !hasEvent(row) && !hasDetail(row)) {
      warn({ severity: "info", code: "bareNumber", message: M.bareNumber(row.number), line: row.line });
      return;
    }
    if (row.number !== undefined && row.kind !== "item") {
      const next = nextNumbered(index);
      const below = next?.number !== undefined && isBelow(next.number, row.number);
      const restarts = next?.number === "1" && row.number !== "0";
      const topLevel = !row.number.includes(".");
      const detail = hasDetail(row);
      const sectionLike =
        isRoman(row.number) ||
        (topLevel && (below || (next === undefined && items.length > 0 && headingLike(row.title)))) ||
        (topLevel && !detail && (restarts || headingLike(row.title)));
      if (sectionLike && hasEvent(row)) {
        openSection(row.number, row.title || row.content);
        if (detail) {
          warn({
            severity: "warning",
            code: "sectionWithDeadline",
            message: M.sectionWithDeadline({ number: row.number, title: row.title || row.content }),
            line: row.line,
            item: row.number,
          });
          pushItem(row, row.number);
        }
        return;
      }
    }
    if (row.number !== undefined) {
      const number =
        section && isRoman(section.number) && !row.number.includes(".")
          ? `${section.number}.${row.number}`
          : row.number;
      pushItem(row, number);
      return;
    }
    const previous = items[items.length - 1];
    if (hasEvent(row)) {
      const text = row.title || row.content;
      if (!hasDetail(row)) {
        if (headingLike(text) || (!startsLower(text) && !/[.;,:]$/.test(text) && newRunAfter(index))) {
          openSection(String(sections.length + 1), text);
          return;
        }
        if (previous) {
          const before = ref(previous);
          continueItem(row, previous);
          warn({
            severity: "warning",
            code: "titleContinued",
            message: M.titleContinued(text, before),
            line: row.line,
            item: previous.number,
          });
          return;
        }
        warn({ severity: "warning", code: "orphanRow", message: M.orphanRow(rowText(row)), line: row.line });
        return;
      }
      if (previous && startsLower(text)) {
        const before = ref(previous);
        continueItem(row, previous);
        warn({
          severity: "warning",
          code: "continuationRow",
          message: M.continuationRow(before),
          line: row.line,
          item: previous.number,
        });
        return;
      }
      pushItem(row, generated());
      return;
    }
    // No number and no event: the rest of the item above (a vertically merged cell).
    if (!previous) {
      warn({ severity: "warning", code: "orphanRow", message: M.orphanRow(rowText(row)), line: row.line });
      return;
    }
    continueItem(row, previous);
    warn({
      severity: "warning",
      code: "continuationRow",
      message: M.continuationRow(ref(previous)),
      line: row.line,
      item: previous.number,
    });
  });

  qualifyRestartedNumbers(items, sectionOf, warnings);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.number))
      warn({
        severity: "warning",
        code: "numberRepeated",
        message: M.numberRepeated(ref(item)),
        line: item.sourceLine,
        item: item.number,
      });
    seen.add(item.number);
  }
  for (const item of items)
    if (!item.deadlineText)
      warn({
        severity: "warning",
        code: "noDeadline",
        message: M.noDeadline(ref(item)),
        line: item.sourceLine,
        item: item.number,
      });
  if (generatedCount > 0)
    warn({ severity: "info", code: "numbersGenerated", message: M.numbersGenerated(generatedCount) });
  return { items, sections, warnings };
}

/**
 * «2. Организационное обеспечение», then items «1.», «2.»: when plain item numbers repeat across
 * sections, each gets its section's number in front («2.1»). Numbers already qualified stay.
 */
function qualifyRestartedNumbers(
  items: RoadmapItem[],
  sectionOf: readonly (RoadmapSection | undefined)[],
  warnings: RoadmapWarning[],
): void {
  const plain = items.map((item, i) => ({ item, section: sectionOf[i] })).filter((x) => /^\d+$/.test(x.item.number));
  const counts = new Map<string, number>();
  for (const { item } of plain) counts.set(item.number, (counts.get(item.number) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > 1)) return;
  let example = "";
  for (const { item, section } of plain) {
    if (!section?.number || isRoman(section.number)) continue;
    item.number = `${section.number}.${item.number}`;
    example ||= item.number;
  }
  if (example) warnings.push({ severity: "info", code: "numbersQualified", message: M.numbersQualified(example) });
}

function joinTitle(before: string, after: string): string {
  if (!before) return after;
  if (/^(?:\d{1,2}[.)]|[а-яё]\)|[-–—•✓])\s/u.test(after)) return `${before}\n${after}`;
  if (/[^\s–—-][–—-]$/u.test(before) && /^[а-яё]/u.test(after)) return before + after;
  return `${before} ${after}`;
}
