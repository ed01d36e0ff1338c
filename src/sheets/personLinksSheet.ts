/**
 * «Наставники» and «Наставляемые» ⇄ person links (domain/participants/personLinks.ts): the rows as link
 * candidates, and a confirmed link written into «Ключ персоны» of both rows. Each base is read once
 * (with formulas, so its per-row formulas survive) and written once.
 */
import { squashSpaces } from "../domain/common/normalise";
import type { LinkCandidate } from "../domain/participants/personLinks";
import { SHEETS } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { readTable, writeTable, type Table } from "./table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const text = (v: unknown): string => squashSpaces(String(v ?? ""));

export function linkCandidates(table: Table | null): LinkCandidate[] {
  if (!table) return [];
  return table.rows.map(({ rowNumber, cells }) => {
    const age = cells.age;
    return {
      row: rowNumber,
      id: text(cells.id),
      name: text(cells.name),
      birthDate: text(cells.birthDate) || undefined,
      ...(typeof age === "number" ? { age } : /^\d+$/.test(text(age)) ? { age: Number(text(age)) } : {}),
      personKey: text(cells.personKey) || undefined,
    };
  });
}

export interface LinkTables {
  mentors: Table | null;
  mentees: Table | null;
}

export function readLinkTables(ss: Spreadsheet, zone: Zone): LinkTables {
  const read = (key: "mentors" | "mentees") => {
    const sheet = ss.getSheetByName(SHEETS[key].name);
    return sheet ? readTable(sheet, SHEETS[key], { zone, withFormulas: true }) : null;
  };
  return { mentors: read("mentors"), mentees: read("mentees") };
}

/** Writes the mentee's ID as «Ключ персоны» into both rows of each link. */
export function writeLinks(
  tables: { mentors: Table; mentees: Table },
  links: ReadonlyArray<{ mentee: LinkCandidate; mentor: LinkCandidate }>,
): void {
  writeTable(
    tables.mentees,
    links.map((l) => ({ rowNumber: l.mentee.row, cells: { personKey: l.mentee.id } })),
  );
  writeTable(
    tables.mentors,
    links.map((l) => ({ rowNumber: l.mentor.row, cells: { personKey: l.mentee.id } })),
  );
}
