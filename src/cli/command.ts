/**
 * One `cmn` command. Commands print JSON on stdout; a UserError becomes a Russian message on stderr
 * and exit code 1 (2 for a usage error). Arguments are validated with zod at this boundary.
 */
export interface CliCommand {
  name: string;
  /** Russian one-liner for `cmn --help`. */
  summary: string;
  usage: string;
  run(args: string[]): Promise<unknown> | unknown;
}

/** An error whose message is meant for the person at the terminal (Russian). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Output printed as it is (not as JSON): e.g. newline-delimited JSON for `bq load`. */
export class RawOutput {
  constructor(readonly text: string) {}
}
