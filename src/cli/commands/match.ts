/**
 * `cmn match`: pairs from CSV files with the sheets' headers. Prints
 * {"pairs": [{mentorId, menteeId, form, score, reasons, roleModel, kept}], "unmatched": [{menteeId, reason}],
 *  "notAdmitted": [{mentorId, reasons}], "stats": {...}, "problems": ["…"]}; pair reasons are joined with « · »,
 *  a mentor's missing vetting with «; ». Bad rows become problems, not crashes.
 */
import { readMatchingInput, type MatchingRows, type MatchingSheet } from "../../domain/matching/input";
import { matchCohort } from "../../domain/matching/match";
import { INPUT_MESSAGES, MATCH_CLI_MESSAGES } from "../../domain/matching/messages";
import { readMatchSettings } from "../../domain/matching/settings";
import type { Problem } from "../../domain/matching/types";
import { SHEETS } from "../../domain/workbook/sheets";
import { scriptZone } from "../../domain/workbook/zone";
import { parseArgs } from "../args";
import { UserError, type CliCommand } from "../command";
import { csvToRows, readCsvFile } from "../csv";
import { readTextFile } from "../inputFile";
import { CLI_MESSAGES } from "../messages";

const USAGE = "cmn match --mentors <csv> --mentees <csv> [--pairs <csv>] [--preferences <csv>] [--settings <json>]";
const FILE_FLAGS: Record<MatchingSheet, string> = {
  mentors: "mentors",
  mentees: "mentees",
  pairs: "pairs",
  preferences: "preferences",
};

function readSettingsFile(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(readTextFile(path));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      MATCH_CLI_MESSAGES.settingsNotJson(path, error instanceof Error ? error.message : String(error)),
    );
  }
  if (!json || typeof json !== "object" || Array.isArray(json))
    throw new UserError(MATCH_CLI_MESSAGES.settingsNotObject(path));
  const { settings, problems } = readMatchSettings(json as Record<string, unknown>, { strict: true, sheet: path });
  if (problems.length) throw new UserError(MATCH_CLI_MESSAGES.settingsInvalid(problems.map((p) => p.message)));
  return settings;
}

export const matchCommand: CliCommand = {
  name: "match",
  summary: MATCH_CLI_MESSAGES.summary,
  usage: USAGE,
  run(args) {
    const { flags } = parseArgs(args, ["mentors", "mentees", "pairs", "preferences", "settings"], USAGE);
    if (!flags.mentors) throw new UserError(CLI_MESSAGES.missingArgument(MATCH_CLI_MESSAGES.mentorsFile, USAGE), 2);
    if (!flags.mentees) throw new UserError(CLI_MESSAGES.missingArgument(MATCH_CLI_MESSAGES.menteesFile, USAGE), 2);
    const settings = flags.settings ? readSettingsFile(flags.settings) : readMatchSettings({}).settings;

    const rows: MatchingRows = {};
    const rowNumbers: Partial<Record<MatchingSheet, number[]>> = {};
    const fileProblems: Problem[] = [];
    for (const sheet of Object.keys(FILE_FLAGS) as MatchingSheet[]) {
      const path = flags[FILE_FLAGS[sheet]];
      if (!path) continue;
      const table = csvToRows(readCsvFile(path), sheet);
      const name = SHEETS[sheet].name;
      for (const column of table.missingColumns)
        fileProblems.push({ severity: "error", sheet: name, message: INPUT_MESSAGES.missingColumn(name, column) });
      rows[sheet] = table.rows;
      rowNumbers[sheet] = table.rowNumbers;
    }
    const input = readMatchingInput(rows, undefined, { rowNumbers });
    input.problems.unshift(...fileProblems);
    const result = matchCohort(input, settings, { today: scriptZone().today() });
    return {
      pairs: result.pairs.map((p) => ({
        mentorId: p.mentorId,
        menteeId: p.menteeId,
        form: p.form,
        score: p.score,
        reasons: p.reasons.join(" · "),
        roleModel: p.roleModel ?? "",
        kept: p.kept,
      })),
      unmatched: result.unmatched.map(({ menteeId, reason }) => ({ menteeId, reason })),
      notAdmitted: result.notAdmitted.map(({ mentorId, reasons }) => ({ mentorId, reasons: reasons.join("; ") })),
      stats: result.stats,
      problems: result.problems.map((p) => p.message),
    };
  },
};
