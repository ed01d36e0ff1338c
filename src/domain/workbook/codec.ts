/**
 * The cell codec: the one way a value crosses between a sheet cell and the domain, by the column's
 * declared type (sheets.ts). Every reader decodes through it and every writer encodes through it.
 *
 * Why it exists: Sheets parses a string written by setValues as if a person typed it, by the
 * spreadsheet's locale: «1.10» becomes 1 October in a Russian-locale spreadsheet, «007» the number 7,
 * «50%» 0.5, «TRUE» a boolean, «=…» a formula. And a date cell is an instant whose day depends on a time
 * zone. So:
 * - dates travel as IsoDate ("2026-11-21"), converted with the spreadsheet's zone (zone.ts);
 * - text is written so that Sheets keeps it as text: a leading apostrophe (Sheets' own escape, not part
 *   of the value) whenever the string has a digit, starts like a formula or reads as a boolean. The rule
 *   is deliberately wider than any one locale's parser: an apostrophe on text that needed none is
 *   harmless, a missing one corrupts data;
 * - a value read from a cell the add-on does not own is written back as it was read: a string stays a
 *   string, a number a number, a Date the same instant (`keep`).
 * Decoded values are string, number, boolean or "" (blank); never a Date, never undefined.
 */
import { formatDateRu, fromSerial, isIsoDate, parseDateText, type IsoDate } from "../common/dates";
import type { ColumnSpec, ColumnType } from "./sheets";
import type { Zone } from "./zone";

/** What getValues returns for a cell. */
export type RawCell = string | number | boolean | Date;
/** A decoded cell: dates as IsoDate strings, timestamps as ISO instants, blank as "". */
export type CellValue = string | number | boolean;

/** A Date from any realm (the bundle may run in another realm than the code that made the Date). */
export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]" && !Number.isNaN((v as Date).getTime());
}

/** Would Sheets (in any locale) read this string as something other than the text itself? */
export function needsTextEscape(text: string): boolean {
  if (text === "") return false;
  return /\d/.test(text) || /^\s*[=+\-@']/.test(text) || /^\s*(?:true|false|истина|ложь)\s*$/i.test(text);
}

/** The string to write so that the cell holds exactly `text`, as text. */
export function textForCell(text: string): string {
  return needsTextEscape(text) ? `'${text}` : text;
}

/** A number as text in a text column («7», «2.5»): the value, not a locale's display of it. */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : "";
}

/** An instant with its time of day, for timestamp columns («Журнал ошибок»): ISO 8601 in UTC. */
function instantText(d: Date): string {
  // eslint-disable-next-line no-restricted-syntax -- an instant, deliberately in UTC: not a day
  return d.toISOString();
}

/** The decoded value of a cell of a column of `type`. */
export function decodeCell(type: ColumnType, raw: unknown, zone: Zone): CellValue {
  if (raw === null || raw === undefined || raw === "") return "";
  const date = isDateValue(raw) ? raw : undefined;
  switch (type) {
    case "date":
      if (date) return zone.dateOf(date);
      if (typeof raw === "number") return fromSerial(raw) ?? raw;
      if (typeof raw === "string") return parseDateText(raw) ?? raw.trim();
      return raw as CellValue;
    case "timestamp":
      if (date) return instantText(date);
      return typeof raw === "string" ? raw.trim() : (raw as CellValue);
    case "int":
    case "number":
    case "bool":
    case "value":
    case "computed":
      if (date) return zone.dateOf(date);
      return typeof raw === "string" ? raw.trim() : (raw as CellValue);
    default:
      // Text-like columns: what a person reads in the cell.
      if (date) return formatDateRu(zone.dateOf(date));
      if (typeof raw === "number") return numberText(raw);
      return typeof raw === "string" ? raw : String(raw);
  }
}

/** The column facts the codec needs: its type, and whether its cells are formatted as plain text («@»). */
export type CodecColumn = Pick<ColumnSpec, "type" | "plainText">;

/**
 * The value to hand setValues for a domain value in a column. In a column formatted as plain text
 * («@»), Sheets stores a string as it is (an apostrophe would stay visible), so text goes unescaped.
 */
export function encodeCell(column: CodecColumn, value: unknown, zone: Zone, dateCtor?: DateConstructor): RawCell {
  const type = column.type;
  if (value === null || value === undefined || value === "") return "";
  if (column.plainText && typeof value === "string") return value;
  if (isDateValue(value)) return type === "date" ? zone.midnight(zone.dateOf(value), dateCtor) : value;
  switch (type) {
    case "date": {
      const day = typeof value === "string" ? (isIsoDate(value) ? value : parseDateText(value)) : undefined;
      if (day) return zone.midnight(day, dateCtor);
      break;
    }
    case "timestamp":
      if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
        const d = new (dateCtor ?? Date)(value);
        if (!Number.isNaN(d.getTime())) return d;
      }
      break;
    case "int":
    case "number":
      if (typeof value === "number") return Number.isFinite(value) ? value : "";
      break;
    case "bool":
      if (typeof value === "boolean") return value;
      break;
    case "value":
      if (typeof value === "string" && isIsoDate(value)) return zone.midnight(value, dateCtor);
      if (typeof value === "number" || typeof value === "boolean") return value;
      break;
    case "computed":
      if (typeof value === "number" || typeof value === "boolean") return value;
      break;
    default:
      if (typeof value === "number") return textForCell(numberText(value));
      if (typeof value === "boolean") return value;
  }
  // Anything else is text as typed (a bad date stays the person's text for the check to report).
  return typeof value === "number" || typeof value === "boolean" ? value : textForCell(String(value));
}

/** A value read from a cell, to write back unchanged (rows of a block the add-on rewrites but did not patch). */
export function keepCell(raw: unknown, plainText = false): RawCell {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return plainText ? raw : textForCell(raw);
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : "";
  if (typeof raw === "boolean" || isDateValue(raw)) return raw;
  return textForCell(String(raw));
}

/** Column types whose cells hold IsoDate after decoding. */
export function holdsDate(column: Pick<ColumnSpec, "type">): boolean {
  return column.type === "date";
}

export type { IsoDate };
