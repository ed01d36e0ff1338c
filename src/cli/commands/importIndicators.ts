/**
 * `cmn import-indicators <file> [--years 2022-2025]`: a school's indicators table (Word table copied as
 * text, tab-separated text, HTML, .csv, .docx) → {"indicators": [{number, name, code, unit, targets}]}. A
 * stable interface: other tools read this JSON. The reader is the sidebar's (parseIndicatorsTable), so
 * both understand a table the same way. Warnings (unmatched rows, unreadable targets, columns told apart
 * by content for a table without its header) go to stderr. `--years` gives the years of a table without
 * a header when its heading does not name them.
 */
import * as z from "zod";
import { yearsOf } from "../../domain/indicators/targets";
import { parseIndicatorsTable, IndicatorsParseError } from "../../domain/indicators/parse";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { readTextFile as readText } from "../inputFile";
import { CLI_MESSAGES } from "../messages";
import { readDocument } from "../readDocument";

const USAGE = "npm run -s cmn -- import-indicators <файл.txt|.csv|.docx> [--years 2022-2025]";

export const importIndicators: CliCommand = {
  name: "import-indicators",
  summary: "Прочитать таблицу показателей с целями по годам и сопоставить строки с каталогом",
  usage: USAGE,
  async run(args) {
    const { positionals, flags } = parseArgs(args, ["years"], USAGE);
    if (positionals.length === 0) throw new UserError(CLI_MESSAGES.missingArgument("файл", USAGE), 2);
    if (positionals.length > 1)
      throw new UserError(CLI_MESSAGES.extraArguments(positionals.slice(1).join(" "), USAGE), 2);
    const years = flags.years !== undefined ? yearsOf(flags.years) : [];
    if (flags.years !== undefined && years.length === 0)
      throw new UserError(CLI_MESSAGES.badYearSpan("--years", flags.years), 2);
    const input = await readDocument(positionals[0]);
    try {
      const { indicators, warnings } = parseIndicatorsTable(input, undefined, { years });
      for (const w of warnings) process.stderr.write(`${CLI_MESSAGES.warning(w)}\n`);
      return {
        indicators: indicators.map(({ number, name, code, unit, targets }) => ({ number, name, code, unit, targets })),
      };
    } catch (error) {
      if (error instanceof IndicatorsParseError) throw new UserError(error.message);
      throw error;
    }
  },
};

/** The one file argument of an import command, read as text with the CLI's limits and encodings. */
const FileArgs = z.tuple([z.string().min(1)]);

export function readTextFile(positionals: string[], usage: string): string {
  const parsed = FileArgs.safeParse(positionals);
  if (!parsed.success) {
    if (positionals.length === 0) throw new UserError(CLI_MESSAGES.missingArgument("файл", usage), 2);
    throw new UserError(CLI_MESSAGES.extraArguments(positionals.slice(1).join(" "), usage), 2);
  }
  return readText(parsed.data[0]);
}
