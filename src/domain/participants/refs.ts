/**
 * The reference lists («Справочники») a row is checked against. The sheets layer reads them from the
 * workbook; a new workbook starts with the defaults.
 */
import { DEFAULT_REF_LISTS } from "../workbook/defaults";
import type { RefListKey } from "../workbook/sheets";

export type Refs = Record<Exclude<RefListKey, "roleModels">, readonly string[]>;

export function defaultRefs(): Refs {
  return { ...DEFAULT_REF_LISTS };
}
