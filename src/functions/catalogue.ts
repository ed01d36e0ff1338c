/**
 * Every CMN_ custom function, once. Add a function here and it reaches Apps Script (a stub with its JSDoc
 * help is generated at build), the emulator's formula engine and the README table.
 */
import { CMN_SHARE } from "./share";
import { CMN_AGE } from "./age";
import { CMN_DEADLINE } from "./deadline";
import { CMN_GROWTH } from "./growth";
import { CMN_PERIOD } from "./period";
import { CMN_SATISFIED } from "./satisfied";
import { CMN_STATUS } from "./status";
import type { CustomFunctionSpec } from "./spec";

export const CATALOGUE: readonly CustomFunctionSpec[] = [
  CMN_SHARE,
  CMN_STATUS,
  CMN_DEADLINE,
  CMN_PERIOD,
  CMN_SATISFIED,
  CMN_GROWTH,
  CMN_AGE,
];

export function findFunction(name: string): CustomFunctionSpec | undefined {
  return CATALOGUE.find((f) => f.name === name);
}
