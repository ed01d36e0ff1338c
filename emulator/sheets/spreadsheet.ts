/** Spreadsheet: its sheets, the formula engine mirroring them, named ranges, the active selection. */
import { counted } from "../core/calls";
import type { Kernel } from "../core/kernel";
import { GasError, GAS_MESSAGES } from "../core/errors";
import { dateToSerial, serialToDate, zonedDateClass, zonedIntl } from "../core/time";
import { columnLetter, parseA1 } from "./a1";
import { isDateFormat } from "./cell-values";
import type { CellContext } from "./cell-values";
import { FormulaEngine } from "./formula-engine";
import { SHEETS_CELL_REFERENCE } from "./formula-text";
import { DEFAULT_LOCALE, localeSpec } from "./locale";
import { EmuRange } from "./range";
import { EmuSheet } from "./sheet";
import { EmuNamedRange } from "./sheet-objects";
import { EmuDataValidationBuilder } from "./validation";

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

/**
 * Sheets' rule for range names (Docs Editors Help «Name a range»): letters, digits and underscores; not
 * starting with a digit; not TRUE or FALSE; 1–250 characters; not a reference in A1 or R1C1 notation
 * (A1 to ZZZ99…, R1C1, RC, R2, C3 and, stricter, R and C alone). Letters then digits past column ZZZ
 * («Total2025») are names.
 */
export function validRangeName(name: string): boolean {
  return (
    /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) &&
    !SHEETS_CELL_REFERENCE.test(name) &&
    !/^(?:R\d*C\d*|R\d*|C\d*)$/i.test(name) &&
    !/^(true|false)$/i.test(name) &&
    name.length <= 250
  );
}

export class EmuSpreadsheet {
  sheets: EmuSheet[] = [];
  engine: FormulaEngine;
  namedRanges = new Map<string, EmuNamedRange>();
  activeSheet: EmuSheet | null = null;
  activeRange: EmuRange | null = null;
  toasts: Toast[] = [];
  tz: string;
  locale = DEFAULT_LOCALE;
  private nextSheetId = 0;
  private context: CellContext | undefined;

  constructor(
    readonly k: Kernel,
    readonly id: string,
    public name: string,
  ) {
    this.tz = k.tz;
    this.engine = new FormulaEngine({
      now: () => k.now(),
      toSerial: (d) => dateToSerial(d, this.tz),
      fromSerial: (n) => serialToDate(n, this.tz),
      isDateCell: (hf, r, c) => this.isDateCell(hf, r, c),
      // Custom functions run as the script: local time in the script's zone, the emulator's clock.
      scriptDate: zonedDateClass(k.tz, () => k.now()),
      scriptIntl: zonedIntl(k.tz),
    });
    counted(this, "Spreadsheet", k.ctx);
  }

  // ---- internal ------------------------------------------------------------------------------------

  fromSerial(serial: number): Date {
    return serialToDate(serial, this.tz);
  }

  /** What reading and showing cells depend on: this spreadsheet's locale, time zone and the clock. */
  cellContext(): CellContext {
    const loc = localeSpec(this.locale);
    if (!loc) throw new Error(`Emulator: locale ${this.locale} is not modelled`);
    if (!this.context || this.context.locale !== loc || this.context.tz !== this.tz)
      this.context = { locale: loc, tz: this.tz, now: () => this.k.now() };
    return this.context;
  }

  private isDateCell(hfId: number, r: number, c: number): boolean {
    const sheet = this.sheets.find((s) => s.hfId === hfId);
    if (!sheet) return false;
    const v = sheet.values.get(r, c);
    return v instanceof Date || (typeof v === "number" && isDateFormat(sheet.formats.get(r, c)));
  }

  addSheet(name: string, index?: number, size?: { rows: number; cols: number }, sheetId?: number): EmuSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new GasError(GAS_MESSAGES.sheetExists(name));
    const id = sheetId ?? (this.nextSheetId === 0 ? 0 : 100_000_000 + this.nextSheetId * 7919);
    this.nextSheetId = Math.max(this.nextSheetId + 1, 1);
    const hfId = this.engine.addSheet(name);
    const sheet = new EmuSheet(this, this.k, name, id, hfId, size?.rows ?? 1000, size?.cols ?? 26);
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    return sheet;
  }

  renameSheet(sheet: EmuSheet, name: string): void {
    const n = String(name);
    if (n === sheet.name) return;
    if (!n.trim()) throw new GasError(GAS_MESSAGES.invalidArgument("name"));
    if (this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === n.toLowerCase()))
      throw new GasError(GAS_MESSAGES.sheetExists(n));
    this.engine.renameSheet(sheet.hfId, n);
    sheet.name = n;
    // Only this sheet's names change their reference text; redefining every name made HyperFormula
    // rebuild every dependent formula once per name (seconds per renamed response sheet).
    this.syncNames(sheet);
  }

  /** Re-define the engine's named expressions of a sheet after its rows/columns moved. */
  syncNames(sheet: EmuSheet): void {
    for (const nr of this.namedRanges.values()) if (nr.tracked.sheet === sheet) this.defineInEngine(nr);
  }

  private defineInEngine(nr: EmuNamedRange): void {
    const t = nr.tracked;
    const b = t.box;
    const cell = (row: number, col: number) => `$${columnLetter(col)}$${row}`;
    const ref = `'${t.sheet.name.replace(/'/g, "''")}'!${cell(b.row, b.col)}:${cell(b.row + b.numRows - 1, b.col + b.numCols - 1)}`;
    this.engine.setName(
      nr.name,
      t.valid ? ref : undefined,
      t.valid ? { sheet: t.sheet.hfId, row: b.row - 1, col: b.col - 1 } : undefined,
    );
  }

  renameNamedRange(from: string, to: string): void {
    const nr = this.namedRanges.get(from.toLowerCase());
    if (!nr) throw new GasError(GAS_MESSAGES.rangeNotFound);
    if (from !== to) {
      if (!validRangeName(to)) throw new GasError(GAS_MESSAGES.badNamedRange(to));
      this.engine.removeName(from);
      this.namedRanges.delete(from.toLowerCase());
      nr.name = to;
      this.namedRanges.set(to.toLowerCase(), nr);
    }
    this.defineInEngine(nr);
  }

  namedRangeList(): EmuNamedRange[] {
    return [...this.namedRanges.values()];
  }

  newValidation(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.k.ctx);
  }

  // ---- public API ----------------------------------------------------------------------------------

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(name: string): void {
    this.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets(): EmuSheet[] {
    return this.sheets.slice();
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(name: string): EmuSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase()) ?? null;
  }
  getSheetById(id: number): EmuSheet | null {
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }
  insertSheet(a?: string | number | object, b?: number | object): EmuSheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "string") name = a;
    else if (typeof a === "number") index = a;
    if (typeof b === "number") index = b;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.getSheetByName(`Лист${n}`)) n++;
      name = `Лист${n}`;
    }
    if (index !== undefined && (index < 0 || index > this.sheets.length))
      throw new GasError(GAS_MESSAGES.invalidArgument("sheetIndex"));
    const sheet = this.addSheet(
      name,
      index ?? (this.activeSheet ? this.sheets.indexOf(this.activeSheet) + 1 : undefined),
    );
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }
  deleteSheet(sheet: EmuSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new GasError("Sheet not found");
    if (this.sheets.length === 1) throw new GasError(GAS_MESSAGES.lastSheet);
    this.engine.removeSheet(sheet.hfId);
    this.sheets.splice(i, 1);
    for (const nr of this.namedRanges.values()) if (nr.tracked.sheet === sheet) nr.tracked.valid = false;
    if (this.activeSheet === sheet) {
      this.activeSheet = this.sheets[Math.max(0, i - 1)];
      this.activeRange = null;
    }
  }
  getActiveSheet(): EmuSheet {
    return this.activeSheet ?? this.sheets[0];
  }
  setActiveSheet(sheet: EmuSheet): EmuSheet {
    if (!this.sheets.includes(sheet)) throw new GasError("Sheet not found");
    sheet.activate();
    return sheet;
  }
  moveActiveSheet(position: number): void {
    const sheet = this.getActiveSheet();
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position - 1, 0, sheet);
  }
  getActiveRange(): EmuRange {
    return this.activeRange ?? this.getActiveSheet().rangeAt({ row: 1, col: 1, numRows: 1, numCols: 1 });
  }
  getActiveCell(): EmuRange {
    const r = this.getActiveRange();
    return r.sheet.rangeAt({ row: r.box.row, col: r.box.col, numRows: 1, numCols: 1 });
  }
  setActiveRange(range: EmuRange): EmuRange {
    this.activeSheet = range.sheet;
    this.activeRange = range;
    return range;
  }
  setActiveSelection(a: string | EmuRange): EmuRange {
    return this.setActiveRange(typeof a === "string" ? this.getRange(a) : a);
  }
  getRange(a1: string): EmuRange {
    const p = parseA1(a1, 1, 1);
    const sheet = p?.sheetName !== undefined ? this.getSheetByName(p.sheetName) : this.getActiveSheet();
    if (!sheet) throw new GasError(GAS_MESSAGES.rangeNotFound);
    return sheet.getRange(a1.includes("!") ? a1.slice(a1.lastIndexOf("!") + 1) : a1);
  }

  setNamedRange(name: string, range: EmuRange): void {
    const n = String(name);
    if (!validRangeName(n)) throw new GasError(GAS_MESSAGES.badNamedRange(n));
    const existing = this.namedRanges.get(n.toLowerCase());
    if (existing) {
      existing.tracked.sheet.untrack(existing.tracked);
      existing.tracked = range.sheet.track(range.base, range.open);
      existing.name = n;
      this.defineInEngine(existing);
      return;
    }
    const nr = new EmuNamedRange(n, range.sheet.track(range.base, range.open), this, this.k.ctx);
    this.namedRanges.set(n.toLowerCase(), nr);
    this.defineInEngine(nr);
  }
  getRangeByName(name: string): EmuRange | null {
    const nr = this.namedRanges.get(String(name).toLowerCase());
    return nr && nr.tracked.valid ? nr.tracked.sheet.rangeAt(nr.tracked.base, nr.tracked.open) : null;
  }
  getNamedRanges(): EmuNamedRange[] {
    return this.namedRangeList();
  }
  removeNamedRange(name: string): void {
    const nr = this.namedRanges.get(String(name).toLowerCase());
    if (!nr) throw new GasError(GAS_MESSAGES.rangeNotFound);
    nr.tracked.sheet.untrack(nr.tracked);
    this.namedRanges.delete(String(name).toLowerCase());
    this.engine.removeName(nr.name);
  }

  toast(message: string, title?: string, timeoutSeconds?: number): void {
    this.toasts.push({ message: String(message), title: title ?? "", timeoutSeconds: timeoutSeconds ?? 5 });
  }
  getSpreadsheetTimeZone(): string {
    return this.tz;
  }
  setSpreadsheetTimeZone(tz: string): void {
    this.tz = tz;
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  /**
   * Sheets accepts any of its locales; the emulator models ru_RU and en_US and refuses others rather than
   * read values by rules it does not know (stricter).
   */
  setSpreadsheetLocale(locale: string): void {
    const id = String(locale);
    if (!localeSpec(id))
      throw new Error(`Emulator: locale ${id} is not modelled (ru_RU, en_US); see emulator/CONFORMANCE.md`);
    this.locale = id;
  }
  getFormUrl(): string | null {
    return this.k.hooks.formUrlFor?.(this.id) ?? null;
  }
  getOwner(): { getEmail(): string } {
    const user = this.k.user;
    return { getEmail: () => user };
  }
  getEditors(): Array<{ getEmail(): string }> {
    return [this.getOwner()];
  }
  getProtections(type: string): unknown[] {
    return this.sheets.flatMap((s) => s.getProtections(type));
  }
  flush(): void {
    this.engine.flush();
  }
}
