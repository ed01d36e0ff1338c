/**
 * The shape of a questionnaire definition: plain data that the Forms adapter turns into a Google Form
 * and that `mapResponse` reads answers back with. Nothing here knows FormApp.
 */
import type { RefListKey, SheetKey } from "../workbook/sheets";

export type FormKey = "mentee" | "mentor" | "preference" | "meeting" | "satisfaction" | "evaluation" | "curator";

/** text: one line; paragraph: several lines; choice: radio buttons; list: dropdown; scale: 1–10. */
export type ItemType = "text" | "paragraph" | "choice" | "checkbox" | "list" | "scale" | "date";

/** Where the options of a choice, list or checkbox item come from. */
export type ChoiceSource =
  | { from: "static"; values: readonly string[] }
  | { from: "ref"; list: Exclude<RefListKey, "roleModels"> }
  /** Labels built from the current registers: refreshed whenever they change (see choices.ts). */
  | { from: "base"; base: BaseList };

export type BaseList = "mentors" | "mentees" | "pairs";

/** A sheet column an answer is written to; several columns when the answer's role picks one. */
export interface ItemFeed {
  sheet: SheetKey;
  columns: readonly string[];
}

/** An item that is deliberately not written to a sheet, with the reason (kept in the form's own answers). */
export interface Unmapped {
  unmapped: string;
}

/** Extra checks of a free-text answer, with the same readers as the registers. */
export type TextCheck = "age" | "years" | "grade";

export interface ItemDef {
  /** Stable key: code refers to items by key; the title may be edited. */
  key: string;
  title: string;
  type: ItemType;
  required: boolean;
  help?: string;
  choices?: ChoiceSource;
  /** Offer «Другое» with free text (checkbox and choice items). */
  other?: boolean;
  feeds: ItemFeed | Unmapped;
  /** Section (page) the item sits in; the first section when absent. */
  section?: string;
  /** Branching: the section to go to after each choice value. */
  goTo?: Readonly<Record<string, string>>;
  scale?: { min: 1; max: 10; minLabel: string; maxLabel: string };
  /** This item records consent to personal-data processing, given by the person or by the guardian. */
  consent?: "self" | "guardian";
  check?: TextCheck;
}

export interface SectionDef {
  key: string;
  title: string;
  help?: string;
  /** After this section the form is submitted instead of going on to the next one. */
  submitAfter?: boolean;
}

export interface QuestionnaireDef {
  key: FormKey;
  title: string;
  description: string;
  /** The sheet the answers feed. */
  target: SheetKey;
  /** Collects personal data: then a required consent item must be present. */
  collectsPersonalData: boolean;
  /** How a second answer from the same respondent is recognised (documentation for curators and code). */
  identity: string;
  /** The first section is the form's opening page; it carries no page break. */
  sections: readonly SectionDef[];
  items: readonly ItemDef[];
}

export function isUnmapped(feed: ItemFeed | Unmapped): feed is Unmapped {
  return (feed as Unmapped).unmapped !== undefined;
}
