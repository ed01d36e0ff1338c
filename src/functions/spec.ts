/**
 * The shape of one CMN_ custom function in the catalogue. One table feeds the Apps Script entry points
 * (with their JSDoc help), the emulator's formula engine and the README (HyperFormula's metadata habit).
 */
export interface CustomFunctionParam {
  name: string;
  /** JSDoc type shown by Sheets, e.g. "number|Array<Array<number>>". */
  type: string;
  help: string;
  optional?: boolean;
}

export type CellValue = string | number | boolean | Date | null | undefined;
export type CellInput = CellValue | CellValue[][];
export type CellOutput =
  string | number | boolean | Date | null | Array<Array<string | number | boolean | Date | null>>;

export interface CustomFunctionSpec {
  name: `CMN_${string}`;
  /** One Russian sentence: what the function returns. */
  summary: string;
  params: CustomFunctionParam[];
  returns: string;
  /** A formula a curator can copy, for the README and the help text. */
  example: string;
  impl: (...args: CellInput[]) => CellOutput;
}
