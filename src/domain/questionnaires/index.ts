/** The questionnaires feature: definitions for the Forms adapter, choice lists, answer mapping, error log. */
export * from "./types";
export { QUESTIONNAIRES, QUESTIONNAIRE_ORDER, SURVEY_NAMES, isFormKey, item, questionnaire } from "./catalogue";
export {
  findPair,
  findPerson,
  isMeetingPair,
  pairChoices,
  pairLabel,
  preferenceChoices,
  resolveChoices,
  type ChoiceContext,
} from "./choices";
export { differences, identify, ownersOf, type Identity, type PersonClaim, type Registered } from "./identity";
export { codeKey, codeSource, isCodeLike, CODE_ALPHABET } from "./personalCode";
export { EMAIL_TITLES, namedValuesSchema, respondentEmail, splitCheckbox, type NamedValues } from "./answers";
export { mapResponse, type MapContext } from "./mapResponse";
export {
  CELL_LIMIT,
  type Accepted,
  type DuplicateFinding,
  type KeyPart,
  type MapResult,
  type RowValue,
  type UpsertTarget,
} from "./target";
export { emailsOf, PairLookup, PeopleLookup, registerLookup, type RegisterLookup } from "./lookup";
export { cellKey, planUpsert, sameCell, type UpsertPlan } from "./upsert";
export { errorLogRows, serialiseRaw, type ErrorLogRow } from "./errorLog";
export { CURATOR_ID } from "./definitions/curator";
export { GROWTH_ITEMS, LOWER_IS_BETTER, STAGE_ENTRY, STAGE_EXIT } from "./definitions/evaluation";
export {
  CODE_ITEM,
  CONSENT_YES,
  GUARDIAN_CONSENT_PAPER,
  GUARDIAN_CONSENT_YES,
  ROLE_MENTEE,
  ROLE_MENTOR,
  SCALE_1_10,
} from "./definitions/shared";
