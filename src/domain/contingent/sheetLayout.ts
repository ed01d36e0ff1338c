/**
 * How contingent rows sit in the «Контингент» sheet: a marker row («в том числе:» / «из них:», no code,
 * no values) goes right above the first row of each group, which is exactly what the readers turn back
 * into `relation` (see model.ts). Columns: Код · Показатель · Факт · Прогноз.
 */
import { MARKER_LABELS } from "./messages";
import { parentCode, type ChildRelation, type ContingentRow } from "./model";
import { CONTINGENT_TEMPLATE } from "./template";

export type SheetLine = { kind: "marker"; relation: ChildRelation } | { kind: "row"; row: ContingentRow };

export function sheetLayout(rows: readonly ContingentRow[]): SheetLine[] {
  const lines: SheetLine[] = [];
  const lastRelation = new Map<string, ChildRelation | null>();
  for (const row of rows) {
    const parent = parentCode(row.code) ?? "";
    if (row.relation !== null && lastRelation.get(parent) !== row.relation)
      lines.push({ kind: "marker", relation: row.relation });
    lastRelation.set(parent, row.relation);
    lines.push({ kind: "row", row });
  }
  return lines;
}

/** The values to write below the header, one array per sheet row (code, name, fact, forecast). */
export function toSheetValues(
  rows: readonly ContingentRow[],
): Array<[string, string, number | string, number | string]> {
  return sheetLayout(rows).map((line) =>
    line.kind === "marker"
      ? ["", MARKER_LABELS[line.relation], "", ""]
      : [line.row.code, line.row.name, line.row.fact ?? "", line.row.forecast ?? ""],
  );
}

/** Rows renumbered as they will sit in the sheet (header on row 1). */
export function withSheetRowNumbers(rows: readonly ContingentRow[]): ContingentRow[] {
  let sheetRow = 1;
  const out: ContingentRow[] = [];
  for (const line of sheetLayout(rows)) {
    sheetRow++;
    if (line.kind === "row") out.push({ ...line.row, row: sheetRow });
  }
  return out;
}

/** The default table of a new workbook, empty values. */
export function templateRows(): ContingentRow[] {
  return withSheetRowNumbers(
    CONTINGENT_TEMPLATE.map((t) => ({
      code: t.code,
      name: t.name,
      fact: null,
      forecast: null,
      key: t.key,
      relation: t.relation,
      row: 0,
    })),
  );
}
