/** Every `cmn` command, in the order `cmn --help` lists them. Add a command: one file, one line here. */
import type { CliCommand } from "../command";
import { documentCommand } from "./document";
import { importContingent } from "./importContingent";
import { importIndicators } from "./importIndicators";
import { importRoadmap } from "./importRoadmap";
import { indicatorsCommand } from "./indicators";
import { matchCommand } from "./match";
import { periodCommand } from "./period";
import { rollupCommand } from "./rollup";
import { snapshotCommand } from "./snapshot";

export const COMMANDS: CliCommand[] = [
  periodCommand,
  importIndicators,
  importContingent,
  matchCommand,
  importRoadmap,
  indicatorsCommand,
  snapshotCommand,
  rollupCommand,
  documentCommand,
];
