/**
 * The page's calls to the workbench server. A call of the script may stop at a dialog: `withDialogs`
 * asks the person (dialogs.ts) and calls again with the answers, until the script finishes.
 */
import type { CallResult, DialogAnswer, PendingDialog, WorkbenchState } from "../app";
import type { SheetSnapshot } from "../sheets/snapshot";

export type { CallResult, DialogAnswer, PendingDialog, WorkbenchState, SheetSnapshot };

async function post<T>(url: string, body: unknown = {}): Promise<T> {
  const r = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return r.json() as Promise<T>;
}

export const api = {
  state: async (): Promise<WorkbenchState> => (await fetch("/api/state")).json(),
  sheet: async (name: string): Promise<SheetSnapshot | null> =>
    (await fetch(`/api/sheet?name=${encodeURIComponent(name)}`)).json(),
  menu: (fn: string, answers: DialogAnswer[]) => post<CallResult>("/api/menu", { fn, answers }),
  edit: (sheet: string, a1: string, value: string, answers: DialogAnswer[]) =>
    post<CallResult>("/api/edit", { sheet, a1, value, answers }),
  save: () => post<{ ok: boolean; file?: string; error?: string }>("/api/save"),
  load: () => post<{ ok: boolean; file?: string; error?: string }>("/api/load"),
  reset: () => post<{ ok: boolean; error?: string }>("/api/reset"),
  workbook: (id: string) => post<{ ok: boolean }>("/api/workbook", { id }),
};

/** Run a call of the script, answering its dialogs with `ask`, and give its final result. */
export async function withDialogs(
  call: (answers: DialogAnswer[]) => Promise<CallResult>,
  ask: (dialog: PendingDialog) => Promise<DialogAnswer>,
): Promise<{ ok: true; result: unknown } | { ok: false; error: string }> {
  const answers: DialogAnswer[] = [];
  for (;;) {
    const r = await call(answers);
    if (r.ok || !("dialog" in r)) return r;
    answers.push(await ask(r.dialog));
  }
}
