/**
 * Spreadsheets to JSON and back (part of EmulatorState). Dates are {"$date": ISO}; a range inside a
 * validation rule is {"$range": "'Sheet'!A1:B2"}. Formulas are saved as the engine holds them now (so
 * they reflect inserted rows), values and every cell layer sparsely.
 */
import type { Kernel } from "../core/kernel";
import { a1Of, parseA1 } from "./a1";
import type { Parsed, Stored } from "./cell-values";
import { EmuConditionalFormatRule } from "./conditional";
import type { ConditionSpec, RuleFormat } from "./conditional";
import type { EmuRange } from "./range";
import type { EmuSheet, StyleKey } from "./sheet";
import { EmuChart, EmuProtection } from "./sheet-objects";
import type { ChartSpec } from "./sheet-objects";
import { EmuSpreadsheet } from "./spreadsheet";
import { EmuDataValidation } from "./validation";
import type { ValidationSpec } from "./validation";

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function encode(v: unknown): Json {
  if (v instanceof Date) return { $date: v.toISOString() };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === "object" && "sheet" in v && "box" in v && typeof (v as EmuRange).getA1Notation === "function") {
    const r = v as EmuRange;
    return { $range: `'${r.sheet.name.replace(/'/g, "''")}'!${r.getA1Notation()}` };
  }
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return (v ?? null) as Json;
}

export function decode(v: Json, resolveRange?: (ref: string) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => decode(x, resolveRange));
  if (v && typeof v === "object") {
    if (typeof v.$date === "string") return new Date(v.$date);
    if (typeof v.$range === "string" && resolveRange) return resolveRange(v.$range);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x, resolveRange)]));
  }
  return v;
}

export interface CellState {
  v?: Json;
  f?: string;
  fmt?: string;
  note?: string;
  dv?: number;
  st?: Partial<Record<StyleKey, Json>>;
}

export interface SheetState {
  name: string;
  sheetId: number;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: Array<[number, number]>;
  cells: Array<[number, number, CellState]>;
  validations: Json[];
  condRules: Array<{ condition: Json; format: Json; ranges: string[] }>;
  protections: Array<{
    type: "RANGE" | "SHEET";
    a1: string;
    description: string;
    warningOnly: boolean;
    editors: string[];
  }>;
  charts: Array<{ id: number | null; type: string; ranges: string[]; options: Json; position: Json }>;
  merges: string[];
}

export interface SpreadsheetState {
  id: string;
  name: string;
  tz: string;
  locale: string;
  activeSheet: string | null;
  sheets: SheetState[];
  namedRanges: Array<{ name: string; ref: string }>;
}

const refOf = (sheet: EmuSheet, a1: string) => `'${sheet.name.replace(/'/g, "''")}'!${a1}`;

function saveSheet(sheet: EmuSheet): SheetState {
  const cells = new Map<string, [number, number, CellState]>();
  const at = (r: number, c: number) => {
    const key = `${r},${c}`;
    let e = cells.get(key);
    if (!e) cells.set(key, (e = [r, c, {}]));
    return e[2];
  };
  for (const [r, c, v] of sheet.values.entries()) at(r, c).v = encode(v);
  for (const [r, c] of sheet.formulas.entries())
    at(r, c).f = sheet.spreadsheet.engine.formula(sheet.hfId, r, c) ?? sheet.formulas.get(r, c);
  for (const [r, c, v] of sheet.formats.entries()) at(r, c).fmt = v;
  for (const [r, c, v] of sheet.notes.entries()) at(r, c).note = v;
  const rules: EmuDataValidation[] = [];
  for (const [r, c, v] of sheet.validations.entries()) {
    let i = rules.indexOf(v);
    if (i < 0) i = rules.push(v) - 1;
    at(r, c).dv = i;
  }
  for (const [key, grid] of sheet.styles) for (const [r, c, v] of grid.entries()) (at(r, c).st ??= {})[key] = encode(v);
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    maxRows: sheet.maxRows,
    maxCols: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    frozenCols: sheet.frozenCols,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    columnWidths: [...sheet.columnWidths.entries()],
    cells: [...cells.values()],
    validations: rules.map((r) => encode(r.spec)),
    condRules: sheet.condRules.map((r) => ({
      condition: encode(r.spec.condition),
      format: encode(r.spec.format),
      ranges: r.ranges.filter((t) => t.valid).map((t) => a1Of(t.box)),
    })),
    protections: sheet.protections.map((p) => ({
      type: p.type,
      a1: a1Of(p.tracked.box),
      description: p.description,
      warningOnly: p.warningOnly,
      editors: p.editors.slice(),
    })),
    charts: sheet.charts.map((c) => encode(c.record()) as SheetState["charts"][number]),
    merges: sheet.merges.filter((m) => m.valid).map((m) => a1Of(m.box)),
  };
}

export function saveSpreadsheet(ss: EmuSpreadsheet): SpreadsheetState {
  return {
    id: ss.id,
    name: ss.name,
    tz: ss.tz,
    locale: ss.locale,
    activeSheet: ss.activeSheet?.name ?? null,
    sheets: ss.sheets.map(saveSheet),
    namedRanges: ss
      .namedRangeList()
      .filter((n) => n.tracked.valid)
      .map((n) => ({ name: n.name, ref: refOf(n.tracked.sheet, a1Of(n.tracked.box, n.tracked.open)) })),
  };
}

export function loadSpreadsheet(k: Kernel, state: SpreadsheetState): EmuSpreadsheet {
  const ss = new EmuSpreadsheet(k, state.id, state.name);
  ss.tz = state.tz;
  ss.locale = state.locale;
  const resolve = (ref: string): EmuRange => {
    const p = parseA1(ref, 1_000_000, 18_278);
    const sheet = p?.sheetName !== undefined ? ss.getSheetByName(p.sheetName) : null;
    if (!p || !sheet) throw new Error(`Emulator state: bad range ${ref}`);
    return sheet.rangeAt(p.box, p.open);
  };
  const sheets = state.sheets.map((s) =>
    ss.addSheet(s.name, undefined, { rows: s.maxRows, cols: s.maxCols }, s.sheetId),
  );
  for (const nr of state.namedRanges) ss.setNamedRange(nr.name, resolve(nr.ref));
  state.sheets.forEach((s, i) => {
    const sheet = sheets[i];
    Object.assign(sheet, {
      frozenRows: s.frozenRows,
      frozenCols: s.frozenCols,
      hidden: s.hidden,
      tabColor: s.tabColor,
    });
    for (const [c, w] of s.columnWidths) sheet.columnWidths.set(c, w);
    const rules = s.validations.map((v) => new EmuDataValidation(decode(v, resolve) as ValidationSpec, k.ctx));
    let rows = 0;
    let cols = 0;
    for (const [r, c] of s.cells) {
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    const block: Parsed[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({})));
    for (const [r, c, cell] of s.cells) {
      if (cell.f !== undefined) block[r][c] = { formula: cell.f };
      else if (cell.v !== undefined) block[r][c] = { value: decode(cell.v) as Stored };
      if (cell.fmt !== undefined) sheet.formats.set(r, c, cell.fmt);
      if (cell.note !== undefined) sheet.notes.set(r, c, cell.note);
      if (cell.dv !== undefined) sheet.validations.set(r, c, rules[cell.dv]);
      for (const [key, v] of Object.entries(cell.st ?? {})) sheet.style(key as StyleKey).set(r, c, decode(v as Json));
    }
    if (rows > 0) sheet.rangeAt({ row: 1, col: 1, numRows: rows, numCols: cols }).writeParsed(block);
    sheet.condRules = s.condRules.map((r) => {
      const ranges = r.ranges.map((a1) => sheet.track(resolve(refOf(sheet, a1)).box));
      const spec = {
        ranges: [],
        condition: decode(r.condition) as ConditionSpec,
        format: decode(r.format) as RuleFormat,
      };
      void EmuConditionalFormatRule;
      return { spec, ranges };
    });
    for (const p of s.protections) {
      const prot = new EmuProtection(p.type, sheet, sheet.track(resolve(refOf(sheet, p.a1)).box), k.ctx, k.user);
      Object.assign(prot, { description: p.description, warningOnly: p.warningOnly, editors: p.editors.slice() });
      sheet.protections.push(prot);
    }
    for (const c of s.charts) {
      const spec: ChartSpec = {
        id: c.id,
        type: c.type,
        ranges: c.ranges.map((ref) => {
          const r = resolve(
            ref.includes("!")
              ? `'${ref.slice(0, ref.lastIndexOf("!")).replace(/'/g, "''")}'!${ref.slice(ref.lastIndexOf("!") + 1)}`
              : ref,
          );
          return { sheet: r.sheet, box: r.box };
        }),
        options: decode(c.options) as Record<string, unknown>,
        position: decode(c.position) as ChartSpec["position"],
        numHeaders: -1,
        transpose: false,
      };
      sheet.charts.push(new EmuChart(spec, k.ctx));
      sheet.nextChartId = Math.max(sheet.nextChartId, (c.id ?? 0) + 1);
    }
    for (const m of s.merges) sheet.merges.push(sheet.track(resolve(refOf(sheet, m)).box));
  });
  ss.activeSheet = (state.activeSheet && ss.getSheetByName(state.activeSheet)) || null;
  return ss;
}
