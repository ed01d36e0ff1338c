/**
 * The property run of tests/integration/property.test.ts at a larger size: 1,000 random edits of the workbook
 * by default (a few minutes with the rest of the bench, which CI runs whole); the full 10,000-edit run, about
 * a quarter of an hour, with `PROPERTY_EDITS=10000 npm run bench -- property`. The edits fall
 * between questionnaire answers and commands, through the built bundle (fixtures/propertyRun.ts says
 * what is thrown and what is checked after each step). Prints the counts, the violations found (none is
 * the figure to keep) and where the time went. Section for bench/index.ts: `{ name: "property", run: propertyBench }`.
 */
import path from "node:path";
import { runProperty } from "../fixtures/propertyRun";

const EDITS = Number(process.env.PROPERTY_EDITS ?? 1000);
const SEED = Number(process.env.PROPERTY_SEED ?? 2026);

export function propertyBench(): Record<string, unknown> {
  const started = Date.now();
  const stats = runProperty({ seed: SEED, edits: EDITS, dist: path.resolve("dist") });
  return {
    seed: SEED,
    ...stats,
    violations: stats.violations.length,
    firstViolations: stats.violations.slice(0, 5),
    totalMs: Date.now() - started,
  };
}
