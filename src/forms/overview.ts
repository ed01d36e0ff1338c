/**
 * What the «Анкеты» view shows: the forms with their links, how many answers each got and how many were
 * accepted, and the latest entries of «Журнал ошибок» (reason and an excerpt of the answer). In
 * pseudonymous mode the excerpt leaves out names and keeps only the codes of chosen people.
 */
import { labelKey } from "../domain/common/normalise";
import { LABEL_SEPARATOR } from "../domain/participants";
import { QUESTIONNAIRE_ORDER, QUESTIONNAIRES, type FormKey } from "../domain/questionnaires";
import { SHEETS } from "../domain/workbook/sheets";
import { findSheet } from "../sheets/structureGuard";
import { readTable, zoneOf } from "../sheets/table";
import { readLogEntries, type Envelope } from "./errorLog";
import { readRegistry } from "./registry";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface FormSummaryDto {
  key: FormKey;
  title: string;
  url: string | null;
  editUrl: string | null;
  sheetName: string | null;
  answers: number;
  accepted: number;
  pending: number;
}

export interface LogEntryDto {
  date: string;
  source: string;
  row: string;
  reason: string;
  excerpt: string;
  pending: boolean;
  sheetRow: number;
}

export interface FormsOverviewDto {
  forms: FormSummaryDto[];
  created: number;
  total: number;
  logPending: number;
  logTotal: number;
  latest: LogEntryDto[];
  logSheet: string;
}

const LATEST = 10;
const EXCERPT = 300;
/** Items that name a person: left out of excerpts in pseudonymous mode. */
const PERSONAL_ITEMS = new Set(["name", "guardianName", "contacts", "birthDate", "code"]);
const TIMESTAMP = new Set(["отметка времени", "timestamp"]);

export function excerpt(envelope: Envelope | undefined, raw: string, pseudonymous: boolean): string {
  if (!envelope) return raw.length > EXCERPT ? raw.slice(0, EXCERPT) + "…" : raw;
  const def = QUESTIONNAIRES[envelope.form];
  const personal = new Set(def.items.filter((i) => PERSONAL_ITEMS.has(i.key)).map((i) => labelKey(i.title)));
  const parts: string[] = [];
  for (const [title, values] of Object.entries(envelope.answers)) {
    const key = labelKey(title);
    if (TIMESTAMP.has(key)) continue;
    const text = values.join(", ").trim();
    if (text === "") continue;
    if (pseudonymous && personal.has(key)) continue;
    // A choice label «НТ-0001 — Иванова …» keeps only its code in pseudonymous mode.
    parts.push(`${title}: ${pseudonymous ? text.split(LABEL_SEPARATOR)[0] : text}`);
  }
  const joined = parts.join(" · ");
  return joined.length > EXCERPT ? joined.slice(0, EXCERPT) + "…" : joined;
}

function iso(value: unknown): string {
  return String(value ?? "");
}

export function formsOverview(ss: Spreadsheet, pseudonymous: boolean): FormsOverviewDto {
  const { forms, state } = readRegistry(PropertiesService.getDocumentProperties());
  // Found by its header too: a renamed log still shows its entries.
  const logSheet = findSheet(ss, "errors");
  const table = logSheet ? readTable(logSheet, SHEETS.errors, { zone: zoneOf(ss) }) : undefined;
  const entries = table ? readLogEntries(table) : [];
  const pendingBy = new Map<string, number>();
  for (const e of entries)
    if (e.pending && e.envelope) pendingBy.set(e.envelope.form, (pendingBy.get(e.envelope.form) ?? 0) + 1);

  const summaries: FormSummaryDto[] = QUESTIONNAIRE_ORDER.map((key) => {
    const record = forms[key];
    const sheet = record?.sheetId !== null && record?.sheetId !== undefined ? ss.getSheetById(record.sheetId) : null;
    return {
      key,
      title: QUESTIONNAIRES[key].title,
      url: record?.url ?? null,
      editUrl: record?.editUrl ?? null,
      sheetName: sheet ? sheet.getName() : null,
      answers: sheet ? Math.max(sheet.getLastRow() - 1, 0) : 0,
      accepted: state.counts[key]?.accepted ?? 0,
      pending: pendingBy.get(key) ?? 0,
    };
  });
  const latest = entries
    .slice(-LATEST)
    .reverse()
    .map((e) => {
      const cells = table ? table.rows[e.indexes[0]].cells : {};
      return {
        date: iso(cells.date),
        source: String(cells.source ?? ""),
        row: String(cells.row ?? ""),
        reason: e.reason,
        excerpt: excerpt(e.envelope, e.raw, pseudonymous),
        pending: e.pending,
        sheetRow: table ? table.rows[e.indexes[0]].rowNumber : 0,
      };
    });
  return {
    forms: summaries,
    created: summaries.filter((s) => s.url !== null).length,
    total: QUESTIONNAIRE_ORDER.length,
    logPending: entries.filter((e) => e.pending).length,
    logTotal: entries.length,
    latest,
    logSheet: logSheet ? logSheet.getName() : SHEETS.errors.name,
  };
}
