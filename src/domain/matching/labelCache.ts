/**
 * labelKey, memoised: matching compares the same few form, category and tag names millions of times on a
 * large cohort, and labelKey runs several regular expressions each call.
 */
import { labelKey } from "../common/normalise";

const cache = new Map<string, string>();
const LIMIT = 50000;

export function cachedLabelKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    key = labelKey(text);
    cache.set(text, key);
  }
  return key;
}

export const sameLabel = (a: string, b: string): boolean => a === b || cachedLabelKey(a) === cachedLabelKey(b);

/** Keys of a list, built once per array (records are not mutated while matching). */
const listKeys = new WeakMap<readonly string[], Set<string>>();

export function hasLabel(list: readonly string[], value: string): boolean {
  if (list.length === 0) return false;
  let keys = listKeys.get(list);
  if (!keys) {
    keys = new Set(list.map(cachedLabelKey));
    listKeys.set(list, keys);
  }
  return keys.has(cachedLabelKey(value));
}
