/** The participants feature: registers' rows → typed records, IDs, consent, display. */
export { assignIds, formatId, idKey, idNumber, ID_PREFIX, nextId, type IdAssignment } from "./ids";
export { cellSchema, isEmptyRow, parseDate, ROLES, STAGES, type CellValue, type FieldKind, type Role } from "./cells";
export { consentBy, isCountable, isMatchable, isMinor, PUPIL_CATEGORY, type ConsentBy } from "./consent";
export { choiceLabel, displayName, LABEL_SEPARATOR, type Named } from "./displayName";
export { BASE_SHEETS, fieldKind, type BaseSheetKey } from "./fields";
export { defaultRefs, type Refs } from "./refs";
export type * from "./records";
export { readRow, rowSchema, validateBase, type BaseCheck, type Problem, type ValidateOptions } from "./validateBase";
