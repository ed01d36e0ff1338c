/**
 * Modal dialogs as Sheets shows them over the grid: the script's alerts and prompts (answered with the
 * button names Apps Script returns: OK, CANCEL, YES, NO, CLOSE) and the page's own confirmations.
 * One dialog at a time; Escape or the cross closes it (CLOSE), as in Sheets.
 */
import type { DialogAnswer, PendingDialog } from "./api";
import { $, el } from "./dom";
import { PAGE_TEXT as T } from "./texts";

const BUTTONS: Record<string, string[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

interface DialogSpec {
  title: string;
  text: string;
  input?: boolean;
  /** [value returned, label]; the first is the default (Enter). */
  buttons: Array<[string, string]>;
  kind?: "error";
}

function show(spec: DialogSpec): Promise<DialogAnswer> {
  const root = $("dialog-root");
  const previous = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const input = spec.input ? el("input", { type: "text", id: "dialog-input", "aria-label": spec.text }) : null;
    const done = (button: string) => {
      root.replaceChildren();
      root.hidden = true;
      document.removeEventListener("keydown", onKey, true);
      previous?.focus?.();
      resolve({ button, text: input ? input.value : "" });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        done("CLOSE");
      } else if (e.key === "Enter" && (e.target === input || e.target === document.body)) {
        e.preventDefault();
        done(spec.buttons[0][0]);
      }
    };
    const titleId = "dialog-title";
    const buttons = spec.buttons.map(([value, label], i) =>
      Object.assign(el("button", { class: i === 0 ? "primary" : "", "data-answer": value }, label), {
        onclick: () => done(value),
      }),
    );
    const close = Object.assign(el("button", { class: "x", "aria-label": T.close, title: T.close }, "✕"), {
      onclick: () => done("CLOSE"),
    });
    const box = el(
      "div",
      {
        class: `dialog${spec.kind === "error" ? " error" : ""}`,
        role: spec.kind === "error" ? "alertdialog" : "dialog",
        "aria-modal": "true",
        "aria-labelledby": titleId,
      },
      el("div", { class: "dialog-head" }, el("h2", { id: titleId }, spec.title || " "), close),
      el("p", { class: "dialog-text" }, spec.text),
      input,
      el("div", { class: "dialog-buttons" }, ...buttons),
    );
    root.replaceChildren(box);
    root.hidden = false;
    document.addEventListener("keydown", onKey, true);
    (input ?? buttons[0]).focus();
  });
}

/** An alert or prompt of the script. */
export function askScriptDialog(d: PendingDialog): Promise<DialogAnswer> {
  const names = BUTTONS[d.buttons] ?? ["OK"];
  return show({
    title: d.title,
    text: d.prompt,
    input: d.kind === "prompt",
    buttons: names.map((n) => [n, T.buttons[n] ?? n]),
  });
}

/** The page's own question before a destructive action: true when the person confirms. */
export async function confirmAction(title: string, text: string, yes: string): Promise<boolean> {
  const answer = await show({
    title,
    text,
    buttons: [
      ["YES", yes],
      ["NO", T.cancel],
    ],
  });
  return answer.button === "YES";
}

/** An error the person must read (a script's failure, a rejected edit). */
export async function showError(title: string, text: string): Promise<void> {
  await show({ title, text, buttons: [["OK", T.buttons.OK]], kind: "error" });
}
