/**
 * Opens the sidebar: dist/sidebar.html, one self-contained file built from sidebar/. A menu item may open
 * it on a view with an intent — run the view's main action, or put the focus where the curator must
 * type — so that every menu item visibly acts. Showing the sidebar again replaces an open one (Apps
 * Script reloads it), so this works when the panel is already open.
 */
import { UI_TEXT } from "./messages";

export const SIDEBAR_FILE = "sidebar";
const INTENT_PROPERTY = "cmn.sidebar.view";

/** What the view does on opening: `run` its main action, `focus` the field to fill, or a view's own intent. */
export type SidebarAction = string;

export function showSidebar(view?: string, action?: SidebarAction): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(UI_TEXT.sidebarTitle);
  // The sidebar reads the view to open from its own state endpoint; remember it for this user.
  if (view) PropertiesService.getUserProperties().setProperty(INTENT_PROPERTY, JSON.stringify({ view, action }));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The intent a menu item left for the sidebar, read once (the next opening starts plain). */
export function takeSidebarIntent(): { view: string | null; action: SidebarAction | null } {
  const props = PropertiesService.getUserProperties();
  const raw = props.getProperty(INTENT_PROPERTY);
  if (!raw) return { view: null, action: null };
  props.deleteProperty(INTENT_PROPERTY);
  try {
    const parsed = JSON.parse(raw) as { view?: unknown; action?: unknown };
    const action = typeof parsed.action === "string" && /^[a-z]{1,20}$/.test(parsed.action) ? parsed.action : null;
    return { view: typeof parsed.view === "string" ? parsed.view : null, action };
  } catch {
    return { view: raw, action: null };
  }
}
