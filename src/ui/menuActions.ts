/** What the menu items do. Most open the sidebar on the right view; the panel does the work. */
import { setupWorkbook } from "../sheets/setup";
import { createMunicipalWorkbook } from "./endpoints/municipal";
import { buildReport } from "./endpoints/report";
import { withDocumentLock } from "../sheets/lock";
import { UI_TEXT } from "./messages";
import { showSidebar } from "./sidebar";

export function menuSetupWorkbook(): void {
  const result = withDocumentLock(() => setupWorkbook(SpreadsheetApp.getActiveSpreadsheet()));
  SpreadsheetApp.getActiveSpreadsheet().toast(
    UI_TEXT.setupDone(result.created.length, result.completed.length),
    UI_TEXT.sidebarTitle,
    8,
  );
}

export const menuCheckWorkbook = () => showSidebar("check");
export const menuImportRoadmap = () => showSidebar("roadmap");
export const menuCreateForms = () => showSidebar("forms");
export const menuMatchPairs = () => showSidebar("pairs");
export function menuBuildReport(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast(buildReport(ss).message, UI_TEXT.sidebarTitle, 10);
}

/** The school's snapshot and the coordinator's collection both live in the panel's «Муниципалитет» view. */
export const menuSendSnapshot = () => showSidebar("municipal");
export const menuCollect = () => showSidebar("municipal");
export function menuCreateMunicipal(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast(createMunicipalWorkbook(ss).message, UI_TEXT.sidebarTitle, 10);
  showSidebar("municipal");
}
