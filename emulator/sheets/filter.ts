/**
 * A sheet's filter (Range.createFilter, Sheet.getFilter): the range it covers, removal, and sorting the
 * rows below its header by one column, as the filter's column menu does. Criteria (hiding rows) are not
 * emulated. One filter per sheet: creating a second throws, as in Sheets.
 */
import { counted } from "../core/calls";
import { GasError } from "../core/errors";
import type { EmuRange } from "./range";
import type { EmuSheet, Tracked } from "./sheet";

export class EmuFilter {
  constructor(
    private readonly sheet: EmuSheet,
    readonly tracked: Tracked,
  ) {
    counted(this, "Filter", sheet.k.ctx);
  }

  getRange(): EmuRange {
    return this.sheet.rangeAt(this.tracked.box);
  }

  remove(): void {
    if (this.sheet.filter === this) this.sheet.filter = null;
    this.sheet.tracked.delete(this.tracked);
  }

  /** Sort the rows under the header by the sheet column `columnPosition` (1-based). */
  sort(columnPosition: number, ascending: boolean): this {
    const b = this.tracked.box;
    if (columnPosition < b.col || columnPosition >= b.col + b.numCols)
      throw new GasError("The column position must be within the filter range.");
    if (b.numRows > 1)
      this.sheet
        .rangeAt({ row: b.row + 1, col: b.col, numRows: b.numRows - 1, numCols: b.numCols })
        .sort({ column: columnPosition, ascending });
    return this;
  }
}

export function createFilter(sheet: EmuSheet, range: EmuRange): EmuFilter {
  if (sheet.filter) throw new GasError("You can't create a filter in a sheet that already has a filter.");
  sheet.filter = new EmuFilter(sheet, sheet.track(range.box));
  return sheet.filter;
}
