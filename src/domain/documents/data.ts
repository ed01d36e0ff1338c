/**
 * What a document is made of: document-level field values, and lists whose items fill repeated rows (an
 * item may hold child lists: the pairs of a form). Keys are placeholder keys (placeholderKey), so the
 * template's loose spelling finds them. Values are final text, as the document shows them.
 */
import { placeholderKey } from "./placeholders";
import type { DocumentKind } from "./catalogue";

export interface ListItem {
  fields: Record<string, string>;
  lists?: Record<string, ListItem[]>;
  /** Where the item comes from, for a message when one of its values is blank. */
  at?: { sheet: string; row: number };
}

export interface DocumentData {
  kind: DocumentKind;
  /** The made document's name. */
  title: string;
  fields: Record<string, string>;
  lists: Record<string, ListItem[]>;
  /** Why a list is empty, in words that name the sheet to fill. */
  emptyReasons: Record<string, string>;
  /** Reasons the document cannot be made whatever the template says. */
  blockers: string[];
}

/** Values keyed by placeholder key. */
export function keyedValues(values: Record<string, string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) out[placeholderKey(name)] = String(value);
  return out;
}

export function item(
  values: Record<string, string | number>,
  at?: ListItem["at"],
  lists?: Record<string, ListItem[]>,
): ListItem {
  const out: ListItem = { fields: keyedValues(values) };
  if (at) out.at = at;
  if (lists) out.lists = keyedLists(lists);
  return out;
}

export function keyedLists(lists: Record<string, ListItem[]>): Record<string, ListItem[]> {
  const out: Record<string, ListItem[]> = {};
  for (const [name, items] of Object.entries(lists)) out[placeholderKey(name)] = items;
  return out;
}

/** A stable fingerprint of the data a document was made from: a changed one means the document is stale. */
export function dataFingerprint(data: DocumentData): string {
  const text = JSON.stringify([data.kind, data.fields, data.lists]);
  // FNV-1a, 32 bits twice with different seeds: short, stable across runtimes, no crypto needed.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
