/** What the menu items do. Most open the sidebar on the right view; the panel does the work. */
import { setupWorkbook } from "../sheets/setup";
import { buildReport } from "./endpoints/report";
import { withDocumentLock } from "./lock";
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
