/**
 * `cmn indicators --dir <folder of sheet CSVs> [--date YYYY-MM-DD]`: the indicators of the report year by
 * the same definitions as the sheet's formulas (docs/indicators.md): for each, its numerator, denominator,
 * fact, target and status. The folder holds files named after the sheets («Наставники.csv», «Пары.csv», …)
 * with the sheets' own headers; absent files are empty sheets; without «Показатели.csv» the catalogue's
 * indicators are computed. Warnings go in the JSON and, one per line, to stderr.
 */
import { isIsoDate } from "../../domain/common/dates";
import { STATUS_LABELS } from "../../domain/indicators/messages";
import { scriptZone } from "../../domain/workbook/zone";
import { readIndicatorFigures } from "../../sheets/indicatorFigures";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { CLI_MESSAGES } from "../messages";
import { openSheetDir } from "../sheetDir";

const USAGE = "cmn indicators --dir <папка с CSV листов> [--date ГГГГ-ММ-ДД]";

export const indicatorsCommand: CliCommand = {
  name: "indicators",
  summary: "показатели года отчёта по листам книги в CSV: числитель, знаменатель, факт, цель, статус",
  usage: USAGE,
  run(args) {
    const { flags } = parseArgs(args, ["dir", "date"], USAGE);
    if (!flags.dir) throw new UserError(CLI_MESSAGES.missingArgument("--dir", USAGE), 2);
    if (flags.date !== undefined && !isIsoDate(flags.date))
      throw new UserError(CLI_MESSAGES.badDate(flags.date, USAGE), 2);
    const book = openSheetDir(flags.dir, { reportDate: flags.date });
    const zone = scriptZone();
    const result = readIndicatorFigures(book.spreadsheet, zone.today(), zone);
    for (const w of result.warnings) process.stderr.write(`${w}\n`);
    return {
      year: result.frame.label,
      targetYear: result.frame.targetYear,
      reportDate: result.frame.day,
      indicators: result.indicators.map((i) => ({
        code: i.code,
        name: i.name,
        numerator: i.numerator,
        denominator: i.denominator,
        fact: i.fact,
        target: i.target,
        status: STATUS_LABELS[i.status],
        ...(i.responseRate ? { responseRate: i.responseRate } : {}),
      })),
      warnings: result.warnings,
    };
  },
};
