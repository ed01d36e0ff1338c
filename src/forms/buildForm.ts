/**
 * One questionnaire definition → one Google Form, created or updated in place. Items are known by their
 * stable key (key → item id in the registry), so a second run keeps the form, its link and its answers:
 * items are added, changed or removed, and an item whose fingerprint has not changed costs no call at all.
 * Sections become page breaks; branching («Вам исполнилось 18 лет?») becomes choice navigation.
 */
import type { Refs } from "../domain/participants";
import {
  CODE_ITEM,
  QUESTIONNAIRES,
  resolveChoices,
  type FormKey,
  type ItemDef,
  type QuestionnaireDef,
  type SectionDef,
} from "../domain/questionnaires";
import { PREFILL_SENTINEL } from "../domain/questionnaires/links";
import { fingerprint } from "./choiceLists";
import { FORMS_TEXT } from "./messages";
import type { FormRecord } from "./registry";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type PageBreak = GoogleAppsScript.Forms.PageBreakItem;

/** The methods the builder uses, whatever the concrete item class. */
interface Editable {
  getId(): number;
  setTitle(title: string): unknown;
  setHelpText(text: string): unknown;
  setRequired(required: boolean): unknown;
  setChoiceValues(values: string[]): unknown;
  showOtherOption(show: boolean): unknown;
  setBounds(lower: number, upper: number): unknown;
  setLabels(lower: string, upper: string): unknown;
  setIncludesYear(include: boolean): unknown;
  createChoice(
    value: string,
    nav?: PageBreak | GoogleAppsScript.Forms.PageNavigationType,
  ): GoogleAppsScript.Forms.Choice;
  setChoices(choices: GoogleAppsScript.Forms.Choice[]): unknown;
  setGoToPage(target: GoogleAppsScript.Forms.PageNavigationType): unknown;
}

type Kind = ItemDef["type"] | "section";

const KINDS: Record<Kind, { type: string; add(form: Form): unknown; as(item: Item): unknown }> = {
  text: { type: "TEXT", add: (f) => f.addTextItem(), as: (i) => i.asTextItem() },
  paragraph: { type: "PARAGRAPH_TEXT", add: (f) => f.addParagraphTextItem(), as: (i) => i.asParagraphTextItem() },
  choice: { type: "MULTIPLE_CHOICE", add: (f) => f.addMultipleChoiceItem(), as: (i) => i.asMultipleChoiceItem() },
  checkbox: { type: "CHECKBOX", add: (f) => f.addCheckboxItem(), as: (i) => i.asCheckboxItem() },
  list: { type: "LIST", add: (f) => f.addListItem(), as: (i) => i.asListItem() },
  scale: { type: "SCALE", add: (f) => f.addScaleItem(), as: (i) => i.asScaleItem() },
  date: { type: "DATE", add: (f) => f.addDateItem(), as: (i) => i.asDateItem() },
  section: { type: "PAGE_BREAK", add: (f) => f.addPageBreakItem(), as: (i) => i.asPageBreakItem() },
};

/** One entry of the form as it should be: an item or the page break that opens a section. */
interface Entry {
  key: string;
  kind: Kind;
  apply(item: Editable): void;
  fp: string;
  item?: ItemDef;
}

const sectionKey = (s: SectionDef) => `§${s.key}`;
const navKey = (key: string) => `${key}#nav`;
const FORM_KEY = "@form";

function itemEntry(def: ItemDef, refs: Refs): Entry {
  // Register lists are written by choiceLists.ts (they change with the registers); others are fixed here.
  const choices =
    def.choices && def.choices.from !== "base"
      ? resolveChoices(def, { refs, mentors: [], mentees: [], pairs: [], pseudonymous: false })
      : [];
  const spec = {
    t: def.type,
    title: def.title,
    help: def.help ?? "",
    req: def.required,
    choices,
    other: !!def.other,
    scale: def.scale ?? null,
  };
  return {
    key: def.key,
    kind: def.type,
    item: def,
    fp: fingerprint(JSON.stringify(spec)),
    apply(item) {
      item.setTitle(def.title);
      item.setHelpText(def.help ?? "");
      item.setRequired(def.required);
      if (choices.length > 0) item.setChoiceValues(choices);
      if (def.type === "choice" || def.type === "checkbox") item.showOtherOption(!!def.other);
      if (def.type === "scale" && def.scale) {
        item.setBounds(def.scale.min, def.scale.max);
        item.setLabels(def.scale.minLabel, def.scale.maxLabel);
      }
      if (def.type === "date") item.setIncludesYear(true);
    },
  };
}

function sectionEntry(section: SectionDef, submitBefore: boolean): Entry {
  return {
    key: sectionKey(section),
    kind: "section",
    fp: fingerprint(JSON.stringify({ t: "section", title: section.title, help: section.help ?? "", submitBefore })),
    apply(item) {
      item.setTitle(section.title);
      item.setHelpText(section.help ?? "");
      // Reaching this break in order means the previous section ended the form.
      item.setGoToPage(submitBefore ? FormApp.PageNavigationType.SUBMIT : FormApp.PageNavigationType.CONTINUE);
    },
  };
}

/** The form's items in order: each section's page break (except the first), then its items. */
/**
 * Google puts a new response sheet first; the curator's own sheets stay in front, so it goes last. The
 * curator stays on the sheet they were on.
 */
function moveToEnd(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const before = ss.getActiveSheet();
  ss.setActiveSheet(sheet);
  ss.moveActiveSheet(ss.getNumSheets());
  if (before && before.getSheetId() !== sheet.getSheetId()) ss.setActiveSheet(before);
}

export function layout(def: QuestionnaireDef, refs: Refs): Entry[] {
  const entries: Entry[] = [];
  def.sections.forEach((section, i) => {
    if (i > 0) entries.push(sectionEntry(section, def.sections[i - 1].submitAfter === true));
    for (const item of def.items)
      if ((item.section ?? def.sections[0].key) === section.key) entries.push(itemEntry(item, refs));
  });
  return entries;
}

function openForm(record: FormRecord | undefined): Form | undefined {
  if (!record) return undefined;
  try {
    return FormApp.openById(record.formId);
  } catch {
    // Deleted in Drive: a new form is made; its answers start a new response sheet.
    return undefined;
  }
}

function formIdIn(url: string | null): string | undefined {
  return url ? /\/forms\/d\/(?:e\/)?([^/?#]+)/.exec(url)?.[1] : undefined;
}

/** The sheet Google just made for the form's answers: the first sheet as a rule, else the one linked to it. */
function findResponseSheet(ss: Spreadsheet, form: Form): GoogleAppsScript.Spreadsheet.Sheet | undefined {
  SpreadsheetApp.flush();
  const sheets = ss.getSheets();
  const id = form.getId();
  const linked = (s: GoogleAppsScript.Spreadsheet.Sheet) => {
    const url = s.getFormUrl();
    if (!url) return false;
    if (formIdIn(url) === id) return true;
    // A published URL carries another id: ask Forms which form it is.
    try {
      return FormApp.openByUrl(url).getId() === id;
    } catch {
      return false;
    }
  };
  if (sheets.length > 0 && linked(sheets[0])) return sheets[0];
  return sheets.slice(1).find(linked);
}

function uniqueSheetName(ss: Spreadsheet, wanted: string): string {
  let name = wanted;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${wanted} (${n})`;
  return name;
}

export interface BuildResult {
  record: FormRecord;
  created: boolean;
  /** Keys of items made in this run (their register lists must be written). */
  newItems: string[];
}

export function buildForm(ss: Spreadsheet, key: FormKey, previous: FormRecord | undefined, refs: Refs): BuildResult {
  const def = QUESTIONNAIRES[key];
  let form = openForm(previous);
  const created = !form;
  if (!form) form = FormApp.create(def.title);
  const items: FormRecord["items"] = created ? {} : { ...(previous as FormRecord).items };
  const newItems: string[] = [];

  const formFp = fingerprint(
    JSON.stringify({ title: def.title, description: def.description, sections: def.sections.length }),
  );
  if (items[FORM_KEY]?.[1] !== formFp) {
    form
      .setTitle(def.title)
      .setDescription(def.description)
      .setConfirmationMessage(FORMS_TEXT.confirmation)
      .setCollectEmail(false)
      .setAllowResponseEdits(false)
      .setProgressBar(def.sections.length > 1);
    items[FORM_KEY] = [0, formFp];
  }

  const wanted = layout(def, refs);
  const objects = new Map<string, Item>();
  const get = (k: string): Item | null => {
    if (objects.has(k)) return objects.get(k) as Item;
    const known = items[k];
    const item = known ? (form as Form).getItemById(known[0]) : null;
    if (item) objects.set(k, item);
    return item;
  };

  // Remove what the definition no longer has.
  const keep = new Set([...wanted.map((e) => e.key), ...wanted.map((e) => navKey(e.key)), FORM_KEY]);
  for (const k of Object.keys(items)) {
    if (keep.has(k)) continue;
    if (!k.endsWith("#nav")) {
      const item = get(k);
      if (item) form.deleteItem(item);
    }
    delete items[k];
  }

  for (const entry of wanted) {
    const known = items[entry.key];
    if (known && known[1] === entry.fp) continue;
    let item = known ? get(entry.key) : null;
    if (item && String(item.getType()) !== KINDS[entry.kind].type) {
      form.deleteItem(item);
      item = null;
    }
    let editable: Editable;
    if (item) editable = KINDS[entry.kind].as(item) as Editable;
    else {
      editable = KINDS[entry.kind].add(form) as Editable;
      objects.set(entry.key, editable as unknown as Item);
      newItems.push(entry.key);
      delete items[navKey(entry.key)];
    }
    entry.apply(editable);
    items[entry.key] = [editable.getId(), entry.fp];
  }

  // Branching: a choice sends the respondent to a section's page break (ids known only now).
  for (const entry of wanted) {
    const goTo = entry.item?.goTo;
    if (!goTo || !entry.item?.choices || entry.item.choices.from !== "static") continue;
    const values = entry.item.choices.values;
    const targets = values.map((v) => (goTo[v] ? (items[`§${goTo[v]}`]?.[0] ?? null) : null));
    const navFp = fingerprint(JSON.stringify([values, targets, items[entry.key]?.[0]]));
    if (items[navKey(entry.key)]?.[1] === navFp) continue;
    const editable = KINDS[entry.kind].as(get(entry.key) as Item) as Editable;
    const choices = values.map((v, i) => {
      const target = targets[i] === null ? null : get(`§${goTo[v]}`);
      return target
        ? editable.createChoice(v, target.asPageBreakItem())
        : editable.createChoice(v, FormApp.PageNavigationType.CONTINUE);
    });
    editable.setChoices(choices);
    items[navKey(entry.key)] = [items[entry.key][0], navFp];
  }

  // Order: moved only when it differs from what was last written.
  const order = wanted.map((e) => e.key);
  const lastOrder = (previous?.order ?? []).filter((k) => order.includes(k) && !newItems.includes(k));
  const expected = [...lastOrder, ...newItems.filter((k) => order.includes(k))];
  if (!created && expected.join("|") !== order.join("|")) {
    order.forEach((k, index) => {
      const item = get(k);
      if (item) (form as Form).moveItem(item, index);
    });
  }

  // The response sheet: linked once, renamed to say what it holds; a deleted one is made again.
  let sheetId = created ? null : (previous?.sheetId ?? null);
  let sheetName = previous?.sheetName ?? "";
  let sheet = sheetId === null ? null : ss.getSheetById(sheetId);
  if (!sheet) {
    if (!created) {
      try {
        form.removeDestination();
      } catch {
        // Not linked: nothing to remove.
      }
    }
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
    sheet = findResponseSheet(ss, form) ?? null;
    if (sheet) {
      sheetName = uniqueSheetName(ss, FORMS_TEXT.responseSheet[key]);
      sheet.setName(sheetName);
      sheetId = sheet.getSheetId();
      moveToEnd(ss, sheet);
    }
  } else {
    sheetName = sheet.getName();
  }

  return {
    record: {
      formId: form.getId(),
      sheetId,
      sheetName,
      url: form.getPublishedUrl(),
      editUrl: form.getEditUrl(),
      items,
      order,
      prefill: prefillTemplate(form, items[CODE_ITEM]?.[0], created ? undefined : previous?.prefill),
    },
    created,
    newItems,
  };
}

/**
 * The personal link template: Forms' own pre-filled link with the sentinel in the code item (entry ids
 * are Forms' business, so the link is asked for, never assembled). Asked once per code item.
 */
function prefillTemplate(form: Form, itemId: number | undefined, known: FormRecord["prefill"]): FormRecord["prefill"] {
  if (itemId === undefined) return undefined;
  if (known && known.itemId === itemId) return known;
  const item = form.getItemById(itemId);
  if (!item) return undefined;
  const url = form
    .createResponse()
    .withItemResponse(item.asTextItem().createResponse(PREFILL_SENTINEL))
    .toPrefilledUrl();
  return { itemId, url };
}
