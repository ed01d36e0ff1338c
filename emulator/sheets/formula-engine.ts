/**
 * One HyperFormula instance per spreadsheet, mirroring every sheet. Writes are queued and applied in one
 * batch when a computed value or formula text is next needed (so a script that writes 10,000 rows and
 * reads them back without formulas never waits for the engine); structural changes flush first and are
 * applied in order, so HyperFormula moves references exactly as the sheet moves its cells.
 */
import { CellError, DetailedCellError, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { registerCustomFunctions, withHost } from "./custom-functions";
import type { EvaluationHost } from "./custom-functions";
import { fromEngineFormula, isEngineSafeName, toEngineFormula } from "./formula-text";

export type EngineValue = string | number | boolean | null | { error: string; message: string };

export interface EngineCell {
  value: EngineValue;
  /** HyperFormula's detailed type, e.g. "NUMBER_DATE" for TODAY() or DATE(). */
  type: string;
}

interface PendingWrite {
  sheet: number;
  row: number;
  col: number;
  data: RawCellContent[][];
}

export class FormulaEngine {
  readonly hf: HyperFormula;
  private pending: PendingWrite[] = [];
  private pendingCells = 0;
  /** lower-cased Sheets name → engine name, and back. */
  private aliasOf = new Map<string, string>();
  private nameOf = new Map<string, string>();
  private anchors = new Map<string, { sheet: number; row: number; col: number }>();
  /** engine name → the expression last given to HyperFormula, so an unchanged name is not redefined. */
  private expressions = new Map<string, string>();
  private aliasCount = 0;
  private scratchSheet: number | undefined;

  constructor(private readonly host: Omit<EvaluationHost, "nameAnchor">) {
    registerCustomFunctions();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      maxRows: 5_000_000,
      maxColumns: 18_278,
      nullDate: { year: 1899, month: 12, day: 30 },
      dateFormats: ["DD.MM.YYYY", "YYYY-MM-DD"],
      functionArgSeparator: ",",
      decimalSeparator: ".",
      thousandSeparator: "",
      useArrayArithmetic: false,
      smartRounding: false,
      precisionRounding: 10,
      leapYear1900: false,
      evaluateNullToZero: true,
    });
  }

  private run<T>(fn: () => T): T {
    return withHost({ ...this.host, nameAnchor: (n) => this.anchors.get(n) }, fn);
  }

  addSheet(name: string): number {
    this.flush();
    return this.run(() => this.hf.getSheetId(this.hf.addSheet(name)) as number);
  }

  removeSheet(id: number): void {
    this.flush();
    this.run(() => this.hf.removeSheet(id));
  }

  renameSheet(id: number, name: string): void {
    this.flush();
    this.run(() => this.hf.renameSheet(id, name));
  }

  /** Queue a block of contents (numbers, text prefixed with "'", booleans, null, formulas). */
  write(sheet: number, row: number, col: number, data: RawCellContent[][]): void {
    this.pending.push({ sheet, row, col, data });
    this.pendingCells += data.length * (data[0]?.length ?? 0);
  }

  /** A formula as the engine should see it (Cyrillic names aliased, sheet names quoted). */
  engineFormula(formula: string): string {
    return toEngineFormula(formula, (lower, original) => {
      const known = this.aliasOf.get(lower);
      if (known || isEngineSafeName(original)) return known;
      // An undefined name HyperFormula cannot parse: give it an alias now, so the cell shows #NAME?
      // (as in Sheets) and resolves by itself once the named range is defined.
      const alias = `_cmn_nr_${++this.aliasCount}`;
      this.aliasOf.set(lower, alias);
      this.nameOf.set(alias, original);
      return alias;
    });
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    this.pendingCells = 0;
    this.run(() =>
      this.hf.batch(() => {
        for (const w of pending) this.hf.setCellContents({ sheet: w.sheet, row: w.row, col: w.col }, w.data);
      }),
    );
  }

  /** Recompute volatile functions (TODAY, NOW) after the clock moved. */
  recalculate(): void {
    this.flush();
    this.run(() => {
      if (this.scratchSheet === undefined)
        this.scratchSheet = this.hf.getSheetId(this.hf.addSheet("__emu_scratch__")) as number;
      const cell = { sheet: this.scratchSheet, row: 0, col: 0 };
      this.hf.setCellContents(cell, [[Number(this.hf.getCellValue(cell) ?? 0) + 1]]);
    });
  }

  cell(sheet: number, row: number, col: number): EngineCell {
    this.flush();
    const address = { sheet, row, col };
    const v = this.hf.getCellValue(address);
    if (v instanceof DetailedCellError) return { value: { error: v.value, message: v.message }, type: "ERROR" };
    if ((v as unknown) instanceof CellError) {
      const e = v as unknown as CellError;
      return { value: { error: `#${e.type}`, message: e.message ?? "" }, type: "ERROR" };
    }
    return {
      value: v as EngineValue,
      type: typeof v === "number" ? (this.hf.getCellValueDetailedType(address) as string) : typeof v,
    };
  }

  /** A formula evaluated on a sheet without placing it in a cell (conditional formats); errors give null. */
  evaluate(formula: string, sheet: number): unknown {
    this.flush();
    try {
      const v = this.run(() => this.hf.calculateFormula(this.engineFormula(formula), sheet));
      return v instanceof DetailedCellError || (v as unknown) instanceof CellError ? null : v;
    } catch {
      return null;
    }
  }

  formula(sheet: number, row: number, col: number): string | undefined {
    this.flush();
    const f = this.hf.getCellFormula({ sheet, row, col });
    return f === undefined ? undefined : fromEngineFormula(f, (n) => this.nameOf.get(n));
  }

  insertRows(sheet: number, at: number, count: number): void {
    this.flush();
    this.run(() => this.hf.addRows(sheet, [at, count]));
  }

  deleteRows(sheet: number, at: number, count: number): void {
    this.flush();
    this.run(() => this.hf.removeRows(sheet, [at, count]));
  }

  insertCols(sheet: number, at: number, count: number): void {
    this.flush();
    this.run(() => this.hf.addColumns(sheet, [at, count]));
  }

  deleteCols(sheet: number, at: number, count: number): void {
    this.flush();
    this.run(() => this.hf.removeColumns(sheet, [at, count]));
  }

  /**
   * Define or move a named range. Names HyperFormula refuses (Cyrillic) get an ASCII alias; formulas
   * written before the name existed are re-entered so that they now resolve it, as in Sheets.
   */
  setName(
    name: string,
    reference: string | undefined,
    anchor: { sheet: number; row: number; col: number } | undefined,
  ): void {
    this.flush();
    const lower = name.toLowerCase();
    let engineName = this.aliasOf.get(lower);
    const isNew = engineName === undefined;
    if (!engineName) {
      engineName = isEngineSafeName(name) && !/^_cmn_nr_/i.test(name) ? name : `_cmn_nr_${++this.aliasCount}`;
      this.aliasOf.set(lower, engineName);
      this.nameOf.set(engineName, name);
    }
    const expression = reference === undefined ? "=#REF!" : `=${reference}`;
    if (anchor) this.anchors.set(engineName, anchor);
    else this.anchors.delete(engineName);
    const en = engineName;
    // Redefining a name recomputes every formula that uses it: skip it when nothing moved.
    if (this.expressions.get(en) === expression) return;
    this.run(() => {
      if (this.hf.listNamedExpressions().includes(en)) this.hf.changeNamedExpression(en, expression);
      else this.hf.addNamedExpression(en, expression);
    });
    this.expressions.set(en, expression);
    if (isNew && en !== name) this.reenterFormulasMentioning(name);
  }

  removeName(name: string): void {
    this.flush();
    const lower = name.toLowerCase();
    const engineName = this.aliasOf.get(lower);
    if (!engineName) return;
    this.run(() => this.hf.removeNamedExpression(engineName));
    this.anchors.delete(engineName);
    this.expressions.delete(engineName);
  }

  /** Formulas typed before a Cyrillic name existed hold the raw name (an error): re-enter them aliased. */
  private reenterFormulasMentioning(name: string): void {
    const lower = name.toLowerCase();
    const updates: PendingWrite[] = [];
    for (const sheetName of this.hf.getSheetNames()) {
      const sheet = this.hf.getSheetId(sheetName) as number;
      const formulas = this.hf.getSheetSerialized(sheet);
      formulas.forEach((row, r) =>
        row.forEach((content, c) => {
          if (typeof content === "string" && content.startsWith("=") && content.toLowerCase().includes(lower)) {
            updates.push({
              sheet,
              row: r,
              col: c,
              data: [[this.engineFormula(fromEngineFormula(content, (n) => this.nameOf.get(n)))]],
            });
          }
        }),
      );
    }
    this.pending.push(...updates);
    this.flush();
  }

  get queuedCells(): number {
    return this.pendingCells;
  }
}
