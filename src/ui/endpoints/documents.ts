/** Sidebar endpoints of the «Документы» view. */
import * as z from "zod";
import { isIsoDate } from "../../domain/common/dates";
import { DOCUMENT_KINDS } from "../../domain/documents/index";
import { createDocument, createTemplateCopy, documentsOverview, linkOrder, undoOrderLink } from "../documents";
import { endpoint, NoInput } from "../endpoint";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

const Kind = z.enum(DOCUMENT_KINDS);
const IsoDay = z.string().refine(isIsoDate, { message: "ожидается дата ГГГГ-ММ-ДД" });

export const DOCUMENT_ENDPOINTS = {
  documentsOverview: endpoint("documentsOverview", NoInput, () => documentsOverview(active(), new Date())),

  createDocument: endpoint(
    "createDocument",
    z
      .object({
        kind: Kind,
        date: IsoDay,
        allowNames: z.boolean().optional(),
        selection: z.array(z.string().min(1).max(40)).max(2000).optional(),
      })
      .strict(),
    (request) => createDocument(active(), request, new Date()),
  ),

  createTemplateCopy: endpoint("createTemplateCopy", z.object({ kind: Kind }).strict(), ({ kind }) =>
    createTemplateCopy(active(), kind),
  ),

  linkOrder: endpoint("linkOrder", z.object({ kind: Kind }).strict(), ({ kind }) => linkOrder(active(), kind)),

  undoOrderLink: endpoint("undoOrderLink", NoInput, () => undoOrderLink(active())),
};
