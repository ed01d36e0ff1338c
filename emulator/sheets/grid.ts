/**
 * A sparse 2-D layer of cell properties (values, formulas, formats, notes…), 0-based, that follows rows
 * and columns when they are inserted or deleted.
 */
export class Grid<T> {
  rows: (Array<T | undefined> | undefined)[] = [];

  get(r: number, c: number): T | undefined {
    return this.rows[r]?.[c];
  }

  set(r: number, c: number, value: T | undefined): void {
    let row = this.rows[r];
    if (!row) {
      if (value === undefined) return;
      row = this.rows[r] = [];
    }
    row[c] = value;
  }

  insertRows(at: number, count: number): void {
    if (at < this.rows.length) this.rows.splice(at, 0, ...new Array<undefined>(count));
  }

  deleteRows(at: number, count: number): void {
    this.rows.splice(at, count);
  }

  insertCols(at: number, count: number): void {
    for (const row of this.rows) if (row && at < row.length) row.splice(at, 0, ...new Array<undefined>(count));
  }

  deleteCols(at: number, count: number): void {
    for (const row of this.rows) if (row) row.splice(at, count);
  }

  clear(r0: number, c0: number, nr: number, nc: number): void {
    for (let r = r0; r < r0 + nr && r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = c0; c < c0 + nc && c < row.length; c++) row[c] = undefined;
    }
  }

  /** Every set cell, as [row, col, value]. */
  *entries(): Generator<[number, number, T]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined) yield [r, c, v];
      }
    }
  }
}
