/**
 * What the menu items do. Each one visibly acts: it opens the panel on its view and starts the view's
 * action there (with its progress and messages), or puts the focus on what the curator must fill.
 * Opening the panel again replaces an open one, so this works when the panel is already open.
 */
import { setupWorkbook } from "../sheets/setup";
import { createMunicipalWorkbook } from "./endpoints/municipal";
import { withDocumentLock } from "../sheets/lock";
import { UI_TEXT } from "./messages";
import { showSidebar } from "./sidebar";

/** Quick and safe to repeat, so it runs at once; the checklist then shows the next step. */
export function menuSetupWorkbook(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const result = withDocumentLock(() => setupWorkbook(ss));
  ss.toast(UI_TEXT.setupDone(result.created.length, result.completed.length), UI_TEXT.sidebarTitle, 8);
  showSidebar("overview", "focus");
}

export const menuCheckWorkbook = () => showSidebar("check", "run");
export const menuImportRoadmap = () => showSidebar("roadmap", "focus");
export const menuCreateForms = () => showSidebar("forms", "run");
export const menuMatchPairs = () => showSidebar("pairs", "run");
export const menuBuildReport = () => showSidebar("report", "run");

/** The school's snapshot and the coordinator's collection both live in the panel's «Муниципалитет» view. */
export const menuSendSnapshot = () => showSidebar("municipal", "snapshot");
export const menuCollect = () => showSidebar("municipal", "collect");
export function menuCreateMunicipal(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast(createMunicipalWorkbook(ss).message, UI_TEXT.sidebarTitle, 10);
  showSidebar("municipal");
}
