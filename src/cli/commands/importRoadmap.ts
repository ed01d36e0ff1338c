/**
 * `cmn import-roadmap <file> [--year Y] [--academic-year Y1-Y2] [--program Y1-Y2]`: a roadmap document
 * (.txt — PDF or Word text, .csv, .docx) → {"items": [...], "warnings": [...]}.
 *
 * Each item: {number, section, title, deadlineText, period, responsible: [..], result}; `number` is
 * normalised («1.6.» → «1.6»); sections are not items; `period` has exactly the shape of `cmn period`
 * ({kind, occurrences: [{start, end}], repeat, needsReview}), dated with the flags when any is given,
 * else with what the document's heading says («на 2021 год», «2023 – 2024 г.»). Each warning:
 * {severity: "error"|"warning"|"info", code, line (null when none), message (Russian)}. A file that gives
 * no item is an error: its Russian reasons on stderr, exit code 1. The reader is the sidebar's
 * (parseRoadmap), so both understand a document the same way; when the table had no header and its
 * columns were told apart by content, stderr says so (the JSON is the same either way).
 */
import { parsePeriod } from "../../domain/periods";
import { chooseContext, parseRoadmap } from "../../domain/roadmap";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { CLI_MESSAGES } from "../messages";
import { PERIOD_CONTEXT_FLAGS, readPeriodContext } from "../periodContext";
import { readDocument } from "../readDocument";

const USAGE =
  "npm run -s cmn -- import-roadmap <файл.txt|.csv|.docx> [--year 2022] [--academic-year 2022-2023] [--program 2020-2024]";
const WHAT = "файл дорожной карты";

export const importRoadmap: CliCommand = {
  name: "import-roadmap",
  summary: "Прочитать дорожную карту (текст из Word или PDF, CSV, .docx): мероприятия, сроки с датами, ответственные",
  usage: USAGE,
  async run(args) {
    const { positionals, flags } = parseArgs(args, PERIOD_CONTEXT_FLAGS, USAGE);
    if (positionals.length === 0) throw new UserError(CLI_MESSAGES.missingArgument(WHAT, USAGE), 2);
    if (positionals.length > 1)
      throw new UserError(CLI_MESSAGES.extraArguments(positionals.slice(1).join(" "), USAGE), 2);
    const explicit = readPeriodContext(flags);
    const parsed = parseRoadmap(await readDocument(positionals[0]));
    if (parsed.items.length === 0)
      throw new UserError(
        parsed.warnings
          .filter((w) => w.severity === "error")
          .map((w) => w.message)
          .join("\n"),
      );
    if (parsed.inferred)
      for (const w of parsed.warnings.filter((w) => w.code === "columnsInferred"))
        process.stderr.write(`${CLI_MESSAGES.warning(w.message)}\n`);
    const { context } = chooseContext(explicit, parsed, {});
    return {
      items: parsed.items.map((item) => {
        const period = parsePeriod(item.deadlineText, context);
        return {
          number: item.number,
          section: item.section,
          title: item.title,
          deadlineText: item.deadlineText,
          period: {
            kind: period.kind,
            occurrences: period.occurrences.map((o) => ({ start: o.start, end: o.end })),
            repeat: period.repeat,
            needsReview: period.needsReview,
          },
          responsible: item.responsible,
          result: item.result,
        };
      }),
      warnings: parsed.warnings.map((w) => ({
        severity: w.severity,
        code: w.code,
        line: w.line ?? null,
        message: w.message,
      })),
    };
  },
};
