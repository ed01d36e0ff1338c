/** Ui: menus are recorded, alerts and prompts answer from a script of answers, dialogs are recorded. */
import { counted } from "../core/calls";
import type { CallContext } from "../core/calls";
import { GasError, GAS_MESSAGES } from "../core/errors";
import type { EmuHtmlOutput } from "./html";

export const Button = { CLOSE: "CLOSE", OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO" } as const;
export const ButtonSet = {
  OK: "OK",
  OK_CANCEL: "OK_CANCEL",
  YES_NO: "YES_NO",
  YES_NO_CANCEL: "YES_NO_CANCEL",
} as const;
const BUTTONS: Record<string, string[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

export type MenuEntry =
  | { kind: "item"; caption: string; functionName: string }
  | { kind: "separator" }
  | { kind: "submenu"; caption: string; items: MenuEntry[] };

export interface RecordedMenu {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface RecordedDialog {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  buttons: string;
  answer: { button: string; text: string };
}

export class EmuMenu {
  readonly items: MenuEntry[] = [];
  constructor(
    readonly title: string,
    private readonly ui: EmuUiImpl,
    readonly addon: boolean,
    private readonly sub: boolean,
    ctx: CallContext,
  ) {
    counted(this, "Menu", ctx);
  }
  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== "string" || !/^[A-Za-z_$][\w$.]*$/.test(functionName))
      throw new GasError(GAS_MESSAGES.invalidArgument("functionName"));
    this.items.push({ kind: "item", caption: String(caption), functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push({ kind: "separator" });
    return this;
  }
  addSubMenu(menu: EmuMenu): this {
    this.items.push({ kind: "submenu", caption: menu.title, items: menu.items });
    return this;
  }
  addToUi(): void {
    if (this.sub) throw new GasError("A sub-menu cannot be added to the UI on its own.");
    this.ui.menus = this.ui.menus.filter((m) => !(m.title === this.title && m.addon === this.addon));
    this.ui.menus.push({ title: this.title, addon: this.addon, items: this.items });
  }
}

export interface EmuUi {
  menus: RecordedMenu[];
  dialogs: RecordedDialog[];
  /** The last HtmlOutput shown with showSidebar. */
  sidebar: EmuHtmlOutput | null;
  modals: Array<{ html: EmuHtmlOutput; title: string; modal: boolean }>;
  toasts: Array<{ message: string; title: string; timeoutSeconds: number }>;
  /** Queue the answer to the next alert or prompt (default: the first button of the set, e.g. OK). */
  answer(button: string, text?: string): void;
  /**
   * Interactive mode (the workbench page): an alert or prompt with no queued answer is not answered by
   * default; the call is stopped with DialogPending and the dialog is kept in `pending` for a person.
   */
  interactive: boolean;
  pending: Omit<RecordedDialog, "answer"> | null;
  /** Drop queued answers (a call ended). */
  clearAnswers(): void;
}

/** Thrown by an unanswered alert or prompt in interactive mode; the caller reads `ui.pending`. */
export class DialogPending extends Error {
  constructor(readonly dialog: Omit<RecordedDialog, "answer">) {
    super(`Emulator: the dialog «${dialog.prompt}» waits for an answer`);
    this.name = "DialogPending";
  }
}

export class EmuUiImpl implements EmuUi {
  menus: RecordedMenu[] = [];
  dialogs: RecordedDialog[] = [];
  sidebar: EmuHtmlOutput | null = null;
  modals: Array<{ html: EmuHtmlOutput; title: string; modal: boolean }> = [];
  toastSource: () => Array<{ message: string; title: string; timeoutSeconds: number }> = () => [];
  interactive = false;
  pending: Omit<RecordedDialog, "answer"> | null = null;
  private answers: Array<{ button: string; text: string }> = [];
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly ctx: CallContext,
    private readonly addonName: string,
  ) {
    counted(this, "Ui", ctx);
  }

  get toasts(): Array<{ message: string; title: string; timeoutSeconds: number }> {
    return this.toastSource();
  }

  answer(button: string, text = ""): void {
    this.answers.push({ button, text });
  }

  clearAnswers(): void {
    this.answers = [];
  }

  private next(
    buttons: string,
    kind: "alert" | "prompt",
    title: string,
    prompt: string,
  ): { button: string; text: string } {
    const allowed = BUTTONS[buttons];
    if (!allowed) throw new GasError(GAS_MESSAGES.invalidArgument("buttons"));
    const queued = this.answers.shift();
    if (!queued && this.interactive) {
      this.pending = { kind, title, prompt, buttons };
      throw new DialogPending(this.pending);
    }
    const answer = queued ?? { button: allowed[0], text: "" };
    if (answer.button !== "CLOSE" && !allowed.includes(answer.button)) {
      throw new Error(`Emulator: scripted answer ${answer.button} is not a button of ${buttons}`);
    }
    this.dialogs.push({ kind, title, prompt, buttons, answer });
    return answer;
  }

  createMenu(caption: string): EmuMenu {
    return new EmuMenu(String(caption), this, false, false, this.ctx);
  }
  createAddonMenu(): EmuMenu {
    return new EmuMenu(this.addonName, this, true, false, this.ctx);
  }
  /** Sub-menus are made with createMenu too; they are flagged when added with addSubMenu. */
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt, buttons] =
      c !== undefined ? [a, b ?? "", c] : b !== undefined && b in BUTTONS ? ["", a, b] : ["", a, "OK"];
    return this.next(buttons, "alert", title, prompt).button;
  }
  prompt(a: string, b?: string, c?: string): { getResponseText(): string; getSelectedButton(): string } {
    const [title, prompt, buttons] =
      c !== undefined
        ? [a, b ?? "", c]
        : b !== undefined && b in BUTTONS
          ? ["", a, b]
          : b !== undefined
            ? [a, b, "OK"]
            : ["", a, "OK"];
    const answer = this.next(buttons, "prompt", title, prompt);
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }
  showSidebar(html: EmuHtmlOutput): void {
    this.sidebar = html;
  }
  showModalDialog(html: EmuHtmlOutput, title: string): void {
    this.modals.push({ html, title: String(title), modal: true });
  }
  showModelessDialog(html: EmuHtmlOutput, title: string): void {
    this.modals.push({ html, title: String(title), modal: false });
  }
}
