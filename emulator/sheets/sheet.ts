/** Sheet: cell layers, size, structure changes (rows/columns follow like Sheets), protections, charts. */
import { counted } from "../core/calls";
import type { Kernel } from "../core/kernel";
import { GasError, GAS_MESSAGES } from "../core/errors";
import { afterDelete, afterInsert, parseA1, resolveOpen } from "./a1";
import type { Box, OpenEnds } from "./a1";
import type { Stored } from "./cell-values";
import { EmuConditionalFormatRule } from "./conditional";
import type { RuleSpec } from "./conditional";
import { Grid } from "./grid";
import { EmuRange } from "./range";
import type { EmuFilter } from "./filter";
import { EmuChart, EmuChartBuilder, EmuProtection } from "./sheet-objects";
import type { EmuSpreadsheet } from "./spreadsheet";
import type { EmuDataValidation } from "./validation";

/**
 * A block that moves with inserted and deleted rows/columns (named ranges, protections, rules). `box` is
 * read with open ends reaching the sheet's current size; moves are applied to `base`.
 */
export interface Tracked {
  sheet: EmuSheet;
  readonly box: Box;
  base: Box;
  open?: OpenEnds;
  valid: boolean;
}

/** Per-cell style layers and what getters return where nothing was set. */
export const STYLE_DEFAULTS = {
  background: "#ffffff",
  fontWeight: "normal",
  fontColor: "#000000",
  fontStyle: "normal",
  fontSize: 10,
  fontFamily: "Arial",
  fontLine: "none",
  wrap: true,
  wrapStrategy: "OVERFLOW",
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
  border: null,
} as const;
export type StyleKey = keyof typeof STYLE_DEFAULTS;

export class EmuSheet {
  values = new Grid<Stored>();
  formulas = new Grid<string>();
  formats = new Grid<string>();
  notes = new Grid<string>();
  validations = new Grid<EmuDataValidation>();
  styles = new Map<StyleKey, Grid<unknown>>();
  merges: Tracked[] = [];
  tracked = new Set<Tracked>();
  protections: EmuProtection[] = [];
  charts: EmuChart[] = [];
  condRules: Array<{ spec: RuleSpec; ranges: Tracked[] }> = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  nextChartId = 1;
  /** Set once a formula that may spill was written (see range.ts). */
  mayHaveSpill = false;
  /** The sheet's filter (Range.createFilter), if any. */
  filter: EmuFilter | null = null;

  constructor(
    readonly spreadsheet: EmuSpreadsheet,
    readonly k: Kernel,
    public name: string,
    readonly sheetId: number,
    readonly hfId: number,
    public maxRows = 1000,
    public maxCols = 26,
  ) {
    counted(this, "Sheet", k.ctx);
  }

  // ---- internal helpers -------------------------------------------------------------------------

  style(key: StyleKey): Grid<unknown> {
    let g = this.styles.get(key);
    if (!g) this.styles.set(key, (g = new Grid<unknown>()));
    return g;
  }

  rangeAt(box: Box, open?: OpenEnds): EmuRange {
    return new EmuRange(this, { ...box }, open?.rows || open?.cols ? { ...open } : undefined);
  }

  /** A box with open ends reaching the sheet's current size. */
  resolve(box: Box, open: OpenEnds | undefined): Box {
    return resolveOpen(box, open, this.maxRows, this.maxCols);
  }

  track(box: Box, open?: OpenEnds): Tracked {
    const resolve = (b: Box, o: OpenEnds | undefined) => this.resolve(b, o);
    const t: Tracked = {
      sheet: this,
      base: { ...box },
      open: open?.rows || open?.cols ? { ...open } : undefined,
      valid: true,
      get box() {
        return resolve(this.base, this.open);
      },
    };
    this.tracked.add(t);
    return t;
  }

  untrack(t: Tracked): void {
    this.tracked.delete(t);
  }

  private layers(): Array<Grid<unknown>> {
    return [this.values, this.formulas, this.formats, this.notes, this.validations, ...this.styles.values()] as Array<
      Grid<unknown>
    >;
  }

  /** Move tracked blocks; `sizeBefore` is the sheet's row (or column) count before the change. */
  private moveTracked(rows: boolean, sizeBefore: number, fn: (start: number, size: number) => [number, number]): void {
    for (const t of this.tracked) {
      if (!t.valid) continue;
      const b = t.base;
      // An open end reaches the last line before the change, and again after it.
      if (rows && t.open?.rows) b.numRows = sizeBefore - b.row + 1;
      if (!rows && t.open?.cols) b.numCols = sizeBefore - b.col + 1;
      const [start, size] = rows ? fn(b.row, b.numRows) : fn(b.col, b.numCols);
      if (size <= 0) {
        t.valid = false;
        continue;
      }
      if (rows) [b.row, b.numRows] = [start, size];
      else [b.col, b.numCols] = [start, size];
    }
    this.spreadsheet.syncNames(this);
  }

  /** Insert `count` rows before 1-based row `at`. */
  private insertRowsAt(at: number, count: number): void {
    if (at < 1 || at > this.maxRows + 1) throw new GasError(GAS_MESSAGES.outsideSheet);
    if (count < 1) throw new GasError("The number of rows to insert must be at least 1.");
    for (const l of this.layers()) l.insertRows(at - 1, count);
    this.spreadsheet.engine.insertRows(this.hfId, at - 1, count);
    this.maxRows += count;
    this.moveTracked(true, this.maxRows - count, (s, n) => afterInsert(s, n, at, count));
  }

  private insertColsAt(at: number, count: number): void {
    if (at < 1 || at > this.maxCols + 1) throw new GasError(GAS_MESSAGES.outsideSheet);
    if (count < 1) throw new GasError("The number of columns to insert must be at least 1.");
    for (const l of this.layers()) l.insertCols(at - 1, count);
    this.spreadsheet.engine.insertCols(this.hfId, at - 1, count);
    this.maxCols += count;
    this.moveTracked(false, this.maxCols - count, (s, n) => afterInsert(s, n, at, count));
  }

  // ---- public API ----------------------------------------------------------------------------------

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.spreadsheet.renameSheet(this, name);
    return this;
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getSheetName(): string {
    return this.name;
  }
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getParent(): EmuSpreadsheet {
    return this.spreadsheet;
  }
  getType(): string {
    return "GRID";
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }

  getRange(a: number | string, col?: number, numRows?: number, numCols?: number): EmuRange {
    if (typeof a === "string") {
      const p = parseA1(a, this.maxRows, this.maxCols);
      if (!p || (p.sheetName !== undefined && p.sheetName !== this.name))
        throw new GasError(GAS_MESSAGES.rangeNotFound);
      const b = p.box;
      if (b.row + b.numRows - 1 > this.maxRows || b.col + b.numCols - 1 > this.maxCols)
        throw new GasError(GAS_MESSAGES.rangeNotFound);
      return this.rangeAt(b, p.open);
    }
    const box = { row: a, col: col as number, numRows: numRows ?? 1, numCols: numCols ?? 1 };
    for (const [v, what] of [
      [box.row, "row"],
      [box.col, "column"],
      [box.numRows, "rows"],
      [box.numCols, "columns"],
    ] as const) {
      if (typeof v !== "number" || !Number.isFinite(v))
        throw new GasError(`The parameters (${typeof v}) don't match the method signature for Sheet.getRange.`);
      if (!Number.isInteger(v)) throw new GasError(`Invalid argument: ${what}`);
    }
    if (box.row < 1) throw new GasError("The starting row of the range is too small.");
    if (box.col < 1) throw new GasError("The starting column of the range is too small.");
    if (box.numRows < 1) throw new GasError("The number of rows in the range must be at least 1.");
    if (box.numCols < 1) throw new GasError("The number of columns in the range must be at least 1.");
    if (box.row + box.numRows - 1 > this.maxRows || box.col + box.numCols - 1 > this.maxCols)
      throw new GasError(GAS_MESSAGES.outsideSheet);
    return this.rangeAt(box);
  }

  getRangeList(a1s: string[]): { getRanges(): EmuRange[] } {
    const ranges = a1s.map((a) => this.getRange(a));
    return { getRanges: () => ranges.slice() };
  }

  getLastRow(): number {
    let last = 0;
    for (const g of [this.values, this.formulas] as Array<Grid<unknown>>) {
      for (let r = g.rows.length - 1; r >= last; r--) {
        const row = g.rows[r];
        if (row && row.some((v) => v !== undefined)) {
          last = r + 1;
          break;
        }
      }
    }
    return last;
  }

  getLastColumn(): number {
    let last = 0;
    for (const g of [this.values, this.formulas] as Array<Grid<unknown>>) {
      for (const row of g.rows) {
        if (!row) continue;
        for (let c = row.length - 1; c >= last; c--) {
          if (row[c] !== undefined) {
            last = c + 1;
            break;
          }
        }
      }
    }
    return last;
  }

  getDataRange(): EmuRange {
    return this.rangeAt({
      row: 1,
      col: 1,
      numRows: Math.max(1, this.getLastRow()),
      numCols: Math.max(1, this.getLastColumn()),
    });
  }

  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0)
      throw new GasError("The parameters don't match the method signature for Sheet.appendRow.");
    const row = this.getLastRow() + 1;
    const grew = row > this.maxRows || rowContents.length > this.maxCols;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxCols) this.maxCols = rowContents.length;
    // Named ranges open to the end of the sheet reach the new row.
    if (grew) this.spreadsheet.syncNames(this);
    this.rangeAt({ row, col: 1, numRows: 1, numCols: rowContents.length }).setValues([rowContents]);
    return this;
  }

  insertRowBefore(row: number): this {
    return this.insertRowsBefore(row, 1);
  }
  insertRowAfter(row: number): this {
    return this.insertRowsAfter(row, 1);
  }
  insertRowsBefore(row: number, count: number): this {
    this.insertRowsAt(row, count);
    return this;
  }
  insertRowsAfter(row: number, count: number): this {
    this.insertRowsAt(row + 1, count);
    return this;
  }
  insertRows(row: number, count = 1): void {
    this.insertRowsAt(row, count);
  }
  insertColumnBefore(col: number): this {
    return this.insertColumnsBefore(col, 1);
  }
  insertColumnAfter(col: number): this {
    return this.insertColumnsAfter(col, 1);
  }
  insertColumnsBefore(col: number, count: number): this {
    this.insertColsAt(col, count);
    return this;
  }
  insertColumnsAfter(col: number, count: number): this {
    this.insertColsAt(col + 1, count);
    return this;
  }
  insertColumns(col: number, count = 1): void {
    this.insertColsAt(col, count);
  }

  deleteRow(row: number): this {
    return this.deleteRows(row, 1);
  }
  deleteRows(row: number, count = 1): this {
    if (row < 1 || count < 1 || row + count - 1 > this.maxRows) throw new GasError(GAS_MESSAGES.outsideSheet);
    if (count >= this.maxRows) throw new GasError("You can't delete all the rows on the sheet.");
    for (const l of this.layers()) l.deleteRows(row - 1, count);
    this.spreadsheet.engine.deleteRows(this.hfId, row - 1, count);
    this.maxRows -= count;
    this.moveTracked(true, this.maxRows + count, (s, n) => afterDelete(s, n, row, count));
    return this;
  }
  deleteColumn(col: number): this {
    return this.deleteColumns(col, 1);
  }
  deleteColumns(col: number, count = 1): this {
    if (col < 1 || count < 1 || col + count - 1 > this.maxCols) throw new GasError(GAS_MESSAGES.outsideSheet);
    if (count >= this.maxCols) throw new GasError("You can't delete all the columns on the sheet.");
    for (const l of this.layers()) l.deleteCols(col - 1, count);
    this.spreadsheet.engine.deleteCols(this.hfId, col - 1, count);
    this.maxCols -= count;
    this.moveTracked(false, this.maxCols + count, (s, n) => afterDelete(s, n, col, count));
    return this;
  }

  setFrozenRows(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n >= this.maxRows) throw new GasError(GAS_MESSAGES.invalidArgument("rows"));
    this.frozenRows = n;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n >= this.maxCols) throw new GasError(GAS_MESSAGES.invalidArgument("columns"));
    this.frozenCols = n;
  }
  getFrozenColumns(): number {
    return this.frozenCols;
  }

  setColumnWidth(col: number, width: number): this {
    return this.setColumnWidths(col, 1, width);
  }
  setColumnWidths(start: number, count: number, width: number): this {
    if (start < 1 || start + count - 1 > this.maxCols) throw new GasError(GAS_MESSAGES.outsideSheet);
    for (let c = start; c < start + count; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(col: number): number {
    return this.columnWidths.get(col) ?? 100;
  }
  autoResizeColumns(start: number, count: number): this {
    void start;
    void count;
    return this;
  }
  autoResizeColumn(col: number): this {
    void col;
    return this;
  }
  setRowHeight(row: number, h: number): this {
    this.rowHeights.set(row, h);
    return this;
  }
  setRowHeights(start: number, count: number, h: number): this {
    for (let r = start; r < start + count; r++) this.rowHeights.set(r, h);
    return this;
  }
  getRowHeight(row: number): number {
    return this.rowHeights.get(row) ?? 21;
  }

  protect(): EmuProtection {
    const existing = this.protections.find((p) => p.type === "SHEET");
    if (existing) return existing;
    const p = new EmuProtection(
      "SHEET",
      this,
      this.track({ row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols }, { rows: true, cols: true }),
      this.k.ctx,
      this.k.user,
    );
    this.protections.push(p);
    return p;
  }
  getProtections(type: string): EmuProtection[] {
    if (type !== "RANGE" && type !== "SHEET") throw new GasError(GAS_MESSAGES.invalidArgument("type"));
    return this.protections.filter((p) => p.type === type);
  }

  setConditionalFormatRules(rules: EmuConditionalFormatRule[]): void {
    this.condRules = rules.map((rule) => ({
      spec: rule.spec,
      ranges: rule.spec.ranges.map((r) => {
        const range = r as EmuRange;
        if (range.sheet !== this)
          throw new GasError("Conditional format rule ranges must be on the sheet the rules are set on.");
        return this.track(range.box);
      }),
    }));
  }
  getConditionalFormatRules(): EmuConditionalFormatRule[] {
    return this.condRules.map(
      (r) =>
        new EmuConditionalFormatRule(
          { ...r.spec, ranges: r.ranges.filter((t) => t.valid).map((t) => this.rangeAt(t.box)) },
          this.k.ctx,
        ),
    );
  }
  clearConditionalFormatRules(): void {
    this.condRules = [];
  }

  getFilter(): EmuFilter | null {
    return this.filter?.tracked.valid ? this.filter : null;
  }

  newChart(): EmuChartBuilder {
    return new EmuChartBuilder(this.k.ctx, this);
  }
  insertChart(chart: EmuChart): void {
    chart.spec.id = this.nextChartId++;
    this.charts.push(chart);
  }
  updateChart(chart: EmuChart): void {
    const i = this.charts.findIndex((c) => c.spec.id === chart.spec.id && chart.spec.id !== null);
    if (i < 0) throw new GasError("The chart could not be found.");
    this.charts[i] = chart;
  }
  removeChart(chart: EmuChart): void {
    const i = this.charts.findIndex((c) => c.spec.id === chart.spec.id);
    if (i < 0) throw new GasError("The chart could not be found.");
    this.charts.splice(i, 1);
  }
  getCharts(): EmuChart[] {
    return this.charts.slice();
  }

  getNamedRanges(): unknown[] {
    return this.spreadsheet.namedRangeList().filter((n) => n.tracked.sheet === this);
  }

  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    this.rangeAt({ row: 1, col: 1, numRows: this.maxRows, numCols: this.maxCols }).clear(options);
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    return this.clear({ commentsOnly: true });
  }

  activate(): this {
    this.spreadsheet.activeSheet = this;
    this.spreadsheet.activeRange = null;
    this.hidden = false;
    return this;
  }
  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  hideSheet(): this {
    if (this.spreadsheet.sheets.filter((s) => !s.hidden).length <= 1)
      throw new GasError("You can't hide all the sheets in a document.");
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  getFormUrl(): string | null {
    return this.k.hooks.formUrlFor?.(this.spreadsheet.id, this.name) ?? null;
  }
  getActiveRange(): EmuRange | null {
    return this.spreadsheet.activeSheet === this ? this.spreadsheet.getActiveRange() : null;
  }
  setActiveRange(range: EmuRange): EmuRange {
    return this.spreadsheet.setActiveRange(range);
  }
  setActiveSelection(a: string | EmuRange): EmuRange {
    const range = typeof a === "string" ? this.getRange(a) : a;
    return this.spreadsheet.setActiveRange(range);
  }
  hideColumns(col: number, count = 1): void {
    void col;
    void count;
  }
  showColumns(col: number, count = 1): void {
    void col;
    void count;
  }
  hideRows(row: number, count = 1): void {
    void row;
    void count;
  }
  showRows(row: number, count = 1): void {
    void row;
    void count;
  }
}
