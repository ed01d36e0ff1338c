/**
 * A folder of CSV exports of the workbook's sheets («Наставники.csv», «Пары.csv», «Настройки.csv», …,
 * named after the sheets, with their own headers), seen through the few read-only Spreadsheet calls the
 * sheet readers make (getSheetByName → getDataRange → getValues/getFormulas), so `cmn snapshot` reads a
 * folder with the very readers the add-on uses in Sheets. Cells are typed by the column's declared type
 * (sheets.ts): dates «дд.мм.гггг» or ISO become Dates, numbers with «,» or «.» numbers, «30%» 0.3; text
 * columns stay text. An absent file is an absent sheet. Stopgap until the shared «folder of CSVs → typed
 * rows» reader lands; then this file goes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { labelKey } from "../domain/common/normalise";
import { TARGET_HEADER } from "../domain/indicators/targets";
import { SETTINGS } from "../domain/workbook/defaults";
import { SHEETS, type SheetSpec } from "../domain/workbook/sheets";
import { parseCsv } from "./csv";

type Cell = string | number | boolean | Date;

const DATE_RU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function csvDate(text: string): Date | null {
  const t = text.trim();
  const ru = DATE_RU.exec(t);
  if (ru) return new Date(+ru[3], +ru[2] - 1, +ru[1]);
  const iso = DATE_ISO.exec(t);
  return iso ? new Date(+iso[1], +iso[2] - 1, +iso[3]) : null;
}

function csvNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, "");
  const pct = /^(-?\d+(?:[.,]\d+)?)%$/.exec(t);
  if (pct) return Number(pct[1].replace(",", ".")) / 100;
  return /^-?\d+(?:[.,]\d+)?$/.test(t) ? Number(t.replace(",", ".")) : null;
}

function typed(spec: SheetSpec | undefined, header: readonly string[], rows: string[][]): Cell[][] {
  const kinds = header.map((h): "date" | "number" | "text" => {
    if (TARGET_HEADER.test(h)) return "number";
    const col = spec?.columns.find((c) => [c.header, ...(c.aliases ?? [])].some((a) => labelKey(a) === labelKey(h)));
    if (!col) return /^(факт|числитель|знаменатель)$/i.test(h.trim()) ? "number" : "text";
    if (col.type === "date") return "date";
    if (col.type === "int" || col.type === "number" || (spec?.key === "indicators" && col.key === "fact"))
      return "number";
    return "text";
  });
  return rows.map((row) =>
    header.map((_, i) => {
      const text = row[i] ?? "";
      if (text.trim() === "") return "";
      if (kinds[i] === "date") return csvDate(text) ?? text;
      if (kinds[i] === "number") return csvNumber(text) ?? text;
      return text;
    }),
  );
}

const REPORT_DATE_LABEL = labelKey(SETTINGS.find((s) => s.key === "reportDate")!.label);

/** A read-only sheet over one CSV file's typed cells. */
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
    const values = this.values;
    const width = Math.max(0, ...values.map((r) => r.length));
    const block = values.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
    return { getValues: () => block.map((r) => r.slice()), getFormulas: () => block.map((r) => r.map(() => "")) };
  }
}

export interface CsvWorkbook {
  /** Sheets found, by name. */
  sheets: string[];
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** Open a folder; `reportDate` (YYYY-MM-DD) replaces «Дата отчёта» of «Настройки.csv». */
export function openCsvFolder(dir: string, options: { reportDate?: string } = {}): CsvWorkbook {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.csv$/i.test(f)) : [];
  const specs = Object.values(SHEETS);
  const sheets = new Map<string, CsvSheet>();
  for (const file of files) {
    const name = file.replace(/\.csv$/i, "");
    const records = parseCsv(readFileSync(join(dir, file), "utf8"));
    const header = (records[0]?.cells ?? []).map((h) => h.trim());
    const spec = specs.find((s) => labelKey(s.name) === labelKey(name));
    const body = typed(
      spec,
      header,
      records.slice(1).map((r) => r.cells),
    );
    if (spec?.key === "settings") {
      for (const row of body) {
        if (labelKey(String(row[0] ?? "")) !== REPORT_DATE_LABEL) continue;
        const date = options.reportDate ? csvDate(options.reportDate) : csvDate(String(row[1] ?? ""));
        if (date) row[1] = date;
      }
      if (options.reportDate && !body.some((r) => labelKey(String(r[0] ?? "")) === REPORT_DATE_LABEL))
        body.push([SETTINGS.find((s) => s.key === "reportDate")!.label, csvDate(options.reportDate) ?? ""]);
    }
    sheets.set(labelKey(spec?.name ?? name), new CsvSheet(spec?.name ?? name, [header, ...body]));
  }
  if (options.reportDate && !sheets.has(labelKey(SHEETS.settings.name))) {
    const label = SETTINGS.find((s) => s.key === "reportDate")!.label;
    sheets.set(
      labelKey(SHEETS.settings.name),
      new CsvSheet(SHEETS.settings.name, [
        SHEETS.settings.columns.map((c) => c.header),
        [label, csvDate(options.reportDate) ?? ""],
      ]),
    );
  }
  const spreadsheet = {
    getSheetByName: (name: string) => sheets.get(labelKey(name)) ?? null,
    getSheets: () => [...sheets.values()],
    getRangeByName: () => null,
  } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  return { sheets: [...sheets.values()].map((s) => s.getName()), spreadsheet };
}
