#!/usr/bin/env node
/**
 * The tests of time run again with the machine in other zones: a value keeps its type and its day whatever
 * the host's TZ (Moscow, east of it, and west of Greenwich). The main `jest` run uses the machine's own
 * zone (UTC on CI). `npm test` runs them in Asia/Vladivostok; `npm run test:zones` in Moscow, Vladivostok and New York.
 */
import { spawnSync } from "node:child_process";

// `npm test` runs one zone (the argument); `npm run test:zones` runs them all.
const ZONES =
  process.argv.length > 2 ? process.argv.slice(2) : ["Europe/Moscow", "Asia/Vladivostok", "America/New_York"];
const FILES = [
  "tests/unit/workbook/codec.test.ts",
  "tests/unit/emulator/conformance/script-runtime.test.ts",
  "tests/integration/valueRoundTrip.test.ts",
  "tests/integration/indicatorsContract.test.ts",
  "tests/integration/indicatorsCrafted.test.ts",
  "tests/unit/report/counts.test.ts",
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
