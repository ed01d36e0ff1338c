/**
 * `cmn document <kind> --dir <folder of sheet CSVs> [--date YYYY-MM-DD] --out <file.docx>
 *  [--mentors ID,ID] [--names да]`: the document the add-on makes as a Google Doc, from the same default
 * template and checks, written as .docx. Prints {kind, title, out, pages, bytes}; missing data is a Russian
 * message naming the setting or sheet to fill, and no file is written.
 */
import { writeFileSync } from "node:fs";
import { parseYesNo } from "../../domain/common/normalise";
import { DOCUMENT_KINDS, isDocumentKind, KINDS, makeDocument, renderFailure } from "../../domain/documents/index";
import { DOCUMENT_CLI_TEXT as T } from "../../domain/documents/messages";
import { documentInputOf, type DocumentSources } from "../../sheets/documentInput";
import { isIsoDate } from "../../domain/common/dates";
import { parseSettings } from "../../domain/workbook/settings";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { docxOf } from "../writeDocx";
import { CLI_MESSAGES } from "../messages";
import { openSheetDir } from "../sheetDir";
import { workbookTables } from "../../sheets/workbookRows";

const USAGE =
  "npm run -s cmn -- document <вид> --dir <папка CSV> [--date ГГГГ-ММ-ДД] --out <файл.docx> [--mentors ID,ID] [--names да]";

export const documentCommand: CliCommand = {
  name: "document",
  summary: T.summary,
  usage: USAGE,
  async run(args) {
    const { positionals, flags } = parseArgs(args, ["dir", "date", "out", "mentors", "names"], USAGE);
    const [kind, ...extra] = positionals;
    if (!kind) throw new UserError(CLI_MESSAGES.missingArgument(T.kind, USAGE), 2);
    if (extra.length) throw new UserError(CLI_MESSAGES.extraArguments(extra.join(" "), USAGE), 2);
    if (!isDocumentKind(kind)) throw new UserError(T.unknownKind(kind, DOCUMENT_KINDS), 2);
    if (!flags.dir) throw new UserError(CLI_MESSAGES.missingArgument(T.dir, USAGE), 2);
    if (!flags.out) throw new UserError(CLI_MESSAGES.missingArgument(T.out, USAGE), 2);
    if (!/\.docx$/i.test(flags.out)) throw new UserError(T.notDocx(flags.out), 2);
    if (flags.date !== undefined && !isIsoDate(flags.date)) throw new UserError(T.badDate(flags.date), 2);
    const names = flags.names === undefined ? false : parseYesNo(flags.names);
    if (names === undefined) throw new UserError(T.badNames(flags.names!), 2);

    const tables = workbookTables(openSheetDir(flags.dir).spreadsheet);
    const settingsRows = (tables("settings")?.rows ?? []).map((r) => ({
      label: String(r.cells.key ?? ""),
      value: r.cells.value ?? "",
    }));
    const sources: DocumentSources = { settings: parseSettings(settingsRows).settings, tables };
    const date = flags.date ?? sources.settings.reportDate ?? undefined;
    if (!date) throw new UserError(T.noDate);
    const input = documentInputOf(sources, date, kind === "analytical-report");
    const selection = (flags.mentors ?? "")
      .split(/[,;\s]+/)
      .map((id) => id.trim())
      .filter(Boolean);
    const { result } = makeDocument(kind, input, {
      ...(names ? { allowNames: true } : {}),
      ...(KINDS[kind].selection ? { selection } : {}),
    });
    if (!result.ok) {
      const message = renderFailure(KINDS[kind].title, result);
      const hint = input.settings.pseudonymous && KINDS[kind].needsNames && !names;
      throw new UserError(hint ? `${message}\n${T.namesHint}` : message);
    }
    const bytes = await docxOf(result.document);
    try {
      writeFileSync(flags.out, bytes);
    } catch (error) {
      throw new UserError(T.cannotWrite(flags.out, error instanceof Error ? error.message : String(error)));
    }
    return { kind, title: result.document.title, out: flags.out, pages: result.document.pages, bytes: bytes.length };
  },
};
