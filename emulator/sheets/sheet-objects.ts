/** Named ranges, protections and embedded charts: records that follow rows and columns like Sheets. */
import { api, counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";
import type { Box } from "./a1";
import type { EmuRange } from "./range";
import type { EmuSheet, Tracked } from "./sheet";

export class EmuNamedRange {
  constructor(
    public name: string,
    public tracked: Tracked,
    private readonly owner: { renameNamedRange(from: string, to: string): void; removeNamedRange(name: string): void },
    ctx: CallContext,
  ) {
    counted(this, "NamedRange", ctx);
  }
  getName(): string {
    return this.name;
  }
  getRange(): EmuRange {
    if (!this.tracked.valid) throw new GasError("Range not found");
    return this.tracked.sheet.rangeAt(this.tracked.base, this.tracked.open);
  }
  setName(name: string): this {
    this.owner.renameNamedRange(this.name, name);
    return this;
  }
  setRange(range: EmuRange): this {
    this.tracked.sheet.untrack(this.tracked);
    this.tracked = range.sheet.track(range.base, range.open);
    this.owner.renameNamedRange(this.name, this.name);
    return this;
  }
  remove(): void {
    this.owner.removeNamedRange(this.name);
  }
}

export const ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" } as const;

export class EmuProtection {
  description = "";
  warningOnly = false;
  editors: string[] = [];
  domainEdit = true;
  removed = false;
  unprotected: Tracked[] = [];
  constructor(
    readonly type: "RANGE" | "SHEET",
    readonly sheet: EmuSheet,
    readonly tracked: Tracked,
    ctx: CallContext,
    user: string,
  ) {
    this.editors = [user];
    counted(this, "Protection", ctx);
  }
  getProtectionType(): string {
    return this.type;
  }
  getRange(): EmuRange {
    return this.sheet.rangeAt(this.tracked.box);
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(text: string): this {
    this.description = String(text);
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(w: boolean): this {
    if (w) this.editors = this.editors.slice(0, 1);
    this.warningOnly = !!w;
    return this;
  }
  canEdit(): boolean {
    return true;
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(e: boolean): this {
    if (this.warningOnly) throw new GasError("Cannot set domain edit on a warning-only protection.");
    this.domainEdit = !!e;
    return this;
  }
  getEditors(): Array<{ getEmail(): string }> {
    return this.editors.map((e) => ({ getEmail: () => e }));
  }
  addEditor(email: string | { getEmail(): string }): this {
    return this.addEditors([email]);
  }
  addEditors(emails: Array<string | { getEmail(): string }>): this {
    if (this.warningOnly) throw new GasError("Cannot add editors to a warning-only protection.");
    for (const e of emails) {
      const mail = typeof e === "string" ? e : e.getEmail();
      if (!this.editors.includes(mail)) this.editors.push(mail);
    }
    return this;
  }
  removeEditor(email: string | { getEmail(): string }): this {
    return this.removeEditors([email]);
  }
  removeEditors(emails: Array<string | { getEmail(): string }>): this {
    const drop = emails.map((e) => (typeof e === "string" ? e : e.getEmail()));
    this.editors = this.editors.filter((e, i) => i === 0 || !drop.includes(e));
    return this;
  }
  setUnprotectedRanges(ranges: EmuRange[]): this {
    if (this.type !== "SHEET") throw new GasError("Unprotected ranges can only be set on sheet protections.");
    this.unprotected = ranges.map((r) => r.sheet.track({ ...r.box }));
    return this;
  }
  getUnprotectedRanges(): EmuRange[] {
    return this.unprotected.map((t) => t.sheet.rangeAt(t.box));
  }
  remove(): void {
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
    this.sheet.untrack(this.tracked);
  }
}

export const ChartType = {
  AREA: "AREA",
  BAR: "BAR",
  BUBBLE: "BUBBLE",
  CANDLESTICK: "CANDLESTICK",
  COLUMN: "COLUMN",
  COMBO: "COMBO",
  GAUGE: "GAUGE",
  GEO: "GEO",
  HISTOGRAM: "HISTOGRAM",
  LINE: "LINE",
  ORG: "ORG",
  PIE: "PIE",
  RADAR: "RADAR",
  SCATTER: "SCATTER",
  SCORECARD: "SCORECARD",
  SPARKLINE: "SPARKLINE",
  STEPPED_AREA: "STEPPED_AREA",
  TABLE: "TABLE",
  TIMELINE: "TIMELINE",
  TREEMAP: "TREEMAP",
  WATERFALL: "WATERFALL",
} as const;

export interface ChartSpec {
  id: number | null;
  type: string;
  ranges: Array<{ sheet: EmuSheet; box: Box }>;
  options: Record<string, unknown>;
  position: { row: number; col: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

export class EmuChart {
  constructor(
    readonly spec: ChartSpec,
    private readonly ctx: CallContext,
  ) {
    counted(this, "EmbeddedChart", ctx);
  }
  getChartId(): number | null {
    return this.spec.id;
  }
  getId(): string | null {
    return this.spec.id === null ? null : `u${this.spec.id}`;
  }
  getRanges(): EmuRange[] {
    return this.spec.ranges.map((r) => r.sheet.rangeAt(r.box));
  }
  getOptions(): { get(key: string): unknown; getOrDefault(key: string): unknown } {
    const options = this.spec.options;
    return { get: (k) => options[k] ?? null, getOrDefault: (k) => options[k] ?? null };
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const p = this.spec.position;
    return {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.col,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }
  modify(): EmuChartBuilder {
    return new EmuChartBuilder(this.ctx, this.spec.ranges[0]?.sheet ?? null, cloneSpec(this.spec));
  }
  /** A record for snapshots and save(). */
  record(): {
    id: number | null;
    type: string;
    ranges: string[];
    options: Record<string, unknown>;
    position: ChartSpec["position"];
  } {
    return {
      id: this.spec.id,
      type: this.spec.type,
      ranges: this.spec.ranges.map((r) => `${r.sheet.name}!${r.sheet.rangeAt(r.box).getA1Notation()}`),
      options: { ...this.spec.options },
      position: { ...this.spec.position },
    };
  }
}

function cloneSpec(s: ChartSpec): ChartSpec {
  return {
    ...s,
    ranges: s.ranges.map((r) => ({ sheet: r.sheet, box: { ...r.box } })),
    options: { ...s.options },
    position: { ...s.position },
  };
}

export class EmuChartBuilder {
  private spec: ChartSpec;
  constructor(
    private readonly ctx: CallContext,
    sheet: EmuSheet | null,
    spec?: ChartSpec,
  ) {
    void sheet;
    this.spec = spec ?? {
      id: null,
      type: ChartType.COLUMN,
      ranges: [],
      options: {},
      position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
    };
    counted(this, "EmbeddedChartBuilder", ctx);
  }
  addRange(range: EmuRange): this {
    this.spec.ranges.push({ sheet: range.sheet, box: { ...range.box } });
    return this;
  }
  removeRange(range: EmuRange): this {
    this.spec.ranges = this.spec.ranges.filter(
      (r) => !(r.sheet === range.sheet && JSON.stringify(r.box) === JSON.stringify(range.box)),
    );
    return this;
  }
  clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }
  getRanges(): EmuRange[] {
    return this.spec.ranges.map((r) => r.sheet.rangeAt(r.box));
  }
  setChartType(type: string): this {
    if (!(type in ChartType)) throw new GasError(`Invalid argument: type`);
    this.spec.type = type;
    return this;
  }
  getChartType(): string {
    return this.spec.type;
  }
  setOption(key: string, value: unknown): this {
    this.spec.options[key] = value;
    return this;
  }
  setPosition(row: number, col: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row, col, offsetX, offsetY };
    return this;
  }
  setNumHeaders(n: number): this {
    this.spec.numHeaders = n;
    return this;
  }
  setTransposeRowsAndColumns(t: boolean): this {
    this.spec.transpose = !!t;
    return this;
  }
  setMergeStrategy(s: string): this {
    this.spec.options.mergeStrategy = s;
    return this;
  }
  setHiddenDimensionStrategy(s: string): this {
    this.spec.options.hiddenDimensionStrategy = s;
    return this;
  }
  // Typed builders (asBarChart…) share this object; their setters are options.
  asAreaChart(): this {
    return this.setChartType(ChartType.AREA);
  }
  asBarChart(): this {
    return this.setChartType(ChartType.BAR);
  }
  asColumnChart(): this {
    return this.setChartType(ChartType.COLUMN);
  }
  asLineChart(): this {
    return this.setChartType(ChartType.LINE);
  }
  asPieChart(): this {
    return this.setChartType(ChartType.PIE);
  }
  asTableChart(): this {
    return this.setChartType(ChartType.TABLE);
  }
  setTitle(title: string): this {
    return this.setOption("title", title);
  }
  setLegendPosition(p: string): this {
    return this.setOption("legend.position", p);
  }
  setStacked(): this {
    return this.setOption("isStacked", true);
  }
  setColors(colors: string[]): this {
    return this.setOption("colors", colors.slice());
  }
  setXAxisTitle(t: string): this {
    return this.setOption("hAxis.title", t);
  }
  setYAxisTitle(t: string): this {
    return this.setOption("vAxis.title", t);
  }
  build(): EmuChart {
    return new EmuChart(cloneSpec(this.spec), this.ctx);
  }
}

export { api };
