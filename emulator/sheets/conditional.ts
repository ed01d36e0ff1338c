/** Conditional format rules kept as records: ranges, a boolean condition, a format. Not evaluated. */
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";

export interface ConditionSpec {
  type: string;
  values: unknown[];
}

export interface RuleFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

/** A range the rule covers; the sheet layer gives real ranges and reads them back. */
export interface RuleRange {
  getA1Notation(): string;
  getSheet(): { getName(): string };
}

export interface RuleSpec {
  ranges: RuleRange[];
  condition: ConditionSpec | null;
  format: RuleFormat;
  gradient?: unknown;
}

export class EmuBooleanCondition {
  constructor(
    readonly spec: ConditionSpec,
    readonly format: RuleFormat,
    ctx: CallContext,
  ) {
    counted(this, "BooleanCondition", ctx);
  }
  getCriteriaType(): string {
    return this.spec.type;
  }
  getCriteriaValues(): unknown[] {
    return this.spec.values.slice();
  }
  getBackground(): string | null {
    return this.format.background ?? null;
  }
  getFontColor(): string | null {
    return this.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.format.bold ?? null;
  }
}

export class EmuConditionalFormatRule {
  constructor(
    readonly spec: RuleSpec,
    private readonly ctx: CallContext,
  ) {
    counted(this, "ConditionalFormatRule", ctx);
  }
  getRanges(): RuleRange[] {
    return this.spec.ranges.slice();
  }
  getBooleanCondition(): EmuBooleanCondition | null {
    return this.spec.condition ? new EmuBooleanCondition(this.spec.condition, this.spec.format, this.ctx) : null;
  }
  getGradientCondition(): unknown {
    return this.spec.gradient ?? null;
  }
  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.ctx, {
      ...this.spec,
      ranges: this.spec.ranges.slice(),
      format: { ...this.spec.format },
    });
  }
}

export class EmuConditionalFormatRuleBuilder {
  private spec: RuleSpec;
  constructor(
    private readonly ctx: CallContext,
    spec?: RuleSpec,
  ) {
    this.spec = spec ?? { ranges: [], condition: null, format: {} };
    counted(this, "ConditionalFormatRuleBuilder", ctx);
  }
  private when(type: string, ...values: unknown[]): this {
    this.spec.condition = { type, values };
    return this;
  }
  whenCellEmpty(): this {
    return this.when("CELL_EMPTY");
  }
  whenCellNotEmpty(): this {
    return this.when("CELL_NOT_EMPTY");
  }
  whenTextEqualTo(t: string): this {
    return this.when("TEXT_EQUAL_TO", t);
  }
  whenTextContains(t: string): this {
    return this.when("TEXT_CONTAINS", t);
  }
  whenTextDoesNotContain(t: string): this {
    return this.when("TEXT_DOES_NOT_CONTAIN", t);
  }
  whenTextStartsWith(t: string): this {
    return this.when("TEXT_STARTS_WITH", t);
  }
  whenTextEndsWith(t: string): this {
    return this.when("TEXT_ENDS_WITH", t);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when("NUMBER_BETWEEN", a, b);
  }
  whenNumberEqualTo(a: number): this {
    return this.when("NUMBER_EQUAL_TO", a);
  }
  whenNumberGreaterThan(a: number): this {
    return this.when("NUMBER_GREATER_THAN", a);
  }
  whenNumberGreaterThanOrEqualTo(a: number): this {
    return this.when("NUMBER_GREATER_THAN_OR_EQUAL_TO", a);
  }
  whenNumberLessThan(a: number): this {
    return this.when("NUMBER_LESS_THAN", a);
  }
  whenNumberLessThanOrEqualTo(a: number): this {
    return this.when("NUMBER_LESS_THAN_OR_EQUAL_TO", a);
  }
  whenDateBefore(d: unknown): this {
    return this.when("DATE_BEFORE", d);
  }
  whenDateAfter(d: unknown): this {
    return this.when("DATE_AFTER", d);
  }
  whenDateEqualTo(d: unknown): this {
    return this.when("DATE_EQUAL_TO", d);
  }
  whenFormulaSatisfied(formula: string): this {
    if (typeof formula !== "string" || !formula.startsWith("="))
      throw new GasError("Invalid formula: must start with =");
    return this.when("CUSTOM_FORMULA", formula);
  }
  setBackground(color: string | null): this {
    this.spec.format.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.spec.format.fontColor = color;
    return this;
  }
  setBold(b: boolean | null): this {
    this.spec.format.bold = b;
    return this;
  }
  setItalic(b: boolean | null): this {
    this.spec.format.italic = b;
    return this;
  }
  setStrikethrough(b: boolean | null): this {
    this.spec.format.strikethrough = b;
    return this;
  }
  setUnderline(b: boolean | null): this {
    this.spec.format.underline = b;
    return this;
  }
  setRanges(ranges: RuleRange[]): this {
    this.spec.ranges = ranges.slice();
    return this;
  }
  getRanges(): RuleRange[] {
    return this.spec.ranges.slice();
  }
  build(): EmuConditionalFormatRule {
    if (this.spec.ranges.length === 0) throw new GasError("Conditional format rule must have at least one range.");
    if (!this.spec.condition) throw new GasError("Conditional format rule must have a condition.");
    return new EmuConditionalFormatRule(
      { ...this.spec, ranges: this.spec.ranges.slice(), format: { ...this.spec.format } },
      this.ctx,
    );
  }
}
