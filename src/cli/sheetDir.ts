/**
 * A folder of CSV exports of the workbook's sheets («Наставники.csv», «Пары.csv», «Настройки.csv», …,
 * named after the sheets, with their own headers), seen through the few read-only Spreadsheet calls the
 * sheet readers make (getSheetByName → getDataRange → getValues/getFormulas), so `cmn snapshot` reads a
 * folder with the very readers (and the cell codec) the add-on uses in Sheets: the one reader of each
 * sheet serves the live workbook and a folder alike. Numbers with «,» or «.» become numbers and «30%» 0.3
 * in numeric columns and the «Цель <год>» columns; dates stay text («дд.мм.гггг» or ISO), which the codec
 * reads as days; yes/no stays «да»/«нет», which the readers accept; text columns stay text. An absent file
 * is an absent sheet. Used by `cmn indicators`, `cmn snapshot` and `cmn document`.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { labelKey } from "../domain/common/normalise";
import { TARGET_HEADER } from "../domain/indicators/targets";
import { SETTINGS } from "../domain/workbook/defaults";
import { SHEETS, type SheetSpec } from "../domain/workbook/sheets";
import { scriptZone } from "../domain/workbook/zone";
import { UserError } from "./command";
import { readCsvFile } from "./csv";
import { CLI_MESSAGES } from "./messages";

type Cell = string | number | boolean;

function csvNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  const pct = /^(-?\d+(?:[.,]\d+)?)%$/.exec(t);
  if (pct) return Number(pct[1].replace(",", ".")) / 100;
  return /^-?\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : null;
}

function typed(spec: SheetSpec | undefined, header: readonly string[], rows: string[][]): Cell[][] {
  const numeric = header.map((h) => {
    if (TARGET_HEADER.test(h)) return true;
    const col = spec?.columns.find((c) => [c.header, ...(c.aliases ?? [])].some((a) => labelKey(a) === labelKey(h)));
    if (!col) return /^(факт|числитель|знаменатель)$/i.test(h.trim());
    return (
      col.type === "int" ||
      col.type === "number" ||
      (col.type === "computed" && spec?.key !== "pairs") ||
      (spec?.key === "indicators" && col.key === "fact")
    );
  });
  return rows.map((row) =>
    header.map((_, i) => {
      const text = row[i] ?? "";
      if (text.trim() === "") return "";
      return numeric[i] ? (csvNumber(text) ?? text) : text;
    }),
  );
}

const REPORT_DATE = SETTINGS.find((s) => s.key === "reportDate")!.label;

/** A read-only sheet over one CSV file's cells. */
class CsvSheet {
  constructor(
    private readonly name: string,
    private readonly values: Cell[][],
  ) {}
  getName(): string {
    return this.name;
  }
  getLastRow(): number {
    return this.values.length;
  }
  getDataRange() {
    const width = Math.max(0, ...this.values.map((r) => r.length));
    const block = this.values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
    return { getValues: () => block.map((r) => r.slice()), getFormulas: () => block.map((r) => r.map(() => "")) };
  }
}

export interface SheetDir {
  /** Sheets found, by name. */
  sheets: string[];
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** Open a folder; `reportDate` (YYYY-MM-DD) replaces «Дата отчёта» of «Настройки.csv». */
export function openSheetDir(dir: string, options: { reportDate?: string } = {}): SheetDir {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(CLI_MESSAGES.folderNotFound(dir));
  const files = readdirSync(dir).filter((f) => /\.csv$/i.test(f));
  const specs = Object.values(SHEETS);
  const sheets = new Map<string, CsvSheet>();
  for (const file of files) {
    const name = file.replace(/\.csv$/i, "");
    const records = readCsvFile(join(dir, file), { allowEmpty: true });
    const header = (records[0]?.cells ?? []).map((h) => h.trim());
    const spec = specs.find((s) => labelKey(s.name) === labelKey(name));
    const body = typed(
      spec,
      header,
      records.slice(1).map((r) => r.cells),
    );
    sheets.set(labelKey(spec?.name ?? name), new CsvSheet(spec?.name ?? name, [header, ...body]));
  }
  if (options.reportDate) {
    // «Дата отчёта» given on the command line wins over the file's (or stands in for a missing file).
    const key = labelKey(SHEETS.settings.name);
    const rows = sheets.get(key)?.getDataRange().getValues() ?? [SHEETS.settings.columns.map((c) => c.header)];
    const kept = rows.filter((r, i) => i === 0 || labelKey(String(r[0] ?? "")) !== labelKey(REPORT_DATE));
    sheets.set(key, new CsvSheet(SHEETS.settings.name, [...kept, [REPORT_DATE, options.reportDate]]));
  }
  const spreadsheet = {
    // No cell holds a Date (dates stay text), so the zone only names today: the host's.
    getSpreadsheetTimeZone: () => scriptZone().tz,
    getSheetByName: (name: string) => sheets.get(labelKey(name)) ?? null,
    getSheets: () => [...sheets.values()],
    getRangeByName: () => null,
  } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { sheets: [...sheets.values()].map((s) => s.getName()), spreadsheet };
}
