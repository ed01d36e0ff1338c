/**
 * Choice lists built from the registers (people and pairs), written into the forms. Cheap on purpose: a
 * list is written only when its content changed since it was last written (a hash per item is kept in the
 * forms state), and then with one setChoiceValues per list item.
 */
import type { MenteeRecord, MentorRecord, PairRef } from "../domain/participants";
import {
  QUESTIONNAIRE_ORDER,
  QUESTIONNAIRES,
  pairChoices,
  preferenceChoices,
  type BaseList,
  type FormKey,
} from "../domain/questionnaires";
import { FORMS_TEXT } from "./messages";
import type { FormsState, Registry } from "./registry";

export type BaseLists = Partial<Record<BaseList, string[]>>;

/** The lists the registers give now; a list is left out when the register it needs was not read. */
export function baseLists(
  people: { mentors?: readonly MentorRecord[]; mentees?: readonly MenteeRecord[]; pairs?: readonly PairRef[] },
  pseudonymous: boolean,
): BaseLists {
  const out: BaseLists = {};
  const { mentors, mentees, pairs } = people;
  if (mentors) out.mentors = preferenceChoices(mentors, [], pseudonymous).mentors;
  if (mentees) out.mentees = preferenceChoices([], mentees, pseudonymous).mentees;
  if (pairs) out.pairs = pairChoices(pairs);
  return out;
}

/** FNV-1a over the joined list: a short fingerprint for «has this list changed?». */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36) + ":" + text.length.toString(36);
}

/** Every item of the created forms whose options come from a register. */
export function baseItems(
  forms: Registry,
): Array<{ form: FormKey; item: string; list: BaseList; itemId: number; formId: string }> {
  const out: Array<{ form: FormKey; item: string; list: BaseList; itemId: number; formId: string }> = [];
  for (const form of QUESTIONNAIRE_ORDER) {
    const record = forms[form];
    if (!record) continue;
    for (const item of QUESTIONNAIRES[form].items) {
      if (item.choices?.from !== "base") continue;
      const known = record.items[item.key];
      if (known) out.push({ form, item: item.key, list: item.choices.base, itemId: known[0], formId: record.formId });
    }
  }
  return out;
}

/**
 * Write the lists that changed (all given lists when `force`). Returns how many items were written and
 * updates `state.lists`; the caller saves the state.
 */
export function refreshChoiceLists(forms: Registry, lists: BaseLists, state: FormsState, force = false): number {
  const opened = new Map<string, GoogleAppsScript.Forms.Form>();
  let written = 0;
  for (const target of baseItems(forms)) {
    const list = lists[target.list];
    if (!list) continue;
    const values = list.length > 0 ? list : [FORMS_TEXT.emptyList];
    const hash = fingerprint(values.join("\n"));
    const stateKey = `${target.form}.${target.item}`;
    if (!force && state.lists[stateKey] === hash) continue;
    let form = opened.get(target.formId);
    if (!form) {
      form = FormApp.openById(target.formId);
      opened.set(target.formId, form);
    }
    const item = form.getItemById(target.itemId);
    if (!item) continue;
    item.asListItem().setChoiceValues(values);
    state.lists[stateKey] = hash;
    written++;
  }
  return written;
}
