/** What every view gets: the typed RPC, the latest state, and ways to report progress. */
import type { SidebarState } from "../src/ui/endpoints/index";
import type { Rpc } from "./rpc";

export interface ViewContext {
  rpc: Rpc;
  state: SidebarState;
  setStatus(text: string): void;
  refresh(): Promise<void>;
  /** A message that stays at the top of the view across the next refresh. */
  notify(kind: "ok" | "error" | "warn", text: string): void;
  /** Select a cell in the workbook (links in lists). */
  goTo(sheet: string, row: number, column?: number): void;
  /** Switch to another view of the panel, with an intent to carry out there (the checklist's steps). */
  open(viewId: string, intent?: string): void;
}

export interface View {
  id: string;
  title: string;
  render(root: HTMLElement, ctx: ViewContext): void | Promise<void>;
}
