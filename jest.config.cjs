/**
 * Jest runs TypeScript through esbuild (tests/support/esbuildTransform.cjs): type-checking is
 * `npm run typecheck`'s job, so tests only need a fast, faithful transpile.
 * Two workers at least: Jest's default (CPUs − 1) runs every file in one process on a 2-CPU machine, while
 * the browser tests wait on Chromium and the integration tests on the emulator, side by side.
 */
const os = require("node:os");

module.exports = {
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.[cm]?[tj]s$": "<rootDir>/tests/support/esbuildTransform.cjs" },
  moduleFileExtensions: ["ts", "js", "cjs", "mjs", "json"],
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/tests/support/summaryReporter.cjs"],
};
