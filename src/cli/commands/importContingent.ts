/**
 * `cmn import-contingent <file>`: a contingent table (PDF text, Word table as text, or tab-separated) →
 * {"rows": [...], "problems": [...]}: the rows with codes, keys and relations, and what validation found.
 */
import { CONTINGENT_MESSAGES } from "../../domain/contingent/messages";
import { parseContingent } from "../../domain/contingent/parse";
import { validateContingent } from "../../domain/contingent/validate";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { readTextFile } from "./importIndicators";

const USAGE = "npm run -s cmn -- import-contingent <файл.txt>";

export const importContingent: CliCommand = {
  name: "import-contingent",
  summary: "Прочитать таблицу контингента (коды, факт, прогноз) и проверить суммы",
  usage: USAGE,
  run(args) {
    const { positionals } = parseArgs(args, [], USAGE);
    const parsed = parseContingent({ kind: "text", text: readTextFile(positionals, USAGE) });
    if (parsed.rows.length === 0) throw new UserError([...parsed.warnings, CONTINGENT_MESSAGES.noRows].join("\n"));
    for (const w of parsed.warnings) process.stderr.write(`Предупреждение: ${w}\n`);
    const rows = parsed.rows.map(({ code, name, fact, forecast, key, relation, row }) => ({
      code,
      name,
      fact,
      forecast,
      key,
      relation,
      row,
    }));
    return { dates: parsed.dates, rows, problems: validateContingent(parsed.rows) };
  },
};
