/** Core sidebar endpoints: the panel's state, creating the workbook, following a link to a cell. */
import * as z from "zod";
import { restoreStructure } from "../../sheets/structureGuard";
import { defaultSettings } from "../../domain/workbook/settings";
import { SHEETS } from "../../domain/workbook/sheets";
import { setupWorkbook, sheetsMissingFrom } from "../../sheets/setup";
import { runChecks } from "../check/index";
import { readSettings } from "../../sheets/settings";
import { endpoint, NoInput } from "../endpoint";
import { UserFacingError } from "../../domain/common/errors";
import { withDocumentLock } from "../../sheets/lock";
import { UI_TEXT } from "../messages";
import { takeSidebarIntent } from "../sidebar";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

export interface SidebarState {
  organisation: string;
  ready: boolean;
  missingSheets: string[];
  pseudonymous: boolean;
  /** The view a menu item opened the panel on, and what to do there (run its action, or focus a field). */
  view: string | null;
  action: string | null;
}

const SheetLink = z.object({
  sheet: z.string().min(1).max(100),
  row: z.number().int().min(1).max(10_000_000),
  column: z.number().int().min(1).max(18_278).optional(),
});
export type SheetLinkDto = z.infer<typeof SheetLink>;

export const CORE_ENDPOINTS = {
  getSidebarState: endpoint("getSidebarState", NoInput, (): SidebarState => {
    const ss = active();
    const existing = new Set(ss.getSheets().map((s) => s.getName()));
    const missingSheets = sheetsMissingFrom(existing);
    const settings = existing.has(SHEETS.settings.name) ? readSettings(ss) : defaultSettings();
    const { view, action } = takeSidebarIntent();
    return {
      organisation: settings.organisation,
      ready: missingSheets.length === 0,
      missingSheets,
      pseudonymous: settings.pseudonymous,
      view,
      action,
    };
  }),

  setupWorkbook: endpoint("setupWorkbook", NoInput, () =>
    withDocumentLock(() => {
      const result = setupWorkbook(active());
      return { ...result, message: UI_TEXT.setupDone(result.created.length, result.completed.length) };
    }),
  ),

  checkWorkbook: endpoint("checkWorkbook", NoInput, () => runChecks(active())),

  /** «Восстановить заголовки» in the check view: damaged headers and missing sheets made whole, no data written. */
  restoreStructure: endpoint("restoreStructure", NoInput, () => withDocumentLock(() => restoreStructure(active()))),

  /** A link in the sidebar: select the cell it names. */
  selectCell: endpoint("selectCell", SheetLink, (link) => {
    const ss = active();
    const sheet = ss.getSheetByName(link.sheet);
    if (!sheet) throw new UserFacingError(UI_TEXT.sheetMissing(link.sheet));
    if (link.row > sheet.getMaxRows()) throw new UserFacingError(UI_TEXT.noSuchCell(link.sheet, link.row));
    sheet.activate();
    sheet.getRange(link.row, link.column ?? 1).activate();
    return { ok: true as const };
  }),
};
