/**
 * A folder of CSV files named after the workbook's sheets («Пары.csv», «Настройки.csv», …), read as the
 * sheets layer reads a live workbook: rows keyed by column key with typed values — dates («дд.мм.гггг» or
 * ISO) as Dates, yes/no («да/нет», «true/false», «1/0») as booleans, numbers as numbers — plus the header
 * and the raw block. An absent file is an empty sheet. «Настройки» values are typed as Sheets types what a
 * person enters: a date as a date, a number as a number.
 *
 * The smallest adapter over csv.ts for `cmn document`; the shared reader of sheet folders replaces it.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseYesNo } from "../domain/common/normalise";
import { parseDate } from "../domain/participants/cells";
import { SHEETS, type SheetKey } from "../domain/workbook/sheets";
import type { ReportTables } from "../sheets/reportSheet";
import type { Cell, TableRow } from "../sheets/table";
import { mapColumns } from "../sheets/table";
import { UserError } from "./command";
import { readCsvFile } from "./csv";
import { CLI_MESSAGES } from "./messages";

type Block = { rows: TableRow[]; header: string[]; values: Cell[][] };

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const PERCENT = /^(-?\d+(?:[.,]\d+)?)\s*%$/;

function typed(text: string, type: string | undefined): Cell {
  const value = text.trim();
  if (value === "") return "";
  if (type === "date") return parseDate(value) ?? value;
  if (type === "bool") return parseYesNo(value) ?? value;
  if (type === "int" || type === "number" || type === "computed" || type === undefined) {
    if (NUMBER.test(value)) return Number(value.replace(",", "."));
    // A share exported with its «%» format («28,2%») is the fraction Sheets holds.
    const pct = type === "int" ? null : PERCENT.exec(value);
    if (pct) return Number(pct[1].replace(",", ".")) / 100;
  }
  return value;
}

/** A settings value typed as Sheets would type it. */
function typedSetting(text: string): Cell {
  const value = text.trim();
  return parseDate(value) ?? (NUMBER.test(value) ? Number(value.replace(",", ".")) : value);
}

export function readSheetFile(path: string, key: SheetKey): Block {
  const records = readCsvFile(path);
  const header = (records[0]?.cells ?? []).map((h) => h.trim());
  const spec = SHEETS[key];
  const { columns } = mapColumns(spec, header);
  const typeOf = new Map<number, string>();
  for (const column of spec.columns)
    if (columns[column.key] !== undefined) typeOf.set(columns[column.key], column.type);
  const values: Cell[][] = [header];
  const rows: TableRow[] = [];
  records.slice(1).forEach((record, i) => {
    const raw = header.map((_, c) =>
      key === "settings" && c === columns.value
        ? typedSetting(record.cells[c] ?? "")
        : typed(record.cells[c] ?? "", typeOf.get(c)),
    );
    values.push(raw);
    if (raw.every((v) => v === "")) return;
    const cells: Record<string, Cell> = {};
    for (const [k, c] of Object.entries(columns)) cells[k] = raw[c] ?? "";
    rows.push({ rowNumber: i + 2, cells });
  });
  return { rows, header, values };
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
