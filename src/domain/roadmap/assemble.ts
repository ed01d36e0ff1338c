/**
 * Raw rows → sections and items.
 * - A row with a stage cell opens a section (ДОУ sample: «1.» + «Подготовка условий …»); its events, in the
 *   same row and the rows below with an empty «№», are items numbered «1.1», «1.2», … under it.
 * - A roman number, or a top-level number whose next numbered row lies below it («1» then «1.1») with no
 *   deadline of its own, is a section. Otherwise a numbered row is an item.
 * - A row with no event but a deadline / responsible / result continues the item above (a merged cell in
 *   Word): its texts are added to that item, with a warning naming the line. Nothing is dropped silently.
 * - An item's `section` is the section's title without its number.
 */
import { ROADMAP_MESSAGES as M } from "./messages";
import { isBelow, isRoman } from "./numbering";
import type { RawRow } from "./rawRow";
import { splitResponsible } from "./responsible";
import type { RoadmapItem, RoadmapSection, RoadmapWarning } from "./types";

export interface Assembled {
  items: RoadmapItem[];
  sections: RoadmapSection[];
  warnings: RoadmapWarning[];
}

const hasEvent = (r: RawRow) => r.title !== "" || r.content !== "";
const hasDetail = (r: RawRow) => r.deadline !== "" || r.responsible !== "" || r.result !== "";

export function assemble(rows: RawRow[]): Assembled {
  const items: RoadmapItem[] = [];
  const sections: RoadmapSection[] = [];
  const warnings: RoadmapWarning[] = [];
  let section: RoadmapSection | undefined;
  let generatedIn = 0;
  let generatedCount = 0;
  const seen = new Set<string>();

  const nextNumbered = (from: number) => {
    for (let i = from + 1; i < rows.length; i++)
      if (rows[i].number !== undefined || rows[i].stage !== "") return rows[i];
    return undefined;
  };

  const openSection = (number: string, title: string, description?: string) => {
    section = { number, title };
    if (description) section.description = description;
    sections.push(section);
    generatedIn = 0;
  };

  const pushItem = (row: RawRow, number: string) => {
    if (seen.has(number))
      warnings.push({
        severity: "warning",
        code: "numberRepeated",
        message: M.numberRepeated(row.line, number),
        line: row.line,
      });
    seen.add(number);
    const item: RoadmapItem = {
      number,
      section: section?.title ?? "",
      title: [row.title, row.content].filter(Boolean).join("\n"),
      deadlineText: row.deadline,
      responsible: splitResponsible(row.responsible),
      result: row.result,
      sourceLine: row.line,
    };
    if (!item.title)
      warnings.push({ severity: "warning", code: "noTitle", message: M.noTitle(row.line, number), line: row.line });
    items.push(item);
  };

  const generated = () => {
    generatedIn++;
    generatedCount++;
    return section && section.number ? `${section.number}.${generatedIn}` : String(generatedIn);
  };

  rows.forEach((row, index) => {
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
    if (row.number !== undefined && row.kind !== "item") {
      const next = nextNumbered(index);
      const parentOfNext = next?.number !== undefined ? isBelow(next.number, row.number) : next !== undefined;
      const topLevel = !row.number.includes(".");
      if (isRoman(row.number) || (topLevel && parentOfNext && hasEvent(row))) {
        openSection(row.number, row.title || row.content);
        if (hasDetail(row)) {
          warnings.push({
            severity: "warning",
            code: "sectionWithDeadline",
            message: M.sectionWithDeadline(row.line, row.number),
            line: row.line,
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
    if (hasEvent(row)) {
      pushItem(row, generated());
      return;
    }
    // No number and no event: the rest of the item above (a vertically merged cell).
    const previous = items[items.length - 1];
    if (!previous) {
      warnings.push({ severity: "warning", code: "orphanRow", message: M.orphanRow(row.line), line: row.line });
      return;
    }
    if (row.deadline && !previous.deadlineText.split("\n").includes(row.deadline))
      previous.deadlineText = [previous.deadlineText, row.deadline].filter(Boolean).join("\n");
    for (const person of splitResponsible(row.responsible))
      if (!previous.responsible.some((p) => p.toLowerCase() === person.toLowerCase()))
        previous.responsible.push(person);
    if (row.result && !previous.result.includes(row.result))
      previous.result = [previous.result, row.result].filter(Boolean).join("\n");
    warnings.push({
      severity: "warning",
      code: "continuationRow",
      message: M.continuationRow(row.line, previous.number),
      line: row.line,
    });
  });

  for (const item of items)
    if (!item.deadlineText) {
      const line = item.sourceLine ?? 0;
      warnings.push({ severity: "warning", code: "noDeadline", message: M.noDeadline(line, item.number), line });
    }
  if (generatedCount > 0)
    warnings.push({ severity: "info", code: "numbersGenerated", message: M.numbersGenerated(generatedCount) });
  return { items, sections, warnings };
}
