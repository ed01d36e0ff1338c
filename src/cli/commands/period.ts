/**
 * `cmn period "<срок>" [--year Y] [--academic-year Y1-Y2] [--program Y1-Y2]`: one deadline text → its
 * dates. The output shape {kind, occurrences: [{start, end}], repeat, needsReview} is an interface other
 * tools rely on: keep it stable.
 */
import { parsePeriod } from "../../domain/periods";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { CLI_MESSAGES } from "../messages";
import { PERIOD_CONTEXT_FLAGS, readPeriodContext } from "../periodContext";

const USAGE = 'npm run -s cmn -- period "<срок>" [--year 2022] [--academic-year 2022-2023] [--program 2020-2024]';
const WHAT = "текст срока";

export const periodCommand: CliCommand = {
  name: "period",
  summary: "Разобрать срок из дорожной карты («до 15.02.2021 г.», «ежеквартально»): даты, повтор, нужна ли проверка",
  usage: USAGE,
  run(args) {
    const { positionals, flags } = parseArgs(args, PERIOD_CONTEXT_FLAGS, USAGE);
    if (positionals.length === 0) throw new UserError(CLI_MESSAGES.missingArgument(WHAT, USAGE), 2);
    const text = positionals.join(" "); // an unquoted text arrives as several words
    if (text.trim() === "") throw new UserError(CLI_MESSAGES.emptyArgument(WHAT, USAGE), 2);
    const period = parsePeriod(text, readPeriodContext(flags));
    return {
      kind: period.kind,
      occurrences: period.occurrences.map((o) => ({ start: o.start, end: o.end })),
      repeat: period.repeat,
      needsReview: period.needsReview,
    };
  },
};
