/**
 * Jest runs TypeScript through esbuild (tests/support/esbuildTransform.cjs): type-checking is
 * `npm run typecheck`'s job, so tests only need a fast, faithful transpile.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.[cm]?[tj]s$": "<rootDir>/tests/support/esbuildTransform.cjs" },
  moduleFileExtensions: ["ts", "js", "cjs", "mjs", "json"],
  testTimeout: 30000,
  reporters: ["default", "<rootDir>/tests/support/summaryReporter.cjs"],
};
