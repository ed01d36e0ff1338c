/** Looking words up in the vocabulary tables. */
import { FUZZY_MONTH_MIN_LENGTH, MONTH_FORMS, ORDINALS } from "./vocabulary";

const MONTH_BY_FORM: Record<string, number> = {};
for (const { month, forms } of MONTH_FORMS) for (const form of forms) MONTH_BY_FORM[form] = month;

/** Optimal string alignment distance, stopping early: we only care whether it is 0, 1 or more. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  return (
    a.slice(i + 1) === b.slice(i) || // a has an extra letter
    a.slice(i) === b.slice(i + 1) || // b has an extra letter
    restA === restB || // one letter differs
    (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // two letters swapped
  );
}

export interface MonthMatch {
  month: number;
  /** True when the word was a misspelling one edit away from a single month. */
  fuzzy: boolean;
}

export function lookupMonth(word: string): MonthMatch | undefined {
  const exact = MONTH_BY_FORM[word];
  if (exact !== undefined) return { month: exact, fuzzy: false };
  if (word.length < FUZZY_MONTH_MIN_LENGTH) return undefined;
  const candidates = new Set<number>();
  for (const { month, forms } of MONTH_FORMS) {
    for (const form of forms)
      if (form.length >= FUZZY_MONTH_MIN_LENGTH && withinOneEdit(word, form)) candidates.add(month);
  }
  if (candidates.size !== 1) return undefined;
  return { month: candidates.values().next().value as number, fuzzy: true };
}

export function lookupOrdinal(word: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(ORDINALS, word) ? ORDINALS[word] : undefined;
}
