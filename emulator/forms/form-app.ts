/**
 * FormApp core: forms with items, a spreadsheet destination that receives one row per response like
 * Google («Ответы на форму (N)», first column «Отметка времени», one column per question), and
 * submission that fires installed onFormSubmit triggers (spreadsheet- and form-bound).
 */
import { api, counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError } from "../core/errors";
import type { Kernel } from "../core/kernel";
import { formatDate } from "../core/time";
import { parseInput } from "../sheets/cell-values";
import type { Parsed } from "../sheets/cell-values";
import type { EmuSpreadsheet } from "../sheets/spreadsheet";
import type { SpreadsheetRegistry } from "../sheets/spreadsheet-app";
import type { TriggerTable } from "../services/script-app";
import { encode, decode } from "../sheets/persistence";
import type { Json } from "../sheets/persistence";

export const ItemType = {
  CHECKBOX: "CHECKBOX",
  CHECKBOX_GRID: "CHECKBOX_GRID",
  DATE: "DATE",
  DATETIME: "DATETIME",
  DURATION: "DURATION",
  FILE_UPLOAD: "FILE_UPLOAD",
  GRID: "GRID",
  IMAGE: "IMAGE",
  LIST: "LIST",
  MULTIPLE_CHOICE: "MULTIPLE_CHOICE",
  PAGE_BREAK: "PAGE_BREAK",
  PARAGRAPH_TEXT: "PARAGRAPH_TEXT",
  RATING: "RATING",
  SCALE: "SCALE",
  SECTION_HEADER: "SECTION_HEADER",
  TEXT: "TEXT",
  TIME: "TIME",
  VIDEO: "VIDEO",
} as const;
export type ItemTypeName = keyof typeof ItemType;
export const DestinationType = { SPREADSHEET: "SPREADSHEET" } as const;
/** Where a respondent goes after a page or a choice (PageBreakItem.setGoToPage, createChoice(value, nav)). */
export const PageNavigationType = {
  CONTINUE: "CONTINUE",
  GO_TO_PAGE: "GO_TO_PAGE",
  RESTART: "RESTART",
  SUBMIT: "SUBMIT",
} as const;
/** A navigation target: a page break's item id, or one of PageNavigationType. */
export type Navigation = number | keyof typeof PageNavigationType;

/** Headers Google writes in a Russian-language form's response sheet. */
export const RESPONSE_SHEET = {
  name: (n: number) => `Ответы на форму (${n})`,
  timestamp: "Отметка времени",
  email: "Адрес электронной почты",
  pattern: /^Ответы на форму \((\d+)\)$/,
};

const NOT_ANSWERABLE: ItemTypeName[] = ["SECTION_HEADER", "PAGE_BREAK", "IMAGE", "VIDEO"];

export interface ItemState {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  hasOther: boolean;
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
  includesYear: boolean;
  /** Per choice, where the respondent goes when they pick it (null: no branching). */
  choiceNav?: Array<Navigation | null>;
  /** PAGE_BREAK: where the respondent goes after the page before this break. */
  goTo?: Navigation;
}

export type Answer = string | string[];

export interface ResponseState {
  id: string;
  timestamp: Date;
  email: string | null;
  answers: Array<{ itemId: number; value: Answer }>;
}

export interface FormState {
  id: string;
  title: string;
  description: string;
  settings: Record<string, unknown>;
  items: ItemState[];
  /** The response sheet, known by id as in Google (a renamed sheet keeps receiving answers); the name as a fallback. */
  destination: { spreadsheetId: string; sheetName: string; sheetId?: number } | null;
  columns: Record<number, number>;
  responses: ResponseState[];
}

class EmuChoice {
  constructor(
    private readonly value: string,
    ctx: CallContext,
    readonly nav: Navigation | null = null,
  ) {
    counted(this, "Choice", ctx);
  }
  getValue(): string {
    return this.value;
  }
  getPageNavigationType(): string | null {
    return this.nav === null ? null : typeof this.nav === "number" ? PageNavigationType.GO_TO_PAGE : this.nav;
  }
  isCorrectAnswer(): boolean {
    return false;
  }
}

export class EmuItem {
  constructor(
    readonly s: ItemState,
    readonly form: EmuForm,
    private readonly ctx: CallContext,
  ) {
    counted(this, "Item", ctx);
  }
  private as(...types: ItemTypeName[]): this {
    if (!types.includes(this.s.type))
      throw new GasError(`Item ${this.s.id} is not of type ${types.join("/")} (it is ${this.s.type}).`);
    return this;
  }
  getId(): number {
    return this.s.id;
  }
  getType(): string {
    return this.s.type;
  }
  getIndex(): number {
    return this.form.state.items.indexOf(this.s);
  }
  getTitle(): string {
    return this.s.title;
  }
  setTitle(title: string): this {
    this.s.title = String(title);
    this.form.renameColumn(this.s);
    return this;
  }
  getHelpText(): string {
    return this.s.helpText;
  }
  setHelpText(text: string): this {
    this.s.helpText = String(text);
    return this;
  }
  isRequired(): boolean {
    return this.s.required;
  }
  setRequired(required: boolean): this {
    if (NOT_ANSWERABLE.includes(this.s.type)) throw new GasError("This item cannot be required.");
    this.s.required = !!required;
    return this;
  }
  /** createChoice(value) or, on a multiple-choice or list item, createChoice(value, pageBreakItem | PageNavigationType). */
  createChoice(value: string, navigation?: EmuItem | string): EmuChoice {
    this.as("MULTIPLE_CHOICE", "CHECKBOX", "LIST");
    if (navigation === undefined) return new EmuChoice(String(value), this.ctx);
    if (this.s.type === "CHECKBOX") throw new GasError("Checkbox choices cannot navigate.");
    if (typeof navigation === "string") {
      if (!(navigation in PageNavigationType) || navigation === "GO_TO_PAGE")
        throw new GasError("Invalid argument: navigationType");
      return new EmuChoice(String(value), this.ctx, navigation as Navigation);
    }
    if (navigation.getType() !== "PAGE_BREAK")
      throw new GasError("Invalid argument: navigationItem (a page break expected)");
    return new EmuChoice(String(value), this.ctx, navigation.getId());
  }
  setChoiceValues(values: string[]): this {
    this.as("MULTIPLE_CHOICE", "CHECKBOX", "LIST");
    if (!Array.isArray(values) || values.length === 0) throw new GasError("Invalid argument: values");
    this.s.choices = values.map(String);
    delete this.s.choiceNav;
    return this;
  }
  setChoices(choices: EmuChoice[]): this {
    this.as("MULTIPLE_CHOICE", "CHECKBOX", "LIST");
    if (!Array.isArray(choices) || choices.length === 0) throw new GasError("Invalid argument: choices");
    this.s.choices = choices.map((c) => c.getValue());
    if (choices.some((c) => c.nav !== null)) this.s.choiceNav = choices.map((c) => c.nav);
    else delete this.s.choiceNav;
    return this;
  }
  getChoices(): EmuChoice[] {
    this.as("MULTIPLE_CHOICE", "CHECKBOX", "LIST");
    return this.s.choices.map((c, i) => new EmuChoice(c, this.ctx, this.s.choiceNav?.[i] ?? null));
  }
  /** PAGE_BREAK: where to go after the page before this break (a page break item or a PageNavigationType). */
  setGoToPage(target: EmuItem | string): this {
    this.as("PAGE_BREAK");
    if (typeof target === "string") {
      if (!(target in PageNavigationType) || target === "GO_TO_PAGE")
        throw new GasError("Invalid argument: navigationType");
      this.s.goTo = target as Navigation;
    } else {
      if (target.getType() !== "PAGE_BREAK") throw new GasError("Invalid argument: goToPageItem");
      this.s.goTo = target.getId();
    }
    return this;
  }
  getPageNavigationType(): string {
    this.as("PAGE_BREAK");
    const g = this.s.goTo ?? "CONTINUE";
    return typeof g === "number" ? PageNavigationType.GO_TO_PAGE : g;
  }
  getGoToPage(): EmuItem | null {
    this.as("PAGE_BREAK");
    const g = this.s.goTo;
    if (typeof g !== "number") return null;
    const target = this.form.state.items.find((i) => i.id === g);
    return target ? new EmuItem(target, this.form, this.ctx) : null;
  }
  showOtherOption(show: boolean): this {
    this.as("MULTIPLE_CHOICE", "CHECKBOX");
    this.s.hasOther = !!show;
    return this;
  }
  hasOtherOption(): boolean {
    return this.s.hasOther;
  }
  setBounds(lower: number, upper: number): this {
    this.as("SCALE");
    if (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 2 || upper > 10)
      throw new GasError("Invalid argument: bounds (lower 0 or 1, upper 2 to 10)");
    this.s.lower = lower;
    this.s.upper = upper;
    return this;
  }
  getLowerBound(): number {
    return this.s.lower;
  }
  getUpperBound(): number {
    return this.s.upper;
  }
  setLabels(left: string, right: string): this {
    this.as("SCALE");
    this.s.leftLabel = String(left);
    this.s.rightLabel = String(right);
    return this;
  }
  getLeftLabel(): string {
    return this.s.leftLabel;
  }
  getRightLabel(): string {
    return this.s.rightLabel;
  }
  setIncludesYear(y: boolean): this {
    this.as("DATE", "DATETIME");
    this.s.includesYear = !!y;
    return this;
  }
  includesYear(): boolean {
    return this.s.includesYear;
  }
  asTextItem(): this {
    return this.as("TEXT");
  }
  asParagraphTextItem(): this {
    return this.as("PARAGRAPH_TEXT");
  }
  asMultipleChoiceItem(): this {
    return this.as("MULTIPLE_CHOICE");
  }
  asCheckboxItem(): this {
    return this.as("CHECKBOX");
  }
  asListItem(): this {
    return this.as("LIST");
  }
  asScaleItem(): this {
    return this.as("SCALE");
  }
  asDateItem(): this {
    return this.as("DATE");
  }
  asSectionHeaderItem(): this {
    return this.as("SECTION_HEADER");
  }
  asPageBreakItem(): this {
    return this.as("PAGE_BREAK");
  }
  createResponse(answer: Answer): EmuItemResponse {
    return new EmuItemResponse(this, this.form.checkAnswer(this.s, answer), this.ctx);
  }
}

export class EmuItemResponse {
  constructor(
    private readonly item: EmuItem,
    private readonly value: Answer,
    ctx: CallContext,
  ) {
    counted(this, "ItemResponse", ctx);
  }
  getItem(): EmuItem {
    return this.item;
  }
  getResponse(): Answer {
    return Array.isArray(this.value) ? this.value.slice() : this.value;
  }
  getScore(): null {
    return null;
  }
}

export class EmuFormResponse {
  constructor(
    readonly state: ResponseState,
    private readonly form: EmuForm,
    private readonly ctx: CallContext,
  ) {
    counted(this, "FormResponse", ctx);
  }
  getId(): string {
    return this.state.id;
  }
  getTimestamp(): Date {
    return new Date(this.state.timestamp);
  }
  getRespondentEmail(): string {
    return this.state.email ?? "";
  }
  getItemResponses(): EmuItemResponse[] {
    return this.state.answers.flatMap((a) => {
      const item = this.form.state.items.find((i) => i.id === a.itemId);
      return item ? [new EmuItemResponse(new EmuItem(item, this.form, this.ctx), a.value, this.ctx)] : [];
    });
  }
  getResponseForItem(item: EmuItem): EmuItemResponse | null {
    const a = this.state.answers.find((x) => x.itemId === item.s.id);
    return a ? new EmuItemResponse(item, a.value, this.ctx) : null;
  }
  getEditResponseUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.form.state.id}/viewform?edit2=${this.state.id}`;
  }
  /** A response being built (Form.createResponse): adds or replaces the answer to one item. */
  withItemResponse(response: EmuItemResponse): this {
    const itemId = response.getItem().getId();
    this.state.answers = this.state.answers.filter((a) => a.itemId !== itemId);
    this.state.answers.push({ itemId, value: response.getResponse() });
    return this;
  }
  /**
   * The link that opens the form with these answers filled in, as Google builds it:
   * `…/viewform?usp=pp_url&entry.<id>=<value>`. Google's entry ids are not the item ids; here they are.
   */
  toPrefilledUrl(): string {
    const params = this.state.answers.flatMap((a) =>
      (Array.isArray(a.value) ? a.value : [a.value]).map((v) => `entry.${a.itemId}=${encodeURIComponent(v)}`),
    );
    return `${this.form.getPublishedUrl()}?usp=pp_url${params.map((p) => `&${p}`).join("")}`;
  }
}

export class EmuForm {
  constructor(
    readonly state: FormState,
    private readonly app: FormRegistry,
  ) {
    counted(this, "Form", app.k.ctx);
  }
  private get ctx(): CallContext {
    return this.app.k.ctx;
  }
  private item(s: ItemState): EmuItem {
    return new EmuItem(s, this, this.ctx);
  }
  private add(type: ItemTypeName): EmuItem {
    const s: ItemState = {
      id: this.app.nextItemId++,
      type,
      title: "",
      helpText: "",
      required: false,
      choices: [],
      hasOther: false,
      lower: 1,
      upper: 5,
      leftLabel: "",
      rightLabel: "",
      includesYear: true,
    };
    this.state.items.push(s);
    this.ensureDestinationColumns();
    return this.item(s);
  }

  /** The destination spreadsheet's response sheet, or null. */
  destinationSheet(): ReturnType<EmuSpreadsheet["getSheetByName"]> {
    const d = this.state.destination;
    if (!d) return null;
    const ss = this.app.spreadsheets.all.get(d.spreadsheetId);
    if (!ss) return null;
    return (d.sheetId !== undefined ? ss.getSheetById(d.sheetId) : null) ?? ss.getSheetByName(d.sheetName) ?? null;
  }

  /** Add a header for every answerable item that has no column yet (Google adds them at the end). */
  ensureDestinationColumns(): void {
    const sheet = this.destinationSheet();
    if (!sheet) return;
    const headers: Array<[number, string]> = [];
    let next = Math.max(sheet.getLastColumn(), this.state.settings.collectEmail ? 2 : 1) + 1;
    if (sheet.getLastColumn() === 0) {
      headers.push([1, RESPONSE_SHEET.timestamp]);
      if (this.state.settings.collectEmail) headers.push([2, RESPONSE_SHEET.email]);
    }
    for (const item of this.state.items) {
      if (NOT_ANSWERABLE.includes(item.type) || this.state.columns[item.id]) continue;
      this.state.columns[item.id] = next;
      headers.push([next++, item.title]);
    }
    if (next - 1 > sheet.maxCols) sheet.insertColumnsAfter(sheet.maxCols, next - 1 - sheet.maxCols);
    for (const [col, title] of headers)
      sheet.rangeAt({ row: 1, col, numRows: 1, numCols: 1 }).writeParsed([[{ value: title }]]);
  }

  renameColumn(item: ItemState): void {
    const col = this.state.columns[item.id];
    const sheet = this.destinationSheet();
    if (col && sheet) sheet.rangeAt({ row: 1, col, numRows: 1, numCols: 1 }).writeParsed([[{ value: item.title }]]);
  }

  /** Validate an answer as the form would accept it; returns it normalised. */
  checkAnswer(item: ItemState, answer: Answer): Answer {
    const fail = (why: string) => {
      throw new GasError(`Invalid response for item «${item.title}»: ${why}`);
    };
    if (NOT_ANSWERABLE.includes(item.type)) fail("this item takes no answer");
    switch (item.type) {
      case "CHECKBOX": {
        const values = Array.isArray(answer) ? answer.map(String) : [String(answer)];
        for (const v of values) if (!item.choices.includes(v) && !item.hasOther) fail(`«${v}» is not a choice`);
        return values;
      }
      case "MULTIPLE_CHOICE":
      case "LIST": {
        if (Array.isArray(answer)) fail("one choice expected");
        if (!item.choices.includes(String(answer)) && !(item.hasOther && item.type === "MULTIPLE_CHOICE"))
          fail(`«${answer}» is not a choice`);
        return String(answer);
      }
      case "SCALE": {
        const n = Number(answer);
        if (Array.isArray(answer) || !Number.isInteger(n) || n < item.lower || n > item.upper)
          fail(`${answer} is outside ${item.lower}..${item.upper}`);
        return String(n);
      }
      case "DATE": {
        if (Array.isArray(answer) || !/^\d{4}-\d{2}-\d{2}$/.test(String(answer))) fail("a date yyyy-MM-dd expected");
        return String(answer);
      }
      default:
        if (Array.isArray(answer)) fail("text expected");
        return String(answer);
    }
  }

  /**
   * Items a respondent sees with these answers: pages are cut at page breaks; after a page the respondent
   * follows the answered choice's navigation, else the next break's setGoToPage, else the next page.
   */
  visitedItems(answers: Record<string, Answer>): Set<number> {
    const pages: ItemState[][] = [[]];
    const breaks: Array<ItemState | null> = [null];
    for (const item of this.state.items) {
      if (item.type === "PAGE_BREAK") {
        pages.push([]);
        breaks.push(item);
      } else pages[pages.length - 1].push(item);
    }
    const seen = new Set<number>();
    const pagesSeen = new Set<number>();
    let page = 0;
    while (page >= 0 && page < pages.length && !pagesSeen.has(page)) {
      pagesSeen.add(page);
      let nav: Navigation | null = null;
      for (const item of pages[page]) {
        seen.add(item.id);
        const a = answers[item.title];
        if (!item.choiceNav || typeof a !== "string") continue;
        const i = item.choices.indexOf(a);
        if (i >= 0 && item.choiceNav[i] !== null && item.choiceNav[i] !== undefined) nav = item.choiceNav[i];
      }
      if (nav === null) nav = breaks[page + 1]?.goTo ?? "CONTINUE";
      if (nav === "SUBMIT" || nav === "RESTART") break;
      if (nav === "CONTINUE") page += 1;
      else {
        const target = breaks.findIndex((b) => b !== null && b.id === nav);
        page = target;
      }
    }
    return seen;
  }

  getId(): string {
    return this.state.id;
  }
  getTitle(): string {
    return this.state.title;
  }
  setTitle(title: string): this {
    this.state.title = String(title);
    return this;
  }
  getDescription(): string {
    return this.state.description;
  }
  setDescription(text: string): this {
    this.state.description = String(text);
    return this;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.state.id}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.state.id}/edit`;
  }
  shortenFormUrl(url: string): string {
    return url;
  }
  setCollectEmail(collect: boolean): this {
    this.state.settings.collectEmail = !!collect;
    return this;
  }
  collectsEmail(): boolean {
    return !!this.state.settings.collectEmail;
  }
  setConfirmationMessage(message: string): this {
    this.state.settings.confirmationMessage = String(message);
    return this;
  }
  getConfirmationMessage(): string {
    return String(this.state.settings.confirmationMessage ?? "");
  }
  setAcceptingResponses(accepting: boolean): this {
    this.state.settings.acceptingResponses = !!accepting;
    return this;
  }
  isAcceptingResponses(): boolean {
    return this.state.settings.acceptingResponses !== false;
  }
  setAllowResponseEdits(v: boolean): this {
    this.state.settings.allowResponseEdits = !!v;
    return this;
  }
  setLimitOneResponsePerUser(v: boolean): this {
    this.state.settings.limitOneResponsePerUser = !!v;
    return this;
  }
  setShowLinkToRespondAgain(v: boolean): this {
    this.state.settings.showLinkToRespondAgain = !!v;
    return this;
  }
  setProgressBar(v: boolean): this {
    this.state.settings.progressBar = !!v;
    return this;
  }
  setRequireLogin(v: boolean): this {
    this.state.settings.requireLogin = !!v;
    return this;
  }
  setDestination(type: string, id: string): this {
    if (type !== "SPREADSHEET") throw new GasError("Invalid argument: type");
    const ss = this.app.spreadsheets.all.get(id);
    if (!ss) throw new GasError(`No spreadsheet with id ${id}`);
    if (this.state.destination?.spreadsheetId === id && this.destinationSheet()) return this;
    let n = 1;
    for (const s of ss.sheets) {
      const m = RESPONSE_SHEET.pattern.exec(s.name);
      if (m) n = Math.max(n, Number(m[1]) + 1);
    }
    const sheet = ss.addSheet(RESPONSE_SHEET.name(n), 0);
    sheet.frozenRows = 1;
    this.state.destination = { spreadsheetId: id, sheetName: sheet.name, sheetId: sheet.sheetId };
    this.state.columns = {};
    this.ensureDestinationColumns();
    return this;
  }
  getDestinationId(): string {
    if (!this.state.destination) throw new GasError("This form does not have a response destination.");
    return this.state.destination.spreadsheetId;
  }
  getDestinationType(): string {
    if (!this.state.destination) throw new GasError("This form does not have a response destination.");
    return DestinationType.SPREADSHEET;
  }
  removeDestination(): this {
    this.state.destination = null;
    return this;
  }
  getItems(type?: string): EmuItem[] {
    return this.state.items.filter((i) => !type || i.type === type).map((s) => this.item(s));
  }
  getItemById(id: number): EmuItem | null {
    const s = this.state.items.find((i) => i.id === id);
    return s ? this.item(s) : null;
  }
  deleteItem(itemOrIndex: EmuItem | number): void {
    const i = typeof itemOrIndex === "number" ? itemOrIndex : this.state.items.indexOf(itemOrIndex.s);
    if (i < 0 || i >= this.state.items.length) throw new GasError("Invalid argument: index");
    this.state.items.splice(i, 1);
  }
  moveItem(from: EmuItem | number, to: number): EmuItem {
    const i = typeof from === "number" ? from : this.state.items.indexOf(from.s);
    if (i < 0 || i >= this.state.items.length || to < 0 || to >= this.state.items.length)
      throw new GasError("Invalid argument: index");
    const [s] = this.state.items.splice(i, 1);
    this.state.items.splice(to, 0, s);
    return this.item(s);
  }
  addTextItem(): EmuItem {
    return this.add("TEXT");
  }
  addParagraphTextItem(): EmuItem {
    return this.add("PARAGRAPH_TEXT");
  }
  addMultipleChoiceItem(): EmuItem {
    return this.add("MULTIPLE_CHOICE");
  }
  addCheckboxItem(): EmuItem {
    return this.add("CHECKBOX");
  }
  addListItem(): EmuItem {
    return this.add("LIST");
  }
  addScaleItem(): EmuItem {
    return this.add("SCALE");
  }
  addDateItem(): EmuItem {
    return this.add("DATE");
  }
  addSectionHeaderItem(): EmuItem {
    return this.add("SECTION_HEADER");
  }
  addPageBreakItem(): EmuItem {
    return this.add("PAGE_BREAK");
  }
  /** A new, empty response to fill with withItemResponse (for a pre-filled link). Not submitted. */
  createResponse(): EmuFormResponse {
    const state: ResponseState = {
      id: this.app.k.newId("resp"),
      timestamp: this.app.k.now(),
      email: null,
      answers: [],
    };
    return new EmuFormResponse(state, this, this.ctx);
  }
  getResponses(): EmuFormResponse[] {
    return this.state.responses.map((r) => new EmuFormResponse(r, this, this.ctx));
  }
  deleteAllResponses(): this {
    this.state.responses = [];
    return this;
  }
}

export class FormRegistry {
  forms = new Map<string, EmuForm>();
  nextItemId = 1_000_001;
  constructor(
    readonly k: Kernel,
    readonly spreadsheets: SpreadsheetRegistry,
    readonly triggers: TriggerTable,
  ) {}

  create(title: string, id?: string): EmuForm {
    const state: FormState = {
      id: id ?? this.k.newId("form"),
      title: String(title),
      description: "",
      settings: {},
      items: [],
      destination: null,
      columns: {},
      responses: [],
    };
    const form = new EmuForm(state, this);
    this.forms.set(state.id, form);
    return form;
  }

  formUrlFor(spreadsheetId: string, sheetName?: string): string | null {
    let url: string | null = null;
    for (const f of this.forms.values()) {
      const d = f.state.destination;
      if (
        d &&
        d.spreadsheetId === spreadsheetId &&
        (sheetName === undefined || f.destinationSheet()?.name === sheetName)
      )
        url = f.getPublishedUrl();
    }
    return url;
  }

  /**
   * A respondent submits: answers by item title. Appends the row to the destination sheet and fires the
   * installed onFormSubmit triggers (spreadsheet-bound, then form-bound). Returns the response id.
   */
  submit(
    formId: string,
    answers: Record<string, Answer>,
    options: { email?: string; timestamp?: Date } = {},
    afterTrigger?: () => void,
  ): string {
    const form = this.forms.get(formId);
    if (!form) throw new GasError(`No form with id ${formId}`);
    const st = form.state;
    if (!form.isAcceptingResponses()) throw new GasError(`The form «${st.title}» is not accepting responses.`);
    const titles = new Set(st.items.map((i) => i.title));
    for (const t of Object.keys(answers))
      if (!titles.has(t)) throw new GasError(`The form «${st.title}» has no item «${t}».`);
    const list: ResponseState["answers"] = [];
    const visited = form.visitedItems(answers);
    for (const item of st.items) {
      if (NOT_ANSWERABLE.includes(item.type)) continue;
      const a = answers[item.title];
      if (!visited.has(item.id)) {
        const given = !(a === undefined || a === "" || (Array.isArray(a) && a.length === 0));
        if (given)
          throw new GasError(`Item «${item.title}» is on a page the respondent does not reach with these answers.`);
        continue;
      }
      const blank = a === undefined || a === "" || (Array.isArray(a) && a.length === 0);
      if (blank) {
        if (item.required) throw new GasError(`Required item «${item.title}» has no answer.`);
        continue;
      }
      list.push({ itemId: item.id, value: form.checkAnswer(item, a) });
    }
    if (st.settings.collectEmail && !options.email)
      throw new GasError("This form collects email addresses: give options.email.");
    const response: ResponseState = {
      id: this.k.newId("resp"),
      timestamp: options.timestamp ? new Date(options.timestamp) : this.k.now(),
      email: options.email ?? null,
      answers: list,
    };
    st.responses.push(response);

    const sheet = form.destinationSheet();
    if (sheet) {
      form.ensureDestinationColumns();
      const width = Math.max(sheet.getLastColumn(), 1);
      const row: Parsed[] = Array.from({ length: width }, () => ({}));
      // The answers as submitted, for e.namedValues ("values from the form submission").
      const submitted: Array<string | undefined> = Array.from({ length: width }, () => undefined);
      row[0] = { value: response.timestamp };
      if (st.settings.collectEmail) row[1] = { value: response.email ?? "" };
      for (const a of list) {
        const item = st.items.find((i) => i.id === a.itemId) as ItemState;
        const col = st.columns[item.id];
        if (!col) continue;
        const text = Array.isArray(a.value) ? a.value.join(", ") : a.value;
        // Forms stores answers as typed values, but never as formulas.
        const parsed = parseInput(text, undefined, sheet.spreadsheet.cellContext());
        row[col - 1] = parsed.formula !== undefined ? { value: text } : parsed;
        submitted[col - 1] = text;
      }
      const rowNumber = sheet.getLastRow() + 1;
      if (rowNumber > sheet.maxRows) sheet.insertRowsAfter(sheet.maxRows, 1);
      const range = sheet.rangeAt({ row: rowNumber, col: 1, numRows: 1, numCols: width });
      range.writeParsed([row]);
      const headers = sheet.rangeAt({ row: 1, col: 1, numRows: 1, numCols: width }).getDisplayValues()[0];
      const values = range.getDisplayValues()[0];
      values[0] = formatDate(response.timestamp, sheet.spreadsheet.tz, "dd.MM.yyyy H:mm:ss");
      const namedValues: Record<string, string[]> = {};
      // e.values are the row as the spreadsheet shows it; e.namedValues the answers as given, so an answer
      // «1.10» stays «1.10» there even where the sheet read it as a date (Triggers «Event objects»).
      headers.forEach((h, i) => (namedValues[h] = [submitted[i] ?? values[i]]));
      this.triggers.fire(
        "ON_FORM_SUBMIT",
        sheet.spreadsheet.id,
        (t) => ({
          authMode: "FULL",
          namedValues,
          range: api(range),
          source: api(sheet.spreadsheet),
          triggerUid: t.uid,
          values,
        }),
        afterTrigger,
      );
    }
    this.triggers.fire(
      "ON_FORM_SUBMIT",
      formId,
      (t) => ({
        authMode: "FULL",
        response: api(new EmuFormResponse(response, form, this.k.ctx)),
        source: api(form),
        triggerUid: t.uid,
      }),
      afterTrigger,
    );
    return response.id;
  }

  /**
   * What a respondent sees filled in when they open a pre-filled link: the form and the answers by item
   * title (an emulator hook for tests: follow a link as a person would).
   */
  prefilled(url: string): { formId: string; answers: Record<string, Answer> } {
    const m = /\/forms\/d\/e\/([^/?#]+)\/viewform\?(.*)$/.exec(url);
    const form = m ? this.forms.get(m[1]) : undefined;
    if (!m || !form) throw new GasError(`Not a pre-filled link of a known form: ${url}`);
    const answers: Record<string, Answer> = {};
    for (const part of m[2].split("&")) {
      const entry = /^entry\.(\d+)=(.*)$/.exec(part);
      if (!entry) continue;
      const item = form.state.items.find((i) => i.id === Number(entry[1]));
      if (!item) continue;
      const value = decodeURIComponent(entry[2].replace(/\+/g, " "));
      const known = answers[item.title];
      answers[item.title] = known === undefined ? value : [...(Array.isArray(known) ? known : [known]), value];
    }
    return { formId: m[1], answers };
  }

  save(): Json {
    return encode([...this.forms.values()].map((f) => f.state));
  }

  load(states: Json): void {
    for (const s of decode(states) as FormState[]) {
      const form = new EmuForm({ ...s, columns: { ...s.columns } }, this);
      this.forms.set(s.id, form);
      for (const i of s.items) this.nextItemId = Math.max(this.nextItemId, i.id + 1);
    }
  }
}

export class EmuFormApp {
  readonly ItemType = ItemType;
  readonly DestinationType = DestinationType;
  readonly PageNavigationType = PageNavigationType;
  readonly Alignment = { LEFT: "LEFT", CENTER: "CENTER", RIGHT: "RIGHT" };
  constructor(private readonly registry: FormRegistry) {
    counted(this, "FormApp", registry.k.ctx);
  }
  create(title: string): EmuForm {
    return this.registry.create(title);
  }
  openById(id: string): EmuForm {
    const f = this.registry.forms.get(id);
    if (!f) throw new GasError(`No item with the given ID could be found, or you do not have permission to access it.`);
    return f;
  }
  openByUrl(url: string): EmuForm {
    const m = /\/forms\/d\/(?:e\/)?([^/]+)/.exec(url);
    if (!m) throw new GasError("Invalid argument: url");
    return this.openById(m[1]);
  }
  getActiveForm(): null {
    return null;
  }
  getUi(): never {
    throw new GasError("Cannot call FormApp.getUi() from this context.");
  }
}
