/**
 * A folder of CSV files named after the workbook's sheets («Пары.csv», «Настройки.csv», …), read as the
 * sheets layer reads a live workbook: each value first as Sheets would take it typed into a cell (a number
 * as a number, «28,2%» as 0.282, everything else as text), then decoded by the cell codec by its column's
 * type (dates «дд.мм.гггг» or ISO become IsoDate). An absent file is an empty sheet.
 *
 * The smallest adapter over csv.ts for `cmn document`; the shared reader of sheet folders replaces it.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import { scriptZone } from "../domain/workbook/zone";
import type { ReportTables } from "../sheets/reportSheet";
import { decodeRow, mapColumns, type Cell, type Table, type TableRow } from "../sheets/table";
import { UserError } from "./command";
import { readCsvFile } from "./csv";
import { CLI_MESSAGES } from "./messages";

type Block = Pick<Table, "rows" | "header" | "columns" | "values">;

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const PERCENT = /^(-?\d+(?:[.,]\d+)?)\s*%$/;
const TEXT_TYPES = new Set(["text", "id", "list", "tags"]);

/** A typed text as Sheets stores it in a cell of a column of `type` (text columns keep text). */
function asTyped(text: string, type: string | undefined): Cell {
  const value = text.trim();
  if (value === "" || (type !== undefined && TEXT_TYPES.has(type))) return value;
  if (NUMBER.test(value)) return Number(value.replace(",", "."));
  const pct = PERCENT.exec(value);
  return pct ? Number(pct[1].replace(",", ".")) / 100 : value;
}

export function readSheetFile(path: string, key: SheetKey): Block {
  const records = readCsvFile(path);
  const header = (records[0]?.cells ?? []).map((h) => h.trim());
  const spec = SHEETS[key];
  const { columns } = mapColumns(spec, header);
  const typeOf = new Map(spec.columns.filter((c) => columns[c.key] !== undefined).map((c) => [columns[c.key], c.type]));
  // No Date ever comes out of a CSV, so the zone only satisfies the codec's signature.
  const zone = scriptZone();
  const values: Cell[][] = [header];
  const rows: TableRow[] = [];
  records.slice(1).forEach((record, i) => {
    const raw = header.map((_, c) => asTyped(record.cells[c] ?? "", typeOf.get(c)));
    values.push(raw);
    if (raw.every((v) => v === "")) return;
    rows.push({ rowNumber: i + 2, cells: decodeRow(spec, columns, raw, zone) });
  });
  return { rows, header, columns, values };
}

/** The sheets of a folder, each read once on first use. */
export function sheetFolder(dir: string): ReportTables {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(CLI_MESSAGES.folderNotFound(dir));
  const cache = new Map<SheetKey, Block | null>();
  return (key) => {
    if (!cache.has(key)) {
      const path = join(dir, `${SHEETS[key].name}.csv`);
      cache.set(key, existsSync(path) ? readSheetFile(path, key) : null);
    }
    return cache.get(key) ?? null;
  };
}
