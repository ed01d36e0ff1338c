/**
 * The live columns of the bases and «Настройки» put back by the check: per-row formulas a row lacks (pasted
 * rows, an old workbook) or holds outdated, and the satisfaction wave of the report year. Under the
 * document lock: it writes.
 */
import { ensureSettingNames } from "../../sheets/indicatorsSheet";
import { refreshRowFormulas, refreshSatisfactionWave } from "../../sheets/liveColumns";
import { zoneOf } from "../../sheets/table";
import { withDocumentLock } from "../../sheets/lock";
import { CHECK_TEXT } from "./messages";
import type { ProblemDto, WorkbookCheck } from "./problem";

export const checkLiveColumns: WorkbookCheck = (ss) => {
  const problems: ProblemDto[] = [];
  withDocumentLock(() => {
    const zone = zoneOf(ss);
    ensureSettingNames(ss);
    const rows = refreshRowFormulas(ss, zone);
    if (rows > 0) problems.push({ severity: "info", sheet: "", message: CHECK_TEXT.formulasRestored(rows) });
    refreshSatisfactionWave(ss, zone);
  });
  return problems;
};
