/** Sidebar endpoints of the «Анкеты» view: create/update the forms step by step, retry the log, refresh lists. */
import * as z from "zod";
import { createFormStep, FORM_COUNT, refreshAllLists } from "../../forms/createForms";
import { FORMS_TEXT } from "../../forms/messages";
import { formsOverview } from "../../forms/overview";
import { retryLog } from "../../forms/retry";
import { readSettings } from "../../sheets/settings";
import { endpoint, NoInput } from "../endpoint";

const active = () => SpreadsheetApp.getActiveSpreadsheet();

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

  retryFormAnswers: endpoint("retryFormAnswers", NoInput, () => retryLog(active())),

  refreshFormLists: endpoint("refreshFormLists", NoInput, () => {
    const items = refreshAllLists(active());
    return { items, message: FORMS_TEXT.listsDone(items) };
  }),
};

export type { FormsOverviewDto, LogEntryDto, FormSummaryDto } from "../../forms/overview";
