/**
 * «Создать анкеты», cut into steps the sidebar drives one call at a time (creating a form is one service
 * call per item, slow in Apps Script): step i builds or updates questionnaire i; the first step also makes
 * sure of the submit trigger and the grey «no consent» rule. Running it again updates the same forms.
 */
import { CuratorError } from "../domain/common/errors";
import { parseYesNo } from "../domain/common/normalise";
import { defaultRefs } from "../domain/participants";
import { QUESTIONNAIRE_ORDER, QUESTIONNAIRES, type FormKey } from "../domain/questionnaires";
import { readRefs } from "../sheets/refLists";
import { readSettings } from "../sheets/settings";
import { missingSheets } from "../sheets/setup";
import { withDocumentLock } from "../sheets/lock";
import { buildForm } from "./buildForm";
import { baseLists, refreshChoiceLists, type BaseLists } from "./choiceLists";
import { ensureConsentFormatting } from "./consentFormat";
import { FORMS_TEXT } from "./messages";
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

function pseudonymous(ss: Spreadsheet): boolean {
  return parseYesNo(readSettings(ss).pseudonymous) === true;
}

/** The register lists as they are now (key columns only); a missing register gives an empty list. */
export function currentLists(ss: Spreadsheet, pseudo: boolean): BaseLists {
  const ws = new LiveWorkspace(ss, defaultRefs(), pseudo);
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
    pseudo,
  );
}

export function createFormStep(ss: Spreadsheet, index: number): StepResult {
  const key = QUESTIONNAIRE_ORDER[index];
  const props = PropertiesService.getDocumentProperties();
  if (index === 0) {
    // Answers are written into the workbook's sheets: no questionnaire before they exist.
    if (missingSheets(ss).length) throw new CuratorError(FORMS_TEXT.sheetsFirst);
    ensureSubmitTrigger(ss);
    ensureConsentFormatting(ss);
  }
  const previous = readRegistry(props).forms[key];
  // Building takes long: the document lock is held only to record the result.
  const built = buildForm(ss, key, previous, readRefs(ss));
  const hasLists = QUESTIONNAIRES[key].items.some((i) => i.choices?.from === "base");
  const lists = hasLists ? currentLists(ss, pseudonymous(ss)) : {};
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
  const lists = currentLists(ss, pseudonymous(ss));
  return withDocumentLock(() => {
    const { forms, state } = readRegistry(props);
    const written = refreshChoiceLists(forms, lists, state, true);
    saveState(props, state);
    return written;
  });
}
