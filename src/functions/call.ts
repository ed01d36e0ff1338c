/**
 * The Apps Script side of a custom function call: find the catalogue entry, run it, and turn a
 * CustomFunctionError into an Error whose Russian message Sheets shows in the cell's tooltip.
 * Dates come out as Dates; nothing here touches a service.
 */
import { findFunction } from "./catalogue";
import { FN_MESSAGES } from "./messages";
import type { CellInput, CellOutput } from "./spec";

export function callCustomFunction(name: string, args: unknown[]): CellOutput {
  const fn = findFunction(name);
  if (!fn) throw new Error(FN_MESSAGES.unknownFunction(name));
  // Sheets passes fewer arguments when optional ones are omitted: trailing undefined is fine.
  return fn.impl(...(args as CellInput[]));
}
