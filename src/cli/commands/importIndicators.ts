/**
 * `cmn import-indicators <file>`: a school's indicators table (Word table copied as text, or
 * tab-separated) → {"indicators": [{number, name, code, unit, targets}]}. A stable interface: other tools
 * read this JSON. Warnings (unmatched rows, unreadable targets) go to stderr.
 */
import * as z from "zod";
import { parseIndicatorsTable, IndicatorsParseError } from "../../domain/indicators/parse";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { readTextFile as readText } from "../inputFile";
import { CLI_MESSAGES } from "../messages";

const USAGE = "npm run -s cmn -- import-indicators <файл.txt>";

export const importIndicators: CliCommand = {
  name: "import-indicators",
  summary: "Прочитать таблицу показателей с целями по годам и сопоставить строки с каталогом",
  usage: USAGE,
  run(args) {
    const { positionals } = parseArgs(args, [], USAGE);
    const text = readTextFile(positionals, USAGE);
    try {
      const { indicators, warnings } = parseIndicatorsTable({ kind: "text", text });
      for (const w of warnings) process.stderr.write(`Предупреждение: ${w}\n`);
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
