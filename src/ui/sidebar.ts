/** Opens the sidebar: dist/sidebar.html, one self-contained file built from sidebar/. */
import { UI_TEXT } from "./messages";

export const SIDEBAR_FILE = "sidebar";

export function showSidebar(view?: string): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(UI_TEXT.sidebarTitle);
  if (view) {
    // The sidebar reads the view to open from its own state endpoint; remember it for this user.
    PropertiesService.getUserProperties().setProperty("cmn.sidebar.view", view);
  }
  SpreadsheetApp.getUi().showSidebar(html);
}
