/**
 * Apps Script's exceptions: `String(e)` reads "Exception: …" and `e.message` is Google's text.
 * The texts below are Google's own (English UI), so tests can match what a script sees.
 */
export class GasError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Exception";
  }
}

export const GAS_MESSAGES = {
  rowsMismatch: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  colsMismatch: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  outsideSheet: "The coordinates of the range are outside the dimensions of the sheet.",
  rangeNotFound: "Range not found",
  badCoordinates: (what: string) => `Those ${what} are out of bounds.`,
  sheetExists: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
  lastSheet: "You can't remove all the sheets in a document.",
  badNamedRange: (name: string) => `Invalid named range name: ${name}`,
  validationRejected:
    "There was a problem. Some data you entered doesn't match the data validation rules set for this cell. Please enter a valid value.",
  lockTimeout: "Lock timeout: another process was holding the lock for too long.",
  tooManyTriggers:
    "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
  propertyQuota: "You have exceeded the property storage quota. Please remove some properties and try again.",
  noUi: "Cannot call SpreadsheetApp.getUi() from this context.",
  notFound: (what: string) =>
    `No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it. (${what})`,
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  formulaParse: "Formula parse error.",
  noDocumentAccess: "You do not have permission to access the requested document.",
} as const;
