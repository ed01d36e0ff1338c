/** DataValidation and its builder, as records, plus the check Sheets applies when a person types. */
import { api, counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";
import { isDate } from "../core/time";

export const DataValidationCriteria = {
  CHECKBOX: "CHECKBOX",
  CUSTOM_FORMULA: "CUSTOM_FORMULA",
  DATE_AFTER: "DATE_AFTER",
  DATE_BEFORE: "DATE_BEFORE",
  DATE_BETWEEN: "DATE_BETWEEN",
  DATE_EQUAL_TO: "DATE_EQUAL_TO",
  DATE_IS_VALID_DATE: "DATE_IS_VALID_DATE",
  DATE_NOT_BETWEEN: "DATE_NOT_BETWEEN",
  DATE_ON_OR_AFTER: "DATE_ON_OR_AFTER",
  DATE_ON_OR_BEFORE: "DATE_ON_OR_BEFORE",
  NUMBER_BETWEEN: "NUMBER_BETWEEN",
  NUMBER_EQUAL_TO: "NUMBER_EQUAL_TO",
  NUMBER_GREATER_THAN: "NUMBER_GREATER_THAN",
  NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  NUMBER_LESS_THAN: "NUMBER_LESS_THAN",
  NUMBER_LESS_THAN_OR_EQUAL_TO: "NUMBER_LESS_THAN_OR_EQUAL_TO",
  NUMBER_NOT_BETWEEN: "NUMBER_NOT_BETWEEN",
  NUMBER_NOT_EQUAL_TO: "NUMBER_NOT_EQUAL_TO",
  TEXT_CONTAINS: "TEXT_CONTAINS",
  TEXT_DOES_NOT_CONTAIN: "TEXT_DOES_NOT_CONTAIN",
  TEXT_EQUAL_TO: "TEXT_EQUAL_TO",
  TEXT_IS_VALID_EMAIL: "TEXT_IS_VALID_EMAIL",
  TEXT_IS_VALID_URL: "TEXT_IS_VALID_URL",
  VALUE_IN_LIST: "VALUE_IN_LIST",
  VALUE_IN_RANGE: "VALUE_IN_RANGE",
} as const;
export type CriteriaType = keyof typeof DataValidationCriteria;

/** What a rule needs from a range it points to (VALUE_IN_RANGE): its values and how to save it. */
export interface RangeLike {
  getValues(): unknown[][];
  getA1Notation(): string;
  getSheet(): { getName(): string };
}

export interface ValidationSpec {
  type: CriteriaType;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class EmuDataValidation {
  constructor(
    readonly spec: ValidationSpec,
    private readonly ctx: CallContext,
  ) {
    counted(this, "DataValidation", ctx);
  }
  getCriteriaType(): CriteriaType {
    return this.spec.type;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.map((v) => (Array.isArray(v) ? v.slice() : v instanceof Date ? new Date(v) : api(v)));
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  copy(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.ctx, { ...this.spec, values: this.spec.values.slice() });
  }

  /** The dropdown's items, for snapshots: list values or the range's non-blank values. */
  listItems(): string[] | undefined {
    if (this.spec.type === "VALUE_IN_LIST") return (this.spec.values[0] as unknown[]).map(String);
    if (this.spec.type === "VALUE_IN_RANGE") {
      const r = this.spec.values[0] as RangeLike;
      return r
        .getValues()
        .flat()
        .filter((v) => v !== "")
        .map(String);
    }
    return undefined;
  }

  /** Whether a value typed by a person passes (Sheets' check; blank always passes). */
  accepts(value: unknown): boolean {
    if (value === "" || value === null || value === undefined) return true;
    const [a, b] = this.spec.values;
    const num = typeof value === "number" ? value : undefined;
    const day = (d: unknown) => (d instanceof Date ? Math.floor(d.getTime() / 86_400_000) : NaN);
    switch (this.spec.type) {
      case "VALUE_IN_LIST":
        return (a as unknown[]).map(String).includes(String(value));
      case "VALUE_IN_RANGE":
        return (a as RangeLike).getValues().flat().map(String).includes(String(value));
      case "CHECKBOX":
        return this.spec.values.length === 0 ? typeof value === "boolean" : value === a || value === b;
      case "DATE_IS_VALID_DATE":
        return value instanceof Date;
      case "DATE_AFTER":
        return day(value) > day(a);
      case "DATE_ON_OR_AFTER":
        return day(value) >= day(a);
      case "DATE_BEFORE":
        return day(value) < day(a);
      case "DATE_ON_OR_BEFORE":
        return day(value) <= day(a);
      case "DATE_EQUAL_TO":
        return day(value) === day(a);
      case "DATE_BETWEEN":
        return day(value) >= day(a) && day(value) <= day(b);
      case "DATE_NOT_BETWEEN":
        return value instanceof Date && !(day(value) >= day(a) && day(value) <= day(b));
      case "NUMBER_BETWEEN":
        return num !== undefined && num >= Number(a) && num <= Number(b);
      case "NUMBER_NOT_BETWEEN":
        return num !== undefined && !(num >= Number(a) && num <= Number(b));
      case "NUMBER_EQUAL_TO":
        return num === Number(a);
      case "NUMBER_NOT_EQUAL_TO":
        return num !== undefined && num !== Number(a);
      case "NUMBER_GREATER_THAN":
        return num !== undefined && num > Number(a);
      case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
        return num !== undefined && num >= Number(a);
      case "NUMBER_LESS_THAN":
        return num !== undefined && num < Number(a);
      case "NUMBER_LESS_THAN_OR_EQUAL_TO":
        return num !== undefined && num <= Number(a);
      case "TEXT_CONTAINS":
        return String(value).includes(String(a));
      case "TEXT_DOES_NOT_CONTAIN":
        return !String(value).includes(String(a));
      case "TEXT_EQUAL_TO":
        return String(value) === String(a);
      case "TEXT_IS_VALID_EMAIL":
        return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(value));
      case "TEXT_IS_VALID_URL":
        return /^https?:\/\/\S+$/.test(String(value));
      case "CUSTOM_FORMULA":
        return true; // not evaluated by the emulator (see README of the emulator)
    }
  }
}

const needDate = (d: unknown, name: string) => {
  if (!isDate(d))
    throw new GasError(
      `The parameters (${typeof d}) don't match the method signature for DataValidationBuilder.${name}.`,
    );
  return new Date(d);
};
const needNumber = (n: unknown, name: string) => {
  if (typeof n !== "number")
    throw new GasError(
      `The parameters (${typeof n}) don't match the method signature for DataValidationBuilder.${name}.`,
    );
  return n;
};

export class EmuDataValidationBuilder {
  private spec: ValidationSpec;
  constructor(
    private readonly ctx: CallContext,
    spec?: ValidationSpec,
  ) {
    this.spec = spec ?? { type: "VALUE_IN_LIST", values: [], allowInvalid: true, helpText: null };
    counted(this, "DataValidationBuilder", ctx);
  }
  private criteria(type: CriteriaType, values: unknown[]): this {
    this.spec = { ...this.spec, type, values };
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values))
      throw new GasError(
        "The parameters don't match the method signature for DataValidationBuilder.requireValueInList.",
      );
    return this.criteria("VALUE_IN_LIST", [values.map(String), showDropdown]);
  }
  requireValueInRange(range: RangeLike, showDropdown = true): this {
    return this.criteria("VALUE_IN_RANGE", [range, showDropdown]);
  }
  requireDate(): this {
    return this.criteria("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(d: Date): this {
    return this.criteria("DATE_AFTER", [needDate(d, "requireDateAfter")]);
  }
  requireDateBefore(d: Date): this {
    return this.criteria("DATE_BEFORE", [needDate(d, "requireDateBefore")]);
  }
  requireDateOnOrAfter(d: Date): this {
    return this.criteria("DATE_ON_OR_AFTER", [needDate(d, "requireDateOnOrAfter")]);
  }
  requireDateOnOrBefore(d: Date): this {
    return this.criteria("DATE_ON_OR_BEFORE", [needDate(d, "requireDateOnOrBefore")]);
  }
  requireDateBetween(a: Date, b: Date): this {
    return this.criteria("DATE_BETWEEN", [needDate(a, "requireDateBetween"), needDate(b, "requireDateBetween")]);
  }
  requireNumberBetween(a: number, b: number): this {
    return this.criteria("NUMBER_BETWEEN", [
      needNumber(a, "requireNumberBetween"),
      needNumber(b, "requireNumberBetween"),
    ]);
  }
  requireNumberEqualTo(a: number): this {
    return this.criteria("NUMBER_EQUAL_TO", [needNumber(a, "requireNumberEqualTo")]);
  }
  requireNumberGreaterThan(a: number): this {
    return this.criteria("NUMBER_GREATER_THAN", [needNumber(a, "requireNumberGreaterThan")]);
  }
  requireNumberGreaterThanOrEqualTo(a: number): this {
    return this.criteria("NUMBER_GREATER_THAN_OR_EQUAL_TO", [needNumber(a, "requireNumberGreaterThanOrEqualTo")]);
  }
  requireNumberLessThan(a: number): this {
    return this.criteria("NUMBER_LESS_THAN", [needNumber(a, "requireNumberLessThan")]);
  }
  requireNumberLessThanOrEqualTo(a: number): this {
    return this.criteria("NUMBER_LESS_THAN_OR_EQUAL_TO", [needNumber(a, "requireNumberLessThanOrEqualTo")]);
  }
  requireTextContains(t: string): this {
    return this.criteria("TEXT_CONTAINS", [t]);
  }
  requireTextIsEmail(): this {
    return this.criteria("TEXT_IS_VALID_EMAIL", []);
  }
  requireTextIsUrl(): this {
    return this.criteria("TEXT_IS_VALID_URL", []);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.criteria("CHECKBOX", values);
  }
  requireFormulaSatisfied(formula: string): this {
    return this.criteria("CUSTOM_FORMULA", [formula]);
  }
  setAllowInvalid(allow: boolean): this {
    this.spec = { ...this.spec, allowInvalid: !!allow };
    return this;
  }
  setHelpText(text: string): this {
    this.spec = { ...this.spec, helpText: String(text) };
    return this;
  }
  getCriteriaType(): CriteriaType {
    return this.spec.type;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.slice();
  }
  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }
  getHelpText(): string | null {
    return this.spec.helpText;
  }
  withCriteria(type: CriteriaType, values: unknown[]): this {
    return this.criteria(type, values.slice());
  }
  build(): EmuDataValidation {
    if (this.spec.type === "VALUE_IN_LIST" && this.spec.values.length === 0) {
      throw new GasError("Data validation criteria is required.");
    }
    return new EmuDataValidation({ ...this.spec, values: this.spec.values.slice() }, this.ctx);
  }
}
