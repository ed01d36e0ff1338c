/**
 * Pseudonymous mode in «Пары»: the «Наставник» and «Наставляемый» columns show codes (the IDs). Rows written
 * before the mode was switched on, or typed by hand, may still hold names: they are rewritten as the IDs
 * in one write, formulas left alone, each replaced name kept in «История изменений» (hidden, staff only) so
 * switching the mode off can bring it back. Runs with the forms commands and can be called by any command
 * that touches «Пары».
 */
import { idKey } from "../domain/participants";
import { historyRows } from "../domain/questionnaires/history";
import { HISTORY_SOURCES } from "../domain/questionnaires/messages";
import { SHEETS } from "../domain/workbook/sheets";
import type { Zone } from "../domain/workbook/zone";
import { readTable, writeTable, type RowPatch } from "../sheets/table";
import { appendRecords } from "./sideSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NAME_OF = { mentorName: "mentorId", menteeName: "menteeId" } as const;

/** Rewrites names left in «Пары» as codes; returns how many cells changed. */
export function pseudonymisePairs(ss: Spreadsheet, zone: Zone, now: Date = new Date()): number {
  const sheet = ss.getSheetByName(SHEETS.pairs.name);
  if (!sheet) return 0;
  const table = readTable(sheet, SHEETS.pairs, { zone, withFormulas: true });
  const patches: RowPatch[] = [];
  const history = [];
  for (const row of table.rows) {
    const cells: Record<string, unknown> = {};
    for (const [nameCol, idCol] of Object.entries(NAME_OF)) {
      const c = table.columns[nameCol];
      const name = String(row.cells[nameCol] ?? "");
      const id = String(row.cells[idCol] ?? "");
      // A formula is the curator's (it may look the name up): not ours to rewrite.
      if (c === undefined || table.formulas?.[row.rowNumber - 1]?.[c]) continue;
      if (name === "" || id === "" || idKey(name) === idKey(id)) continue;
      cells[nameCol] = id;
      history.push(
        ...historyRows(
          "pairs",
          [
            { column: "pairId", value: String(row.cells.pairId ?? "") },
            { column: "mentorId", value: String(row.cells.mentorId ?? "") },
            { column: "menteeId", value: String(row.cells.menteeId ?? "") },
          ],
          [{ column: nameCol, before: name, after: id }],
          HISTORY_SOURCES.pseudonymous,
          now,
        ),
      );
    }
    if (Object.keys(cells).length > 0) patches.push({ rowNumber: row.rowNumber, cells });
  }
  if (patches.length === 0) return 0;
  writeTable(table, patches);
  appendRecords(ss, SHEETS.history, history, zone, { hidden: true, block: true });
  return history.length;
}
