/**
 * Range: a fixed block of one sheet (it does not follow inserted rows, as in Apps Script). An open end
 * («B2:B», «5:7», «D:F») reaches the sheet's last row or column at each call, as a GridRange without an
 * end index does, and stays open in getA1Notation.
 */
import { counted } from "../core/calls";
import { GasError, GAS_MESSAGES } from "../core/errors";
import { a1Of } from "./a1";
import type { Box, OpenEnds } from "./a1";
import {
  automaticFormatOf,
  displayValue,
  isAutomaticFormat,
  isDateFormat,
  parseInput,
  resolveFormat,
} from "./cell-values";
import type { CellContext, Parsed, Stored } from "./cell-values";
import type { EngineValue } from "./formula-engine";
import type { Grid } from "./grid";
import type { EmuSheet, StyleKey } from "./sheet";
import { STYLE_DEFAULTS } from "./sheet";
import { EmuProtection } from "./sheet-objects";
import { createFilter, type EmuFilter } from "./filter";
import { EmuDataValidation } from "./validation";
import { dateToSerial, zonedDateClass } from "../core/time";
import type { RawCellContent } from "hyperformula";

export type Value = string | number | boolean | Date;

/** Formulas that may fill more than their own cell (array results); blank cells then ask the engine. */
const SPILLING = /CMN_|ARRAYFORMULA|FILTER|SORT|UNIQUE|TRANSPOSE|SEQUENCE|MMULT|FREQUENCY|\{/i;

export class EmuRange {
  constructor(
    readonly sheet: EmuSheet,
    /** The block as given; with open ends, `box` reaches the sheet's current size. */
    readonly base: Box,
    readonly open?: OpenEnds,
  ) {
    counted(this, "Range", sheet.k.ctx);
  }

  get box(): Box {
    return this.open ? this.sheet.resolve(this.base, this.open) : this.base;
  }

  // ---- internal ----------------------------------------------------------------------------------

  private get tz(): string {
    return this.sheet.spreadsheet.tz;
  }

  private get ctx(): CellContext {
    return this.sheet.spreadsheet.cellContext();
  }

  private checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || (data.length > 0 && !Array.isArray(data[0]))) {
      throw new GasError(
        `The parameters (${Array.isArray(data) ? "number[]" : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const box = this.box;
    if (data.length !== box.numRows) throw new GasError(GAS_MESSAGES.rowsMismatch(data.length, box.numRows));
    for (const row of data as unknown[][]) {
      if (!Array.isArray(row))
        throw new GasError(`The parameters don't match the method signature for SpreadsheetApp.Range.${method}.`);
      if (row.length !== box.numCols) throw new GasError(GAS_MESSAGES.colsMismatch(row.length, box.numCols));
    }
    return data as unknown[][];
  }

  /**
   * Write parsed cells and mirror them into the formula engine in one block. A cell whose format is
   * automatic takes the format its value was read with («21.11.2026» → a date format).
   */
  writeParsed(cells: Parsed[][]): void {
    const { row, col } = this.box;
    const s = this.sheet;
    const engine = s.spreadsheet.engine;
    const tz = this.tz;
    const raw: RawCellContent[][] = new Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const line = cells[i];
      const out: RawCellContent[] = new Array(line.length);
      for (let j = 0; j < line.length; j++) {
        const p = line[j];
        const r = row - 1 + i;
        const c = col - 1 + j;
        s.values.set(r, c, p.value);
        s.formulas.set(r, c, p.formula);
        if (p.format !== undefined && isAutomaticFormat(s.formats.get(r, c))) s.formats.set(r, c, p.format);
        if (p.formula !== undefined && !s.mayHaveSpill && SPILLING.test(p.formula)) s.mayHaveSpill = true;
        out[j] = toEngine(p, engine, tz);
      }
      raw[i] = out;
    }
    engine.write(s.hfId, row - 1, col - 1, raw);
  }

  private mapCells<T>(fn: (r: number, c: number) => T): T[][] {
    const { row, col, numRows, numCols } = this.box;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const line: T[] = new Array(numCols);
      for (let j = 0; j < numCols; j++) line[j] = fn(row - 1 + i, col - 1 + j);
      out[i] = line;
    }
    return out;
  }

  /** The value a script reads from a 0-based cell. */
  valueAt(r: number, c: number): Value {
    const s = this.sheet;
    const fmt = s.formats.get(r, c);
    if (s.formulas.get(r, c) !== undefined) return this.computedAt(r, c, fmt);
    const v = s.values.get(r, c);
    if (v === undefined) return s.mayHaveSpill ? this.computedAt(r, c, fmt) : "";
    if (v instanceof Date) return new Date(v.getTime());
    if (typeof v === "number" && isDateFormat(fmt)) return s.spreadsheet.fromSerial(v);
    return v;
  }

  /** A formula cell's value, or a cell an array formula spilled into. */
  private computedAt(r: number, c: number, fmt: string | undefined): Value {
    const s = this.sheet;
    const cell = s.spreadsheet.engine.cell(s.hfId, r, c);
    const v = cell.value;
    if (v === null) return "";
    if (typeof v === "object") return v.error;
    if (
      typeof v === "number" &&
      (isDateFormat(fmt) ||
        ((fmt === undefined || fmt === "") && (cell.type === "NUMBER_DATE" || cell.type === "NUMBER_DATETIME")))
    ) {
      return s.spreadsheet.fromSerial(v);
    }
    return v;
  }

  /** Error details of a formula cell (#ERROR! message etc.), for tests. */
  errorAt(r: number, c: number): { error: string; message: string } | null {
    const s = this.sheet;
    if (s.formulas.get(r, c) === undefined) return null;
    const v: EngineValue = s.spreadsheet.engine.cell(s.hfId, r, c).value;
    return v !== null && typeof v === "object" ? v : null;
  }

  private styleGrid(key: StyleKey): Grid<unknown> {
    return this.sheet.style(key);
  }

  private setStyle(key: StyleKey, value: unknown): this {
    const g = this.styleGrid(key);
    this.mapCells((r, c) => g.set(r, c, value === null ? undefined : value));
    return this;
  }

  private setStyles(key: StyleKey, values: unknown[][], method: string): this {
    const data = this.checkShape(values, method);
    const g = this.styleGrid(key);
    const { row, col } = this.box;
    this.mapCells((r, c) => g.set(r, c, data[r - row + 1][c - col + 1] ?? undefined));
    return this;
  }

  private getStyles(key: StyleKey): unknown[][] {
    const g = this.sheet.styles.get(key);
    const def = STYLE_DEFAULTS[key];
    return this.mapCells((r, c) => g?.get(r, c) ?? def);
  }

  // ---- geometry ------------------------------------------------------------------------------------

  getRow(): number {
    return this.box.row;
  }
  getRowIndex(): number {
    return this.box.row;
  }
  getColumn(): number {
    return this.box.col;
  }
  getColumnIndex(): number {
    return this.box.col;
  }
  getNumRows(): number {
    return this.box.numRows;
  }
  getNumColumns(): number {
    return this.box.numCols;
  }
  getLastRow(): number {
    return this.box.row + this.box.numRows - 1;
  }
  getLastColumn(): number {
    return this.box.col + this.box.numCols - 1;
  }
  getHeight(): number {
    return this.box.numRows;
  }
  getWidth(): number {
    return this.box.numCols;
  }
  getA1Notation(): string {
    return a1Of(this.box, this.open);
  }
  getSheet(): EmuSheet {
    return this.sheet;
  }
  getGridId(): number {
    return this.sheet.sheetId;
  }
  getCell(row: number, col: number): EmuRange {
    if (row < 1 || col < 1 || row > this.box.numRows || col > this.box.numCols)
      throw new GasError(GAS_MESSAGES.outsideSheet);
    return this.sheet.rangeAt({ row: this.box.row + row - 1, col: this.box.col + col - 1, numRows: 1, numCols: 1 });
  }
  offset(rowOffset: number, colOffset: number, numRows?: number, numCols?: number): EmuRange {
    return this.sheet.getRange(
      this.box.row + rowOffset,
      this.box.col + colOffset,
      numRows ?? this.box.numRows,
      numCols ?? this.box.numCols,
    );
  }
  getDataRegion(): EmuRange {
    return this.sheet.getDataRange();
  }

  // ---- values --------------------------------------------------------------------------------------

  getValue(): Value {
    return this.valueAt(this.box.row - 1, this.box.col - 1);
  }
  getValues(): Value[][] {
    return this.mapCells((r, c) => this.valueAt(r, c));
  }
  setValue(value: unknown): this {
    if (Array.isArray(value))
      throw new GasError(
        "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValue.",
      );
    const fmts = this.sheet.formats;
    const ctx = this.ctx;
    this.writeParsed(this.mapCells((r, c) => parseInput(value, fmts.get(r, c), ctx)));
    return this;
  }
  setValues(values: unknown[][]): this {
    const data = this.checkShape(values, "setValues");
    const fmts = this.sheet.formats;
    const ctx = this.ctx;
    const r0 = this.box.row - 1;
    const c0 = this.box.col - 1;
    this.writeParsed(this.mapCells((r, c) => parseInput(data[r - r0][c - c0], fmts.get(r, c), ctx)));
    return this;
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  getDisplayValues(): string[][] {
    const fmts = this.sheet.formats;
    const ctx = this.ctx;
    return this.mapCells((r, c) => displayValue(this.valueAt(r, c), fmts.get(r, c), ctx));
  }
  isBlank(): boolean {
    const s = this.sheet;
    return this.mapCells((r, c) => s.values.get(r, c) === undefined && s.formulas.get(r, c) === undefined).every(
      (row) => row.every(Boolean),
    );
  }

  getFormula(): string {
    return this.getFormulas()[0][0];
  }
  getFormulas(): string[][] {
    const s = this.sheet;
    return this.mapCells((r, c) =>
      s.formulas.get(r, c) === undefined
        ? ""
        : (s.spreadsheet.engine.formula(s.hfId, r, c) ?? s.formulas.get(r, c) ?? ""),
    );
  }
  setFormula(formula: string): this {
    const f = String(formula);
    const ctx = this.ctx;
    this.writeParsed(
      this.mapCells(() => (f === "" ? {} : f.startsWith("=") ? { formula: f } : parseInput(f, undefined, ctx))),
    );
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const data = this.checkShape(formulas, "setFormulas");
    const r0 = this.box.row - 1;
    const c0 = this.box.col - 1;
    const ctx = this.ctx;
    this.writeParsed(
      this.mapCells((r, c) => {
        const f = String(data[r - r0][c - c0] ?? "");
        return f === "" ? {} : f.startsWith("=") ? { formula: f } : parseInput(f, undefined, ctx);
      }),
    );
    return this;
  }

  /** What a person typing in the cell gets: input parsed as in the UI, data validation enforced. */
  editAsUser(input: unknown): this {
    if (this.box.numRows !== 1 || this.box.numCols !== 1) throw new GasError("editAsUser works on one cell.");
    const r = this.box.row - 1;
    const c = this.box.col - 1;
    // A person typing and a script writing are read alike (USER_ENTERED is "as if the user typed them").
    const parsed = parseInput(input, this.sheet.formats.get(r, c), this.ctx);
    const rule = this.sheet.validations.get(r, c);
    const candidate = parsed.formula !== undefined ? parsed.formula : (parsed.value ?? "");
    if (rule && !rule.spec.allowInvalid && parsed.formula === undefined && !rule.accepts(candidate)) {
      throw new GasError(
        rule.spec.helpText
          ? `${GAS_MESSAGES.validationRejected} ${rule.spec.helpText}`
          : GAS_MESSAGES.validationRejected,
      );
    }
    const oldValue = this.valueAt(r, c);
    this.writeParsed([[parsed]]);
    this.sheet.k.hooks.fireEdit?.({ range: this, oldValue, value: this.valueAt(r, c), source: this.sheet.spreadsheet });
    return this;
  }

  /** Whether the cell's value passes its data validation (for tests of what a person may type). */
  isValidAsUser(): boolean {
    const r = this.box.row - 1;
    const c = this.box.col - 1;
    const rule = this.sheet.validations.get(r, c);
    return !rule || rule.accepts(this.valueAt(r, c));
  }

  // ---- formats and style ---------------------------------------------------------------------------

  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getNumberFormats(): string[][] {
    const s = this.sheet;
    const ctx = this.ctx;
    return this.mapCells(
      (r, c) => resolveFormat(s.formats.get(r, c), ctx.locale) ?? automaticFormatOf(s.values.get(r, c), ctx),
    );
  }
  setNumberFormat(format: string): this {
    const s = this.sheet;
    this.mapCells((r, c) => s.formats.set(r, c, String(format)));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    const data = this.checkShape(formats, "setNumberFormats");
    const s = this.sheet;
    const { row, col } = this.box;
    this.mapCells((r, c) => s.formats.set(r, c, String(data[r - row + 1][c - col + 1])));
    return this;
  }

  getNote(): string {
    return this.sheet.notes.get(this.box.row - 1, this.box.col - 1) ?? "";
  }
  getNotes(): string[][] {
    return this.mapCells((r, c) => this.sheet.notes.get(r, c) ?? "");
  }
  setNote(note: string | null): this {
    const n = note === null || note === "" ? undefined : String(note);
    this.mapCells((r, c) => this.sheet.notes.set(r, c, n));
    return this;
  }
  setNotes(notes: Array<Array<string | null>>): this {
    const data = this.checkShape(notes, "setNotes");
    const { row, col } = this.box;
    this.mapCells((r, c) => {
      const n = data[r - row + 1][c - col + 1];
      this.sheet.notes.set(r, c, n === null || n === "" || n === undefined ? undefined : String(n));
    });
    return this;
  }
  clearNote(): this {
    return this.setNote(null);
  }

  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  getBackgrounds(): string[][] {
    return this.getStyles("background") as string[][];
  }
  setBackground(color: string | null): this {
    return this.setStyle("background", color);
  }
  setBackgroundColor(color: string | null): this {
    return this.setStyle("background", color);
  }
  setBackgrounds(colors: Array<Array<string | null>>): this {
    return this.setStyles("background", colors, "setBackgrounds");
  }
  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }
  getFontWeights(): string[][] {
    return this.getStyles("fontWeight") as string[][];
  }
  setFontWeight(w: string | null): this {
    return this.setStyle("fontWeight", w);
  }
  setFontWeights(w: Array<Array<string | null>>): this {
    return this.setStyles("fontWeight", w, "setFontWeights");
  }
  getFontColor(): string {
    return this.getStyles("fontColor")[0][0] as string;
  }
  getFontColors(): string[][] {
    return this.getStyles("fontColor") as string[][];
  }
  setFontColor(color: string | null): this {
    return this.setStyle("fontColor", color);
  }
  setFontColors(colors: Array<Array<string | null>>): this {
    return this.setStyles("fontColor", colors, "setFontColors");
  }
  getFontStyle(): string {
    return this.getStyles("fontStyle")[0][0] as string;
  }
  setFontStyle(style: string | null): this {
    return this.setStyle("fontStyle", style);
  }
  getFontStyles(): string[][] {
    return this.getStyles("fontStyle") as string[][];
  }
  setFontStyles(styles: Array<Array<string | null>>): this {
    return this.setStyles("fontStyle", styles, "setFontStyles");
  }
  setFontSize(size: number): this {
    return this.setStyle("fontSize", size);
  }
  getFontSize(): number {
    return this.getStyles("fontSize")[0][0] as number;
  }
  setFontFamily(family: string | null): this {
    return this.setStyle("fontFamily", family);
  }
  setFontLine(line: string | null): this {
    return this.setStyle("fontLine", line);
  }
  setWrap(wrap: boolean): this {
    return this.setStyle("wrap", !!wrap);
  }
  getWrap(): boolean {
    return this.getStyles("wrap")[0][0] as boolean;
  }
  getWraps(): boolean[][] {
    return this.getStyles("wrap") as boolean[][];
  }
  setWraps(wraps: boolean[][]): this {
    return this.setStyles("wrap", wraps, "setWraps");
  }
  setWrapStrategy(strategy: string): this {
    return this.setStyle("wrapStrategy", strategy);
  }
  getWrapStrategy(): string {
    return this.getStyles("wrapStrategy")[0][0] as string;
  }
  setHorizontalAlignment(a: string | null): this {
    return this.setStyle("horizontalAlignment", a);
  }
  getHorizontalAlignment(): string {
    return this.getStyles("horizontalAlignment")[0][0] as string;
  }
  setVerticalAlignment(a: string | null): this {
    return this.setStyle("verticalAlignment", a);
  }
  getVerticalAlignment(): string {
    return this.getStyles("verticalAlignment")[0][0] as string;
  }
  setBorder(...args: unknown[]): this {
    return this.setStyle("border", JSON.stringify(args));
  }
  setTextStyle(style: unknown): this {
    void style;
    return this;
  }

  // ---- data validation, checkboxes -----------------------------------------------------------------

  getDataValidation(): EmuDataValidation | null {
    return this.sheet.validations.get(this.box.row - 1, this.box.col - 1) ?? null;
  }
  getDataValidations(): Array<Array<EmuDataValidation | null>> {
    return this.mapCells((r, c) => this.sheet.validations.get(r, c) ?? null);
  }
  setDataValidation(rule: EmuDataValidation | null): this {
    if (rule !== null && !(rule instanceof EmuDataValidation))
      throw new GasError("The parameters don't match the method signature for SpreadsheetApp.Range.setDataValidation.");
    this.mapCells((r, c) => this.sheet.validations.set(r, c, rule ?? undefined));
    return this;
  }
  setDataValidations(rules: Array<Array<EmuDataValidation | null>>): this {
    const data = this.checkShape(rules, "setDataValidations");
    const { row, col } = this.box;
    this.mapCells((r, c) =>
      this.sheet.validations.set(r, c, (data[r - row + 1][c - col + 1] as EmuDataValidation | null) ?? undefined),
    );
    return this;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }
  insertCheckboxes(checked?: unknown, unchecked?: unknown): this {
    const rule = this.sheet.spreadsheet.newValidation().requireCheckbox(checked, unchecked).build();
    this.setDataValidation(rule);
    const off = checked === undefined ? false : unchecked === undefined ? "" : unchecked;
    this.writeParsed(this.mapCells(() => ({ value: off as Stored })));
    return this;
  }
  removeCheckboxes(): this {
    const s = this.sheet;
    const cleared: Array<[number, number]> = [];
    this.mapCells((r, c) => {
      const rule = s.validations.get(r, c);
      if (rule?.spec.type !== "CHECKBOX") return;
      const on = rule.spec.values.length ? rule.spec.values[0] : true;
      const offValue = rule.spec.values.length > 1 ? rule.spec.values[1] : false;
      const v = this.valueAt(r, c);
      if (v === on || v === offValue) cleared.push([r, c]);
      s.validations.set(r, c, undefined);
    });
    for (const [r, c] of cleared) s.rangeAt({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 }).writeParsed([[{}]]);
    return this;
  }
  private setChecked(on: boolean): this {
    const s = this.sheet;
    this.mapCells((r, c) => {
      const rule = s.validations.get(r, c);
      if (rule?.spec.type !== "CHECKBOX") return;
      const v = rule.spec.values.length ? rule.spec.values[on ? 0 : 1] : on;
      s.rangeAt({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 }).writeParsed([[{ value: (v ?? "") as Stored }]]);
    });
    return this;
  }
  check(): this {
    return this.setChecked(true);
  }
  uncheck(): this {
    return this.setChecked(false);
  }
  isChecked(): boolean | null {
    const states = this.mapCells((r, c) => {
      const rule = this.sheet.validations.get(r, c);
      if (rule?.spec.type !== "CHECKBOX") return undefined;
      const on = rule.spec.values.length ? rule.spec.values[0] : true;
      return this.valueAt(r, c) === on;
    }).flat();
    if (states.some((s) => s === undefined)) return null;
    return states.every((s) => s === true) ? true : states.every((s) => s === false) ? false : null;
  }

  // ---- clearing, merging, activation, protection ---------------------------------------------------

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.commentsOnly || o.validationsOnly;
    const { row, col, numRows, numCols } = this.box;
    const s = this.sheet;
    if (!any || o.contentsOnly) this.clearContent();
    if (!any || o.formatOnly) {
      s.formats.clear(row - 1, col - 1, numRows, numCols);
      for (const g of s.styles.values()) g.clear(row - 1, col - 1, numRows, numCols);
    }
    if (o.commentsOnly) s.notes.clear(row - 1, col - 1, numRows, numCols);
    if (o.validationsOnly) s.validations.clear(row - 1, col - 1, numRows, numCols);
    return this;
  }
  clearContent(): this {
    const { row, col, numRows, numCols } = this.box;
    const s = this.sheet;
    // Only the used part needs writing; the rest is already blank.
    const lastRow = Math.min(row + numRows - 1, Math.max(s.values.rows.length, s.formulas.rows.length));
    if (lastRow < row) return this;
    s.rangeAt({ row, col, numRows: lastRow - row + 1, numCols }).writeParsed(
      Array.from({ length: lastRow - row + 1 }, () => Array.from({ length: numCols }, () => ({}))),
    );
    return this;
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }
  merge(): this {
    const s = this.sheet;
    const { row, col } = this.box;
    s.merges.push(s.track(this.box));
    const top = { value: s.values.get(row - 1, col - 1), formula: s.formulas.get(row - 1, col - 1) };
    this.writeParsed(this.mapCells((r, c) => (r === row - 1 && c === col - 1 ? top : {})));
    return this;
  }
  mergeAcross(): this {
    for (let i = 0; i < this.box.numRows; i++)
      this.sheet.rangeAt({ ...this.box, row: this.box.row + i, numRows: 1 }).merge();
    return this;
  }
  breakApart(): this {
    const s = this.sheet;
    s.merges = s.merges.filter((m) => !overlaps(m.box, this.box));
    return this;
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => m.valid && overlaps(m.box, this.box));
  }
  getMergedRanges(): EmuRange[] {
    return this.sheet.merges.filter((m) => m.valid && overlaps(m.box, this.box)).map((m) => this.sheet.rangeAt(m.box));
  }
  activate(): this {
    this.sheet.spreadsheet.setActiveRange(this);
    return this;
  }
  activateAsCurrentCell(): this {
    return this.activate();
  }
  protect(): EmuProtection {
    const p = new EmuProtection(
      "RANGE",
      this.sheet,
      this.sheet.track(this.base, this.open),
      this.sheet.k.ctx,
      this.sheet.k.user,
    );
    this.sheet.protections.push(p);
    return p;
  }
  sort(
    spec: number | { column: number; ascending?: boolean } | Array<number | { column: number; ascending?: boolean }>,
  ): this {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === "number" ? { column: s, ascending: true } : { ascending: true, ...s },
    );
    const rows = this.getValues().map((values, i) => ({ values, formulas: this.getFormulas()[i] }));
    const cmp = (a: Value, b: Value) => {
      if (a === b) return 0;
      if (a === "") return 1;
      if (b === "") return -1;
      const x = a instanceof Date ? a.getTime() : a;
      const y = b instanceof Date ? b.getTime() : b;
      if (typeof x === typeof y) return x < y ? -1 : 1;
      return typeof x === "number" ? -1 : 1;
    };
    rows.sort((p, q) => {
      for (const s of specs) {
        const i = s.column - this.box.col;
        const d = cmp(p.values[i], q.values[i]);
        if (d !== 0) return s.ascending === false ? -d : d;
      }
      return 0;
    });
    this.writeParsed(
      rows.map((r) =>
        r.values.map((v, j) => (r.formulas[j] ? { formula: r.formulas[j] } : v === "" ? {} : { value: v })),
      ),
    );
    return this;
  }
  createFilter(): EmuFilter {
    return createFilter(this.sheet, this);
  }
  copyTo(destination: EmuRange): void {
    const formulas = this.getFormulas();
    const values = this.getValues();
    destination.sheet
      .rangeAt({ ...destination.box, numRows: this.box.numRows, numCols: this.box.numCols })
      .writeParsed(
        values.map((row, i) =>
          row.map((v, j) => (formulas[i][j] ? { formula: formulas[i][j] } : v === "" ? {} : { value: v })),
        ),
      );
  }
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}

function toEngine(p: Parsed, engine: { engineFormula(f: string): string }, tz: string): RawCellContent {
  if (p.formula !== undefined) return engine.engineFormula(p.formula);
  const v = p.value;
  if (v === undefined) return null;
  if (typeof v === "string") return `'${v}`;
  if (v instanceof Date) {
    // HyperFormula reads a Date's local fields: a Date whose local time is the spreadsheet's zone gives it
    // the wall-clock time there whatever the machine's zone, and keeps the cell typed as a date (DATE()-A1
    // is then a number of days, as in Sheets).
    const zoned = new (zonedDateClass(tz))(v.getTime());
    return zoned.getFullYear() >= 1900 ? zoned : dateToSerial(v, tz);
  }
  return v;
}
