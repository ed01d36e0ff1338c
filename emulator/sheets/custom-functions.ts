/**
 * The CMN_ catalogue as HyperFormula functions, registered generically from CATALOGUE, plus TODAY/NOW
 * driven by the emulator's clock. Ranges reach the implementation as 2-D arrays (blank cells as ""),
 * date cells as Date objects; a thrown error becomes #ERROR! carrying its message, as in Sheets.
 *
 * Array results: the result size must be known before evaluation (HyperFormula predicts it). It is the
 * shape of the first range argument, or, when every argument is a literal, the shape of the actual
 * result; otherwise a scalar, and an array result then shows its top-left value only.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { FunctionMetadata, ImplementedFunctions } from "hyperformula";
import { CATALOGUE } from "../../src/functions/catalogue";
import type { CellInput, CellOutput, CellValue, CustomFunctionSpec } from "../../src/functions/spec";

/** What the functions need from the spreadsheet being evaluated; set by the engine around evaluation. */
export interface EvaluationHost {
  now(): Date;
  toSerial(date: Date): number;
  fromSerial(serial: number): Date;
  isDateCell(hfSheet: number, row: number, col: number): boolean;
  /** Top-left cell of a named expression (engine name), for date detection. */
  nameAnchor(engineName: string): { sheet: number; row: number; col: number } | undefined;
  /** The script's Date (local time in the script's zone, clock from the emulator): see runAsScript. */
  scriptDate?: DateConstructor;
  /** The script's Intl (DateTimeFormat defaults to the script's zone). */
  scriptIntl?: typeof Intl;
}

let host: EvaluationHost | undefined;

export function withHost<T>(h: EvaluationHost, fn: () => T): T {
  const previous = host;
  host = h;
  try {
    return fn();
  } finally {
    host = previous;
  }
}

interface RichLike {
  val: number;
  getDetailedType(): string;
}
const isRich = (v: unknown): v is RichLike =>
  typeof v === "object" && v !== null && typeof (v as RichLike).val === "number";
const isDateType = (t: string) => t === "NUMBER_DATE" || t === "NUMBER_DATETIME";

interface AstLike {
  type: string;
  reference?: { toSimpleCellAddress(base: unknown): { sheet: number; row: number; col: number } };
  start?: { toSimpleCellAddress(base: unknown): { sheet: number; row: number; col: number } };
  expressionName?: string;
  value?: unknown;
}

interface StateLike {
  formulaAddress: unknown;
}

function anchorOf(ast: AstLike | undefined, state: StateLike): { sheet: number; row: number; col: number } | undefined {
  if (!ast) return undefined;
  if (ast.type === "CELL_REFERENCE" && ast.reference) return ast.reference.toSimpleCellAddress(state.formulaAddress);
  if (ast.type === "CELL_RANGE" && ast.start) return ast.start.toSimpleCellAddress(state.formulaAddress);
  if (ast.type === "NAMED_EXPRESSION" && ast.expressionName) return host?.nameAnchor(ast.expressionName);
  return undefined;
}

class ArgError {
  constructor(readonly error: CellError) {}
}

/** A date argument as the script receives it: a Date of its own realm, local time in its zone. */
function dateArg(serial: number): Date {
  const d = (host as EvaluationHost).fromSerial(serial);
  return host?.scriptDate ? new host.scriptDate(d.getTime()) : d;
}

function toCell(v: unknown, date: boolean): CellValue {
  if (v === EmptyValue || v === null || v === undefined) return "";
  if (v instanceof CellError) throw new ArgError(v);
  if (isRich(v)) return host && (date || isDateType(v.getDetailedType())) ? dateArg(v.val) : v.val;
  if (typeof v === "number" && date && host) return dateArg(v);
  return v as CellValue;
}

/**
 * Apps Script runs a custom function inside the script, whose Date reads local time in the script's zone
 * (appsscript.json), whose Intl defaults to that zone, and whose `new Date()` is the execution's clock. The
 * catalogue is imported here rather than loaded from the bundle, so the global Date and Intl are the
 * script's while the implementation runs, and restored after: the result does not depend on the machine's
 * zone.
 */
function runAsScript<T>(fn: () => T): T {
  const scriptDate = host?.scriptDate;
  if (!scriptDate) return fn();
  const g = globalThis as { Date: DateConstructor; Intl: typeof Intl };
  const saved = { Date: g.Date, Intl: g.Intl };
  g.Date = scriptDate;
  if (host?.scriptIntl) g.Intl = host.scriptIntl;
  try {
    return fn();
  } finally {
    g.Date = saved.Date;
    g.Intl = saved.Intl;
  }
}

function toArg(value: unknown, ast: AstLike | undefined, state: StateLike): CellInput {
  const anchor = anchorOf(ast, state);
  const isDate = (r: number, c: number) =>
    !!anchor && !!host && host.isDateCell(anchor.sheet, anchor.row + r, anchor.col + c);
  if (value instanceof SimpleRangeValue) {
    return value.data.map((row, r) =>
      row.map((v, c) => toCell(v, typeof v === "number" || isRich(v) ? isDate(r, c) : false)),
    );
  }
  if (value === undefined) return undefined;
  return toCell(value, (typeof value === "number" || isRich(value)) && isDate(0, 0));
}

type Plugin = FunctionPlugin & { returnNumberWrapper(v: number, type: string): unknown };

function fromResult(plugin: Plugin, v: CellOutput | undefined): unknown {
  if (v === null || v === undefined || v === "") return v === "" ? "" : EmptyValue;
  if (v instanceof Date) return host ? plugin.returnNumberWrapper(host.toSerial(v), "NUMBER_DATE") : v.getTime();
  if (typeof v === "number" && !Number.isFinite(v)) return new CellError(ErrorType.NUM);
  return v;
}

function call(
  plugin: Plugin,
  spec: CustomFunctionSpec,
  ast: { args: AstLike[] },
  state: StateLike,
  values: unknown[],
): unknown {
  try {
    const args = values.map((v, i) => toArg(v, ast.args[i], state));
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    const result = runAsScript(() => spec.impl(...args));
    if (Array.isArray(result)) {
      const rows = result.map((row) => row.map((v) => fromResult(plugin, v)));
      return SimpleRangeValue.onlyValues(rows as never);
    }
    return fromResult(plugin, result);
  } catch (error) {
    if (error instanceof ArgError) return error.error;
    return new CellError(ErrorType.ERROR, error instanceof Error ? error.message : String(error));
  }
}

function literalArgs(ast: { args: AstLike[] }): CellInput[] | undefined {
  const out: CellInput[] = [];
  for (const a of ast.args) {
    if (a.type === "NUMBER" || a.type === "STRING") out.push(a.value as CellValue);
    else if (a.type === "EMPTY") out.push(undefined);
    else return undefined;
  }
  return out;
}

function predictSize(plugin: Plugin, spec: CustomFunctionSpec, ast: { args: AstLike[] }, state: StateLike): ArraySize {
  const sizeOf = (a: AstLike) =>
    (plugin as unknown as { arraySizeForAst(a: AstLike, s: StateLike): ArraySize }).arraySizeForAst(a, state);
  for (const a of ast.args) {
    const s = sizeOf(a);
    // isScalar() is true for any reference, whatever its size: compare the dimensions.
    if (s.width > 1 || s.height > 1) return new ArraySize(s.width, s.height);
  }
  const literals = literalArgs(ast);
  if (literals) {
    try {
      const r = runAsScript(() => spec.impl(...literals));
      if (Array.isArray(r) && r.length > 0 && r[0].length > 0) return new ArraySize(r[0].length, r.length);
    } catch {
      // the evaluation reports the error
    }
  }
  return ArraySize.scalar();
}

let registered = false;

/** Register the catalogue once per process (HyperFormula's function registry is global). */
export function registerCustomFunctions(): void {
  if (registered) return;
  registered = true;
  const implemented: ImplementedFunctions = {};
  const methods: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  for (const spec of CATALOGUE) {
    const method = `fn_${spec.name}`;
    const sizeMethod = `size_${spec.name}`;
    const metadata: FunctionMetadata = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      vectorizationForbidden: true,
      // Apps Script does not check arity: a missing argument reaches the function as undefined and the
      // function answers with its own message. Extra arguments are refused (#N/A), stricter than Sheets.
      parameters: spec.params.map(() => ({
        argumentType: FunctionArgumentType.ANY,
        passSubtype: true,
        optionalArg: true,
      })),
    };
    implemented[spec.name] = metadata;
    translations[spec.name] = spec.name;
    methods[method] = function (this: Plugin, ast: { args: AstLike[] }, state: StateLike) {
      if (ast.args.length > spec.params.length)
        return new CellError(ErrorType.NA, `Wrong number of arguments to ${spec.name}.`);
      const runFunction = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
      return runFunction(ast.args, state, metadata, (...values: unknown[]) => call(this, spec, ast, state, values));
    };
    methods[sizeMethod] = function (this: Plugin, ast: { args: AstLike[] }, state: StateLike) {
      return predictSize(this, spec, ast, state);
    };
  }
  // TODAY and NOW follow the emulator's clock (HyperFormula reads the machine's).
  implemented.TODAY = { method: "emuToday", parameters: [], isVolatile: true };
  implemented.NOW = { method: "emuNow", parameters: [], isVolatile: true };
  translations.TODAY = "TODAY";
  translations.NOW = "NOW";
  methods.emuToday = function (this: Plugin, ast: { args: AstLike[] }, state: StateLike) {
    const runFunction = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
    return runFunction(ast.args, state, implemented.TODAY, () => {
      const serial = host ? Math.floor(host.toSerial(host.now())) : Math.floor(Date.now() / 86_400_000) + 25569;
      return this.returnNumberWrapper(serial, "NUMBER_DATE");
    });
  };
  methods.emuNow = function (this: Plugin, ast: { args: AstLike[] }, state: StateLike) {
    const runFunction = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
    return runFunction(ast.args, state, implemented.NOW, () => {
      const serial = host ? host.toSerial(host.now()) : Date.now() / 86_400_000 + 25569;
      return this.returnNumberWrapper(serial, "NUMBER_DATETIME");
    });
  };
  class CatalogueFunctions extends FunctionPlugin {}
  Object.assign(CatalogueFunctions.prototype, methods);
  (CatalogueFunctions as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(CatalogueFunctions, { enGB: translations });
}
