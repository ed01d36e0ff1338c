/**
 * `cmn snapshot --dir <folder of sheet CSVs> [--date YYYY-MM-DD]`: the school's snapshot for the
 * municipality (docs/snapshot.md), built by the same readers and the same `buildSnapshot` as
 * «Отправить в муниципалитет». Prints the snapshot JSON; warnings (indicators without counts) go to
 * stderr, so stdout stays a valid snapshot file.
 */
import { existsSync, statSync } from "node:fs";
import { MUNICIPAL_CLI_TEXT as T } from "../../domain/municipal/messages";
import { buildSnapshot } from "../../domain/snapshot/index";
import { readSchoolFigures } from "../../sheets/schoolFigures";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { isIsoDate } from "../../domain/common/dates";
import { scriptZone } from "../../domain/workbook/zone";
import { openSheetDir } from "../sheetDir";
import { CLI_MESSAGES } from "../messages";

const USAGE = "cmn snapshot --dir <папка с CSV листов> [--date ГГГГ-ММ-ДД]";

export const snapshotCommand: CliCommand = {
  name: "snapshot",
  summary: T.snapshotSummary,
  usage: USAGE,
  run(args) {
    const { flags, positionals } = parseArgs(args, ["dir", "date"], USAGE);
    if (positionals.length) throw new UserError(CLI_MESSAGES.extraArguments(positionals.join(" "), USAGE), 2);
    if (!flags.dir) throw new UserError(CLI_MESSAGES.missingArgument(T.folder, USAGE), 2);
    if (!existsSync(flags.dir) || !statSync(flags.dir).isDirectory()) throw new UserError(T.noFolder(flags.dir));
    if (flags.date !== undefined && !isIsoDate(flags.date)) throw new UserError(T.badDate(flags.date), 2);
    const book = openSheetDir(flags.dir, { reportDate: flags.date });
    if (book.sheets.length === 0) throw new UserError(T.noSheets(flags.dir));
    const today = new Date();
    // Without --date: «Дата отчёта» of «Настройки.csv», else today.
    const figures = readSchoolFigures(book.spreadsheet, today);
    if (!figures.school.name.trim()) throw new UserError(T.noOrganisation);
    const snapshot = buildSnapshot(figures, { takenAt: scriptZone().today(today) });
    const noCounts = snapshot.indicators.filter((i) => i.numerator === null || i.denominator === null);
    if (noCounts.length) process.stderr.write(T.noCounts(noCounts.map((i) => i.name || i.code)) + "\n");
    return snapshot;
  },
};
