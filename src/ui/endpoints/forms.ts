/**
 * Sidebar endpoints of the «Анкеты» view: create/update the forms step by step, retry the log, refresh lists;
 * personal links; possible duplicates (merge or keep apart); the history of overwritten values (restore).
 */
import * as z from "zod";
import { createFormStep, FORM_COUNT, refreshAllLists } from "../../forms/createForms";
import { listDuplicates, resolveDuplicate } from "../../forms/duplicatesReview";
import { listHistory, restoreHistory } from "../../forms/historyReview";
import { FORMS_TEXT } from "../../forms/messages";
import { formsOverview } from "../../forms/overview";
import { personalLinks } from "../../forms/personalLinks";
import { RETRY_CHUNK, retryLog } from "../../forms/retry";
import { readSettings } from "../../sheets/settings";
import { endpoint, NoInput } from "../endpoint";

const active = () => SpreadsheetApp.getActiveSpreadsheet();
const sheetRow = z.number().int().min(2);

export const FORMS_ENDPOINTS = {
  formsOverview: endpoint("formsOverview", NoInput, () => {
    const ss = active();
    return formsOverview(ss, readSettings(ss).pseudonymous);
  }),

  /** One questionnaire per call (index 0…6): the sidebar shows «3 из 7» between calls. */
  createFormsStep: endpoint(
    "createFormsStep",
    z
      .object({
        index: z
          .number()
          .int()
          .min(0)
          .max(FORM_COUNT - 1),
      })
      .strict(),
    ({ index }) => createFormStep(active(), index),
  ),

  /**
   * One chunk of «Повторить обработку»: the sidebar calls again with the returned cursor (and the totals so
   * far) until `done`, showing the progress between calls.
   */
  retryFormAnswers: endpoint(
    "retryFormAnswers",
    z
      .object({
        cursor: z
          .object({
            sheets: z.array(z.number().int()).max(100),
            index: z.number().int().min(0).max(100),
            row: z.number().int().min(2).max(10_000_000),
          })
          .strict()
          .optional(),
        limit: z.number().int().min(1).max(RETRY_CHUNK).optional(),
        before: z.object({ processed: z.number().int().min(0), still: z.number().int().min(0) }).optional(),
      })
      .strict(),
    (input) => retryLog(active(), input),
  ),

  refreshFormLists: endpoint("refreshFormLists", NoInput, () => {
    const items = refreshAllLists(active());
    return { items, message: FORMS_TEXT.listsDone(items) };
  }),

  /** Codes for everyone who has none, and the people and templates the sidebar builds the links from. */
  personalLinks: endpoint(
    "personalLinks",
    z
      .object({
        role: z.enum(["all", "mentor", "mentee"]).default("all"),
        grade: z.string().max(40).default(""),
      })
      .strict(),
    (input) => personalLinks(active(), input),
  ),

  listDuplicates: endpoint("listDuplicates", NoInput, () => {
    const ss = active();
    return listDuplicates(ss, readSettings(ss).pseudonymous);
  }),

  resolveDuplicate: endpoint(
    "resolveDuplicate",
    z.object({ row: sheetRow, decision: z.enum(["merged", "apart"]) }).strict(),
    ({ row, decision }) => resolveDuplicate(active(), row, decision),
  ),

  listHistory: endpoint("listHistory", NoInput, () => {
    const ss = active();
    return listHistory(ss, readSettings(ss).pseudonymous);
  }),

  restoreHistory: endpoint("restoreHistory", z.object({ row: sheetRow }).strict(), ({ row }) =>
    restoreHistory(active(), row),
  ),
};

export type { FormsOverviewDto, LogEntryDto, FormSummaryDto } from "../../forms/overview";
export type { PersonalLinksDto } from "../../forms/personalLinks";
export type { DuplicatesDto, DuplicateDto } from "../../forms/duplicatesReview";
export type { HistoryDto, HistoryEntryDto } from "../../forms/historyReview";
