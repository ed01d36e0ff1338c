/**
 * Consent to personal-data processing. A person is kept in the register whatever their consent, but only
 * a person with consent is counted in indicators or matched. For a minor the register's «Согласие ПДн»
 * column records the legal guardian's consent (the questionnaire asks the guardian, not the child).
 */
import { labelKey } from "../common/normalise";

export const PUPIL_CATEGORY = "обучающийся";
export const WITHDRAWN_STATUS = "выбыл";
export const FINISHED_STATUS = "завершил";
export const ADULT_AGE = 18;

export type ConsentBy = "self" | "guardian";

/**
 * Minor: younger than 18 when the age is known; when it is not, a pupil («обучающийся») is taken as a minor,
 * since most are and asking a guardian is the safe side. An 18-year-old eleventh-grader consents himself.
 */
export function isMinor(person: { age?: number | undefined; category?: string | undefined }): boolean {
  if (person.age !== undefined) return person.age < ADULT_AGE;
  return person.category !== undefined && labelKey(person.category) === labelKey(PUPIL_CATEGORY);
}

export function consentBy(person: { age?: number | undefined; category?: string | undefined }): ConsentBy {
  return isMinor(person) ? "guardian" : "self";
}

/** Counted in indicators: consent given and not withdrawn from the programme. */
export function isCountable(person: { consent: boolean; status?: string | undefined }): boolean {
  return person.consent && !sameLabel(person.status, WITHDRAWN_STATUS);
}

/** Offered to the matching: countable and not already finished. */
export function isMatchable(person: { consent: boolean; status?: string | undefined }): boolean {
  return isCountable(person) && !sameLabel(person.status, FINISHED_STATUS);
}

function sameLabel(a: string | undefined, b: string): boolean {
  return a !== undefined && labelKey(a) === labelKey(b);
}
