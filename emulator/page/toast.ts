/**
 * Toasts as Sheets shows them: bottom right, a title and a message, gone after the script's timeout
 * (5 s by default; a negative timeout stays until closed). A newer toast replaces the one shown.
 */
import { $, el } from "./dom";
import { PAGE_TEXT as T } from "./texts";

const DEFAULT_SECONDS = 5;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastSeq: string | null = null;
let started = false;

export function showToast(message: string, title = "", timeoutSeconds = DEFAULT_SECONDS): void {
  const root = $("toast");
  if (timer) clearTimeout(timer);
  const close = Object.assign(el("button", { class: "x", "aria-label": T.close, title: T.close }, "✕"), {
    onclick: () => hide(),
  });
  root.replaceChildren(
    el("div", { class: "toast-body" }, title ? el("b", {}, title) : null, el("span", {}, message)),
    close,
  );
  root.hidden = false;
  const seconds = timeoutSeconds === 0 || timeoutSeconds === undefined ? DEFAULT_SECONDS : timeoutSeconds;
  if (seconds > 0) timer = setTimeout(hide, seconds * 1000);
}

function hide(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  const root = $("toast");
  root.hidden = true;
  root.replaceChildren();
}

/** Show the script's latest toast once (state polling sees it many times). */
export function followToast(
  toast: { seq: string; message: string; title: string; timeoutSeconds: number } | null,
): void {
  // A toast from before the page was opened is old news.
  const first = !started;
  started = true;
  if (!toast || toast.seq === lastSeq) return;
  lastSeq = toast.seq;
  if (!first) showToast(toast.message, toast.title, toast.timeoutSeconds);
}
