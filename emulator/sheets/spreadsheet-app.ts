/** SpreadsheetApp: the entry point scripts see, with its enums and builders. */
import { counted } from "../core/calls";
import { GasError, GAS_MESSAGES } from "../core/errors";
import type { Kernel } from "../core/kernel";
import { EmuConditionalFormatRuleBuilder } from "./conditional";
import type { EmuRange } from "./range";
import type { EmuSheet } from "./sheet";
import { ProtectionType } from "./sheet-objects";
import { EmuSpreadsheet } from "./spreadsheet";
import { DataValidationCriteria, EmuDataValidationBuilder } from "./validation";
import type { EmuUiImpl } from "../services/ui";

export const WrapStrategy = { WRAP: "WRAP", OVERFLOW: "OVERFLOW", CLIP: "CLIP" } as const;
export const BorderStyle = {
  DOTTED: "DOTTED",
  DASHED: "DASHED",
  SOLID: "SOLID",
  SOLID_MEDIUM: "SOLID_MEDIUM",
  SOLID_THICK: "SOLID_THICK",
  DOUBLE: "DOUBLE",
} as const;
export const Dimension = { COLUMNS: "COLUMNS", ROWS: "ROWS" } as const;
export const SheetType = { GRID: "GRID", OBJECT: "OBJECT" } as const;

class EmuRichTextValue {
  constructor(private readonly text: string) {}
  getText(): string {
    return this.text;
  }
}

class EmuRichTextValueBuilder {
  private text = "";
  setText(text: string): this {
    this.text = String(text);
    return this;
  }
  setTextStyle(): this {
    return this;
  }
  setLinkUrl(): this {
    return this;
  }
  build(): EmuRichTextValue {
    return new EmuRichTextValue(this.text);
  }
}

/**
 * Every spreadsheet of the emulated Drive. Tests and the workbench hold several (a district of schools
 * and the municipality's workbook): one is active (what getActiveSpreadsheet returns); the others are
 * reached by openById/openByUrl, unless the user has no access to them (`denied`) or they were deleted.
 */
export class SpreadsheetRegistry {
  all = new Map<string, EmuSpreadsheet>();
  active: EmuSpreadsheet | null = null;
  /** Spreadsheets the user cannot open (not shared with them). */
  denied = new Set<string>();
  /** Called for every spreadsheet created, so the emulator can attach its test hooks. */
  onCreate: ((ss: EmuSpreadsheet) => void) | null = null;
  constructor(private readonly k: Kernel) {}
  create(name: string, rows?: number, cols?: number, id?: string): EmuSpreadsheet {
    const ss = new EmuSpreadsheet(this.k, id ?? this.k.newId("ss"), name);
    this.all.set(ss.id, ss);
    ss.addSheet("Лист1", undefined, rows && cols ? { rows, cols } : undefined);
    this.onCreate?.(ss);
    return ss;
  }
  /** The file is deleted for good: opening it fails as for an unknown id. */
  remove(id: string): void {
    if (this.active?.id === id) throw new Error(`Emulator: cannot delete the active spreadsheet ${id}`);
    this.all.delete(id);
    this.denied.delete(id);
  }
}

export class EmuSpreadsheetApp {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = WrapStrategy;
  readonly ProtectionType = ProtectionType;
  readonly BorderStyle = BorderStyle;
  readonly Dimension = Dimension;
  readonly SheetType = SheetType;
  readonly BooleanCriteria = {
    CELL_EMPTY: "CELL_EMPTY",
    CELL_NOT_EMPTY: "CELL_NOT_EMPTY",
    CUSTOM_FORMULA: "CUSTOM_FORMULA",
    DATE_AFTER: "DATE_AFTER",
    DATE_BEFORE: "DATE_BEFORE",
    DATE_EQUAL_TO: "DATE_EQUAL_TO",
    NUMBER_BETWEEN: "NUMBER_BETWEEN",
    NUMBER_EQUAL_TO: "NUMBER_EQUAL_TO",
    NUMBER_GREATER_THAN: "NUMBER_GREATER_THAN",
    NUMBER_GREATER_THAN_OR_EQUAL_TO: "NUMBER_GREATER_THAN_OR_EQUAL_TO",
    NUMBER_LESS_THAN: "NUMBER_LESS_THAN",
    NUMBER_LESS_THAN_OR_EQUAL_TO: "NUMBER_LESS_THAN_OR_EQUAL_TO",
    TEXT_CONTAINS: "TEXT_CONTAINS",
    TEXT_DOES_NOT_CONTAIN: "TEXT_DOES_NOT_CONTAIN",
    TEXT_ENDS_WITH: "TEXT_ENDS_WITH",
    TEXT_EQUAL_TO: "TEXT_EQUAL_TO",
    TEXT_STARTS_WITH: "TEXT_STARTS_WITH",
  };
  constructor(
    private readonly k: Kernel,
    private readonly registry: SpreadsheetRegistry,
    private readonly ui: EmuUiImpl,
  ) {
    counted(this, "SpreadsheetApp", k.ctx);
  }
  private activeOrThrow(): EmuSpreadsheet {
    if (!this.registry.active) throw new GasError("No active spreadsheet.");
    return this.registry.active;
  }
  getActiveSpreadsheet(): EmuSpreadsheet {
    return this.activeOrThrow();
  }
  getActive(): EmuSpreadsheet {
    return this.activeOrThrow();
  }
  getActiveSheet(): EmuSheet {
    return this.activeOrThrow().getActiveSheet();
  }
  getActiveRange(): EmuRange {
    return this.activeOrThrow().getActiveRange();
  }
  setActiveSheet(sheet: EmuSheet): EmuSheet {
    return this.activeOrThrow().setActiveSheet(sheet);
  }
  setActiveRange(range: EmuRange): EmuRange {
    return this.activeOrThrow().setActiveRange(range);
  }
  getUi(): EmuUiImpl {
    if (!this.k.ctx.uiAvailable) throw new GasError(GAS_MESSAGES.noUi);
    return this.ui;
  }
  openById(id: string): EmuSpreadsheet {
    const ss = this.registry.all.get(String(id));
    if (!ss)
      throw new GasError(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    if (this.registry.denied.has(ss.id)) throw new GasError(GAS_MESSAGES.noDocumentAccess);
    return ss;
  }
  openByUrl(url: string): EmuSpreadsheet {
    const m = /\/d\/([^/]+)/.exec(url);
    if (!m) throw new GasError(GAS_MESSAGES.invalidArgument("url"));
    return this.openById(m[1]);
  }
  create(name: string, rows?: number, cols?: number): EmuSpreadsheet {
    return this.registry.create(String(name), rows, cols);
  }
  flush(): void {
    for (const ss of this.registry.all.values()) ss.flush();
  }
  newDataValidation(): EmuDataValidationBuilder {
    return new EmuDataValidationBuilder(this.k.ctx);
  }
  newConditionalFormatRule(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.k.ctx);
  }
  newRichTextValue(): EmuRichTextValueBuilder {
    return new EmuRichTextValueBuilder();
  }
  newTextStyle(): {
    setBold(): unknown;
    setItalic(): unknown;
    setForegroundColor(): unknown;
    setFontSize(): unknown;
    build(): unknown;
  } {
    const b = {
      setBold: () => b,
      setItalic: () => b,
      setForegroundColor: () => b,
      setFontSize: () => b,
      build: () => ({}),
    };
    return b;
  }
}
