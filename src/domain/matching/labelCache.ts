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

export const hasLabel = (list: readonly string[], value: string): boolean => list.some((x) => sameLabel(x, value));
