/**
 * The add-on menu. onOpen runs in AuthMode.NONE before the add-on is authorised: it may only build the
 * menu, so it touches nothing but SpreadsheetApp.getUi(). createAddonMenu, not createMenu: a published
 * Editor add-on may only add its menu under Extensions, titled with the add-on's name (appsscript.json's
 * addOns.common.name); a script bound to one spreadsheet gets the same menu there.
 */
import { UI_TEXT } from "./messages";

/** Menu item → the global function it calls (each exported from main.ts). */
export const MENU_ITEMS: ReadonlyArray<{ label: string; fn: string } | "separator"> = [
  { label: UI_TEXT.menu.openPanel, fn: "showSidebar" },
  "separator",
  { label: UI_TEXT.menu.setup, fn: "menuSetupWorkbook" },
  { label: UI_TEXT.menu.check, fn: "menuCheckWorkbook" },
  { label: UI_TEXT.menu.importRoadmap, fn: "menuImportRoadmap" },
  { label: UI_TEXT.menu.forms, fn: "menuCreateForms" },
  { label: UI_TEXT.menu.match, fn: "menuMatchPairs" },
  { label: UI_TEXT.menu.report, fn: "menuBuildReport" },
  "separator",
  { label: UI_TEXT.menu.sendSnapshot, fn: "menuSendSnapshot" },
  { label: UI_TEXT.menu.createMunicipal, fn: "menuCreateMunicipal" },
  { label: UI_TEXT.menu.collect, fn: "menuCollect" },
];

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item === "separator") menu.addSeparator();
    else menu.addItem(item.label, item.fn);
  }
  menu.addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
