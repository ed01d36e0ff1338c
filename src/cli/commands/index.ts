/** Every `cmn` command, in the order `cmn --help` lists them. Add a command: one file, one line here. */
import type { CliCommand } from "../command";
import { periodCommand } from "./period";

export const COMMANDS: CliCommand[] = [periodCommand];
