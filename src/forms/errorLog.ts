/**
 * «Журнал ошибок» as the forms adapter uses it: what is written for an answer that could not be accepted
 * (the whole answer in an envelope that says which questionnaire and response row it came from), and how
 * the log's entries are read back for «Повторить обработку». Parts of one long answer are joined again.
 * The log is found by its name, else by its header (a renamed log keeps its entries and gets the new
 * ones); a damaged header is completed before an entry is written, so an entry never lands in the wrong
 * columns.
 */
import { keepCell } from "../domain/workbook/codec";
import * as z from "zod";
import { labelKey } from "../domain/common/normalise";
import { errorLogRows, QUESTIONNAIRES, type FormKey } from "../domain/questionnaires";
import { SHEETS } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { ensureSheet } from "../sheets/setup";
import { findSheet } from "../sheets/structureGuard";
import { mapColumns, tableOf, type Cell, type Table } from "../sheets/table";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What «Исходные данные» holds for a questionnaire answer: the form, the response row, the answer as sent. */
export const EnvelopeSchema = z.object({
  form: z.enum(["mentee", "mentor", "preference", "meeting", "satisfaction", "evaluation", "curator"]),
  row: z.number().int().min(0),
  answers: z.record(z.string(), z.array(z.string())),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export function sourceOf(form: FormKey): string {
  return QUESTIONNAIRES[form].title;
}

/** Append the entry with appendRow (atomic: safe without the document lock). */
export function logAnswer(ss: Spreadsheet, envelope: Envelope, reason: string, now: Date): void {
  const found = findSheet(ss, "errors") ?? undefined;
  const { sheet, header } = ensureSheet(ss, SHEETS.errors, { created: [], completed: [], unchanged: [] }, found);
  const { columns } = mapColumns(SHEETS.errors, header);
  for (const entry of errorLogRows(sourceOf(envelope.form), envelope.row, reason, envelope, now)) {
    const row: Cell[] = header.map(() => "");
    for (const [key, value] of Object.entries(entry)) {
      const c = columns[key];
      if (c !== undefined) row[c] = keepCell(value);
    }
    sheet.appendRow(row);
  }
}

const PART = /\s*\(часть (\d+) из (\d+)\)$/;
const PENDING = new Set(["", labelKey("нет")]);

export interface LogEntry {
  /** Indexes into table.rows of the entry's rows (several for a long answer). */
  indexes: number[];
  pending: boolean;
  reason: string;
  raw: string;
  envelope?: Envelope;
}

/** The answer an entry holds, when it is ours (a questionnaire answer the add-on logged). */
export function envelopeOf(raw: string): Envelope | undefined {
  try {
    const parsed = EnvelopeSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The log's entries, long answers joined from their parts, each with its envelope when it is ours.
 * `envelopes: false` leaves them unread (envelopeOf reads the ones a caller takes).
 */
export function readLogEntries(table: Table, options: { envelopes?: boolean } = {}): LogEntry[] {
  const entries: LogEntry[] = [];
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i].cells;
    const reason = String(cells.reason ?? "");
    const part = PART.exec(reason);
    const indexes = [i];
    let raw = String(cells.raw ?? "");
    if (part && part[1] === "1") {
      const total = Number(part[2]);
      while (
        indexes.length < total &&
        i + 1 < rows.length &&
        PART.exec(String(rows[i + 1].cells.reason ?? ""))?.[1] === String(indexes.length + 1)
      ) {
        i++;
        indexes.push(i);
        raw += String(rows[i].cells.raw ?? "");
      }
    }
    const envelope = options.envelopes === false ? undefined : envelopeOf(raw);
    entries.push({
      indexes,
      pending: PENDING.has(labelKey(String(cells.state ?? ""))),
      reason: reason.replace(PART, ""),
      raw,
      envelope,
    });
  }
  return entries;
}

/**
 * The log's rows from `fromRow` on, as a Table whose row numbers are the sheet's (two calls: the header
 * and the rows): «Повторить обработку» reads only what it has not yet gone through.
 */
export function readLogFrom(sheet: Sheet, fromRow: number, zone: Zone): Table {
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[];
  const last = sheet.getLastRow();
  const start = Math.max(fromRow, 2);
  const rows = last >= start ? (sheet.getRange(start, 1, last - start + 1, width).getValues() as Cell[][]) : [];
  // Rows before `start` stand in as empty, so that row numbers and writes line up with the sheet.
  const skipped: Cell[][] = Array.from({ length: start - 2 }, () => []);
  return tableOf(sheet, SHEETS.errors, zone, [header, ...skipped, ...rows]);
}
