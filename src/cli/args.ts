/**
 * A small, strict argument reader: `--flag value` and positionals. Unknown flags are errors, so a typo
 * is never silently ignored.
 */
import { UserError } from "./command";
import { CLI_MESSAGES } from "./messages";

export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string>;
}

export function parseArgs(args: string[], allowedFlags: readonly string[], usage: string): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!allowedFlags.includes(name)) throw new UserError(CLI_MESSAGES.unknownFlag(arg, usage), 2);
      let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : args[i + 1];
      if (eq < 0) i++;
      if (value === undefined) throw new UserError(CLI_MESSAGES.flagNeedsValue(arg, usage), 2);
      value = value.trim();
      flags[name] = value;
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, flags };
}
