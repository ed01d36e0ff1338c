/**
 * `cmn`: the add-on's core on files, for scripts and other tools. Node only; never bundled for Apps Script.
 * Run as `npm run -s cmn -- <command>` after a build.
 */
import { RawOutput, UserError } from "./command";
import { COMMANDS } from "./commands/index";
import { CLI_MESSAGES } from "./messages";

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
    process.stdout.write(
      CLI_MESSAGES.help(
        COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}\n  ${" ".repeat(width)}  ${c.usage}`),
      ) + "\n",
    );
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(CLI_MESSAGES.unknownCommand(name) + "\n");
    return 2;
  }
  try {
    const result = await command.run(rest);
    process.stdout.write(result instanceof RawOutput ? result.text : JSON.stringify(result, null, 2) + "\n");
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      process.stderr.write(error.message + "\n");
      return error.exitCode;
    }
    process.stderr.write(CLI_MESSAGES.internal(error instanceof Error ? error.message : String(error)) + "\n");
    return 3;
  }
}

/**
 * The process around main(): a reader that stops early (`cmn … | head`) closes the pipe, which is not an
 * error, so the CLI exits quietly; anything thrown outside a command is a Russian message and exit code 3,
 * never a stack trace.
 */
function runAsScript(): void {
  const quietOnClosedPipe = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    crash(error);
  };
  const crash = (error: unknown) => {
    try {
      process.stderr.write(CLI_MESSAGES.internal(error instanceof Error ? error.message : String(error)) + "\n");
    } finally {
      process.exit(3);
    }
  };
  process.stdout.on("error", quietOnClosedPipe);
  process.stderr.on("error", quietOnClosedPipe);
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, crash);
}

if (require.main === module) runAsScript();
