/** Every `cmn` command, in the order `cmn --help` lists them. Add a command: one file, one line here. */
import type { CliCommand } from "../command";
import { matchCommand } from "./match";

export const COMMANDS: CliCommand[] = [matchCommand];
