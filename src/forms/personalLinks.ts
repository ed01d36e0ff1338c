/**
 * «Личные ссылки»: every participant with an ID gets a personal code (written once into «Личный код»; a
 * code is never changed or reused), and the sidebar gets what it needs to list, print and export their
 * links: the people (filtered by role and class) and one pre-filled template per questionnaire. The links
 * themselves are the template with the code put in (links.ts), built by the sidebar: the answer stays small
 * whatever the school's size, and the command costs a fixed number of service calls.
 */
import { labelKey, parseGrade, squashSpaces } from "../domain/common/normalise";
import { idKey } from "../domain/participants";
import { WITHDRAWN_STATUS } from "../domain/participants/consent";
import { codeKey, codeSource, QUESTIONNAIRES, type FormKey } from "../domain/questionnaires";
import { LINK_FORMS, type LinkPerson } from "../domain/questionnaires/links";
import { SHEETS } from "../domain/workbook/sheets";
import { readSettings } from "../sheets/settings";
import { readTable, writeTable, zoneOf, type RowPatch, type Table } from "../sheets/table";
import { withDocumentLock } from "../sheets/lock";
import { prepareWorkbook } from "./createForms";
import { FORMS_TEXT } from "./messages";
import { readRegistry } from "./registry";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type LinkRole = "all" | "mentor" | "mentee";

export interface PersonalLinksDto {
  people: LinkPerson[];
  /** Per questionnaire with a personal-code item: its title and pre-filled template. */
  templates: Partial<Record<FormKey, { title: string; template: string }>>;
  /** Questionnaires in CSV column order. */
  forms: Array<{ form: FormKey; title: string }>;
  assigned: number;
  withoutId: number;
  pseudonymous: boolean;
  message: string;
}

const ROLE_SHEET = { mentor: "mentors", mentee: "mentees" } as const;
const text = (v: unknown) => squashSpaces(String(v ?? ""));

/** «7» takes every 7th class, «7Б» only 7Б; blank takes everyone. */
function gradeFilter(wanted: string): (grade: string) => boolean {
  const w = squashSpaces(wanted);
  if (w === "") return () => true;
  const n = parseGrade(w);
  if (n !== undefined && /^\s*\d{1,2}\s*(?:кл\.?|класс[а-яё]*)?\s*$/i.test(w)) return (g) => parseGrade(g) === n;
  const key = labelKey(w).replace(/[\s-]/g, "");
  return (g) => labelKey(g).replace(/[\s-]/g, "") === key;
}

export function personalLinks(ss: Spreadsheet, input: { role: LinkRole; grade: string }): PersonalLinksDto {
  const settings = readSettings(ss);
  prepareWorkbook(ss, settings);
  const { people, assigned, withoutId } = withDocumentLock(() => {
    const zone = zoneOf(ss);
    const tables: Array<{ role: "mentor" | "mentee"; table: Table }> = [];
    for (const role of ["mentor", "mentee"] as const) {
      const sheet = ss.getSheetByName(SHEETS[ROLE_SHEET[role]].name);
      if (sheet) tables.push({ role, table: readTable(sheet, SHEETS[ROLE_SHEET[role]], { zone, withFormulas: true }) });
    }
    // Codes already given in either register are never given again.
    const taken = tables.flatMap(({ table }) => table.rows.map((r) => r.cells.code));
    let source: (() => string) | undefined;
    const out: LinkPerson[] = [];
    let given = 0;
    let noId = 0;
    for (const { role, table } of tables) {
      const patches: RowPatch[] = [];
      for (const row of table.rows) {
        const id = text(row.cells.id);
        if (id === "") {
          if (text(row.cells.name) !== "") noId++;
          continue;
        }
        if (labelKey(text(row.cells.status)) === labelKey(WITHDRAWN_STATUS)) continue;
        let code = text(row.cells.code);
        if (codeKey(code) === "" && table.columns.code !== undefined) {
          code = (source ??= codeSource(Utilities.getUuid(), taken))();
          patches.push({ rowNumber: row.rowNumber, cells: { code } });
          given++;
        }
        if (code === "") continue;
        out.push({ id, name: text(row.cells.name), grade: text(row.cells.grade), role, code });
      }
      writeTable(table, patches);
    }
    return { people: out, assigned: given, withoutId: noId };
  });

  const { forms } = readRegistry(PropertiesService.getDocumentProperties());
  const templates: PersonalLinksDto["templates"] = {};
  for (const [form, record] of Object.entries(forms) as Array<[FormKey, NonNullable<(typeof forms)[FormKey]>]>)
    if (record.prefill) templates[form] = { title: QUESTIONNAIRES[form].title, template: record.prefill.url };
  const order = [...new Set([...LINK_FORMS.mentee, ...LINK_FORMS.mentor])].filter((f) => templates[f]);
  const keepGrade = gradeFilter(input.grade);
  const listed = people
    .filter((p) => (input.role === "all" || p.role === input.role) && keepGrade(p.grade))
    .sort((a, b) => (a.role !== b.role ? (a.role === "mentee" ? -1 : 1) : idKey(a.id) < idKey(b.id) ? -1 : 1));
  return {
    people: listed,
    templates,
    forms: order.map((form) => ({ form, title: QUESTIONNAIRES[form].title })),
    assigned,
    withoutId,
    pseudonymous: settings.pseudonymous,
    message: order.length === 0 ? FORMS_TEXT.linksNoForms : FORMS_TEXT.linksDone(listed.length, assigned, withoutId),
  };
}
