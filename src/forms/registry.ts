/**
 * Which form is which, kept in the document properties (they travel with the workbook): one property per
 * questionnaire (`cmn.form.<key>`) holding its form id, the response sheet, and its items by stable key,
 * plus one property of running state (counts, hashes of the choice lists, the highest IDs ever given).
 * Everything read back goes through zod: a damaged property is treated as missing, never trusted.
 */
import * as z from "zod";
import { isFormKey, type FormKey } from "../domain/questionnaires";

type Properties = GoogleAppsScript.Properties.Properties;

const PREFIX = "cmn.form.";
const STATE_KEY = "cmn.forms.state";

const FormRecordSchema = z.object({
  formId: z.string().min(1),
  sheetId: z.number().int().nullable(),
  sheetName: z.string(),
  url: z.string(),
  editUrl: z.string(),
  /** Item key → [Forms item id, fingerprint of what was written]. Sections are keyed «§<section key>». */
  items: z.record(z.string(), z.tuple([z.number().int(), z.string()])),
  /** Keys in form order, as last written: no reordering needed while it matches the definition. */
  order: z.array(z.string()),
  /** The pre-filled link of the personal-code item with PREFILL_SENTINEL as the code (links.ts). */
  prefill: z.object({ itemId: z.number().int(), url: z.string() }).optional(),
});
export type FormRecord = z.infer<typeof FormRecordSchema>;

const StateSchema = z.object({
  counts: z.record(z.string(), z.object({ accepted: z.number().int(), logged: z.number().int() })).default({}),
  /** Hash of each choice list as last written to the forms (see choiceLists.ts). */
  lists: z.record(z.string(), z.string()).default({}),
  /** The highest number ever given per ID prefix: a deleted person's code never comes back. */
  maxIds: z.record(z.string(), z.number().int()).default({}),
});
export type FormsState = z.infer<typeof StateSchema>;

export type Registry = Partial<Record<FormKey, FormRecord>>;

function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Everything from one getProperties() result (one service call for the caller). */
export function registryFrom(all: Record<string, string>): { forms: Registry; state: FormsState } {
  const forms: Registry = {};
  for (const [name, value] of Object.entries(all)) {
    if (!name.startsWith(PREFIX)) continue;
    const key = name.slice(PREFIX.length);
    if (!isFormKey(key)) continue;
    const parsed = FormRecordSchema.safeParse(parseJson(value));
    if (parsed.success) forms[key] = parsed.data;
  }
  const state = StateSchema.safeParse(parseJson(all[STATE_KEY]) ?? {});
  return { forms, state: state.success ? state.data : StateSchema.parse({}) };
}

export function readRegistry(props: Properties): { forms: Registry; state: FormsState } {
  return registryFrom(props.getProperties());
}

export function saveForm(props: Properties, key: FormKey, record: FormRecord): void {
  props.setProperty(PREFIX + key, JSON.stringify(record));
}

export function saveState(props: Properties, state: FormsState): void {
  props.setProperty(STATE_KEY, JSON.stringify(state));
}

/** The questionnaire whose answers land in this sheet: by sheet id (survives renaming), else by name. */
export function formBySheet(forms: Registry, sheetId: number, sheetName: string): FormKey | undefined {
  const entries = Object.entries(forms) as Array<[FormKey, FormRecord]>;
  return entries.find(([, r]) => r.sheetId === sheetId)?.[0] ?? entries.find(([, r]) => r.sheetName === sheetName)?.[0];
}
