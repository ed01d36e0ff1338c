/**
 * Every CMN_ custom function, once. Add a function here and it reaches Apps Script (a stub with its JSDoc
 * help is generated at build), the emulator's formula engine and the README table.
 */
import { CMN_SHARE } from "./share";
import { CMN_DEADLINE } from "./deadline";
import { CMN_PERIOD } from "./period";
import type { CustomFunctionSpec } from "./spec";

export const CATALOGUE: readonly CustomFunctionSpec[] = [CMN_SHARE, CMN_DEADLINE, CMN_PERIOD];

export function findFunction(name: string): CustomFunctionSpec | undefined {
  return CATALOGUE.find((f) => f.name === name);
}
