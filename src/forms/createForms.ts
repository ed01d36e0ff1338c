/**
 * «Создать анкеты», cut into steps the sidebar drives one call at a time (creating a form is one service
 * call per item, slow in Apps Script): step i builds or updates questionnaire i; the first step also makes
 * sure of the submit trigger, the grey «no consent» rule, the registers' «Личный код» column, and (in
 * pseudonymous mode) codes instead of names in «Пары». Running it again updates the same forms.
 */
import { CuratorError } from "../domain/common/errors";
import { defaultRefs } from "../domain/participants";
import { QUESTIONNAIRE_ORDER, QUESTIONNAIRES, type FormKey } from "../domain/questionnaires";
import { SHEETS } from "../domain/workbook/sheets";
import type { Settings } from "../domain/workbook/settings";
import { readRefs } from "../sheets/refLists";
import { readSettings } from "../sheets/settings";
import { withDocumentLock } from "../sheets/lock";
import { ensureSheet, missingSheets } from "../sheets/setup";
import { zoneOf } from "../sheets/table";
import { buildForm } from "./buildForm";
import { baseLists, refreshChoiceLists, type BaseLists } from "./choiceLists";
import { ensureConsentFormatting } from "./consentFormat";
import { FORMS_TEXT } from "./messages";
import { pseudonymisePairs } from "./pseudonyms";
import { menteeRecords, mentorRecords, pairRefs } from "./records";
import { readRegistry, saveForm, saveState } from "./registry";
import { ensureSubmitTrigger } from "./trigger";
import { LiveWorkspace, SheetMissingError, type BlockKey } from "./workspace";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const FORM_COUNT = QUESTIONNAIRE_ORDER.length;

export interface StepResult {
  key: FormKey;
  title: string;
  done: number;
  total: number;
  created: boolean;
  progress: string;
  message: string;
  finished: boolean;
  url: string;
}

/** The register lists as they are now (key columns only); a missing register gives an empty list. */
export function currentLists(ss: Spreadsheet, settings: Settings): BaseLists {
  const ws = new LiveWorkspace(ss, defaultRefs(), settings);
  const rows = (key: BlockKey) => {
    try {
      return ws.block(key);
    } catch (error) {
      if (error instanceof SheetMissingError) return { key, rows: [], rowNumbers: [] };
      throw error;
    }
  };
  const m = rows("mentors");
  const e = rows("mentees");
  return baseLists(
    {
      mentors: mentorRecords(m.rows, m.rowNumbers),
      mentees: menteeRecords(e.rows, e.rowNumbers),
      pairs: pairRefs(rows("pairs").rows),
    },
    settings.pseudonymous,
  );
}

/**
 * The registers' columns the questionnaires write (an older workbook gets «Личный код», «Дата рождения», …
 * added at the end of the header), and codes instead of names in «Пары» when the mode is on.
 */
export function prepareWorkbook(ss: Spreadsheet, settings: Settings): void {
  withDocumentLock(() => {
    const result = { created: [], completed: [], unchanged: [] };
    for (const key of ["mentors", "mentees"] as const)
      if (ss.getSheetByName(SHEETS[key].name)) ensureSheet(ss, SHEETS[key], result);
    if (settings.pseudonymous) pseudonymisePairs(ss, zoneOf(ss));
  });
}

export function createFormStep(ss: Spreadsheet, index: number): StepResult {
  const key = QUESTIONNAIRE_ORDER[index];
  const props = PropertiesService.getDocumentProperties();
  const settings = readSettings(ss);
  if (index === 0) {
    // Answers are written into the workbook's sheets: no questionnaire before they exist.
    if (missingSheets(ss).length) throw new CuratorError(FORMS_TEXT.sheetsFirst);
    ensureSubmitTrigger(ss);
    ensureConsentFormatting(ss);
    prepareWorkbook(ss, settings);
  }
  const previous = readRegistry(props).forms[key];
  // Building takes long: the document lock is held only to record the result.
  const built = buildForm(ss, key, previous, readRefs(ss));
  const hasLists = QUESTIONNAIRES[key].items.some((i) => i.choices?.from === "base");
  const lists = hasLists ? currentLists(ss, settings) : {};
  withDocumentLock(() => {
    const { state } = readRegistry(props);
    saveForm(props, key, built.record);
    for (const item of built.newItems) delete state.lists[`${key}.${item}`];
    if (built.created) for (const k of Object.keys(state.lists)) if (k.startsWith(`${key}.`)) delete state.lists[k];
    if (hasLists) refreshChoiceLists({ [key]: built.record }, lists, state);
    saveState(props, state);
  });
  const done = index + 1;
  return {
    key,
    title: QUESTIONNAIRES[key].title,
    done,
    total: FORM_COUNT,
    created: built.created,
    progress: FORMS_TEXT.progress(done, FORM_COUNT),
    message: FORMS_TEXT.stepDone(QUESTIONNAIRES[key].title, built.created),
    finished: done === FORM_COUNT,
    url: built.record.url,
  };
}

/** «Обновить списки в анкетах»: every register list written again into every form that has one. */
export function refreshAllLists(ss: Spreadsheet): number {
  const props = PropertiesService.getDocumentProperties();
  const settings = readSettings(ss);
  prepareWorkbook(ss, settings);
  const lists = currentLists(ss, settings);
  return withDocumentLock(() => {
    const { forms, state } = readRegistry(props);
    const written = refreshChoiceLists(forms, lists, state, true);
    saveState(props, state);
    return written;
  });
}
