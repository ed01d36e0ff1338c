#!/usr/bin/env node
/**
 * The tests of time run again with the machine in other zones: a value keeps its type and its day whatever
 * the host's TZ (east of Moscow, and west of Greenwich across the date line from it). The main `jest` run
 * uses the machine's own zone (UTC on CI). Part of `npm test`; `npm run test:zones` alone.
 */
import { spawnSync } from "node:child_process";

const ZONES = ["Asia/Vladivostok", "America/Los_Angeles"];
const FILES = [
  "tests/unit/workbook/codec.test.ts",
  "tests/unit/emulator/conformance/script-runtime.test.ts",
  "tests/integration/valueRoundTrip.test.ts",
  "tests/integration/indicatorsContract.test.ts",
];

for (const zone of ZONES) {
  const started = Date.now();
  const run = spawnSync("npx", ["jest", "--silent", ...FILES], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) {
    console.error(`zones: the tests of time failed with TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
  console.log(`zones: TZ=${zone} passed in ${Math.round((Date.now() - started) / 1000)} s`);
}
