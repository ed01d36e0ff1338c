/**
 * `cmn rollup <snapshot files or folders>… [--since YYYY-MM-DD] [--targets <csv>] [--ndjson]`: the
 * district's totals from the schools' snapshot files, by the same roll-up as the municipal workbook's
 * «Сводка». Prints {"schools", "indicators": [{code, numerator, denominator, fact, target, status}],
 * "missing"}. A file that is not JSON, not a snapshot, or of another format version is listed in
 * `missing` with its name and the reason, and the rest go on.
 *
 * --since: snapshots dated before it are listed as stale. --targets: the municipality's targets as a CSV
 * export of «Цели района» (its indicators by service code or by name, «Цель <год>» columns; the year is the
 * snapshots' target year).
 * --ndjson: the snapshot rows of every valid file as newline-delimited JSON, the shape `bq load
 * --source_format=NEWLINE_DELIMITED_JSON` takes (docs/snapshot.md); skipped files go to stderr.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { MUNICIPAL_CLI_TEXT as T } from "../../domain/municipal/messages";
import { rollup, type RollupEntry } from "../../domain/municipal/rollup";
import { districtTargets, type DistrictTargets } from "../../domain/municipal/targets";
import { MUNICIPAL_SHEETS } from "../../domain/workbook/municipal";
import { rowsFromGrid } from "../../domain/workbook/rows";
import { scriptZone } from "../../domain/workbook/zone";
import { readSnapshotText, snapshotRows, toNdjson, type Snapshot } from "../../domain/snapshot/index";
import { parseArgs } from "../args";
import { RawOutput, UserError, type CliCommand } from "../command";
import { readCsvFile } from "../csv";
import { readTextFile } from "../inputFile";
import { CLI_MESSAGES } from "../messages";

const USAGE = "cmn rollup <файлы или папки со снимками .json> [--since ГГГГ-ММ-ДД] [--targets <csv>] [--ndjson]";

function snapshotFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new UserError(T.notFound(path));
    if (statSync(path).isDirectory()) {
      const found = readdirSync(path)
        .filter((f) => /\.json$/i.test(f))
        .sort()
        .map((f) => join(path, f));
      if (found.length === 0) throw new UserError(T.noJson(path));
      files.push(...found);
    } else files.push(path);
  }
  return files;
}

/** «Цели района» exported as CSV, read as the sheet is (domain/municipal/targets.ts). */
function readTargets(path: string, year: number): DistrictTargets {
  const grid = readCsvFile(path).map((r) => r.cells);
  // Targets are read from the text as typed («45 %», «45», «0,45»); no column is a date, so the zone is moot.
  return districtTargets(rowsFromGrid(MUNICIPAL_SHEETS.targets, grid, scriptZone()), year);
}

export const rollupCommand: CliCommand = {
  name: "rollup",
  summary: T.rollupSummary,
  usage: USAGE,
  run(args) {
    const ndjson = args.includes("--ndjson");
    const { flags, positionals } = parseArgs(
      args.filter((a) => a !== "--ndjson"),
      ["since", "targets"],
      USAGE,
    );
    if (positionals.length === 0) throw new UserError(CLI_MESSAGES.missingArgument(T.snapshots, USAGE), 2);
    if (flags.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.since))
      throw new UserError(T.badDate(flags.since), 2);
    const entries: RollupEntry[] = [];
    const skipped: Array<{ file: string; reason: string }> = [];
    for (const path of snapshotFiles(positionals)) {
      const file = basename(path);
      let text: string;
      try {
        // Limits and encodings as every cmn input (inputFile.ts); a file it refuses is skipped by name.
        text = readTextFile(path);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        skipped.push({ file, reason: T.unreadable(error.message) });
        continue;
      }
      const read = readSnapshotText(text);
      if (read.ok) entries.push({ name: read.snapshot.school.name, source: file, snapshot: read.snapshot });
      else skipped.push({ file, reason: read.reason });
    }
    const snapshots = entries.map((e) => e.snapshot as Snapshot);
    if (ndjson) {
      for (const s of skipped) process.stderr.write(T.skipped(s.file, s.reason) + "\n");
      return new RawOutput(toNdjson(snapshots.flatMap(snapshotRows)));
    }
    const years = snapshots.map((s) => s.targetYear);
    const year = years.length ? Math.max(...years) : new Date().getFullYear();
    const district = flags.targets ? readTargets(flags.targets, year) : { targets: {}, names: {} };
    const result = rollup(entries, { periodStart: flags.since ?? null, ...district });
    return {
      schools: result.schools.map((s) => ({
        name: s.name,
        file: s.source,
        reportDate: s.reportDate,
        takenAt: s.takenAt,
        counted: s.counted,
      })),
      indicators: result.indicators.map((i) => ({
        code: i.code,
        name: i.name,
        numerator: i.numerator,
        denominator: i.denominator,
        fact: i.fact === null ? null : Math.round(i.fact * 1e6) / 1e6,
        target: i.target,
        status: i.status,
        schools: i.schools,
      })),
      missing: [
        ...skipped.map((s) => ({ file: s.file, school: null, reason: s.reason })),
        ...result.missing.map((m) => ({ file: m.source, school: m.school, reason: m.reason })),
      ],
    };
  },
};
