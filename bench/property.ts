/**
 * The property run of tests/integration/property.test.ts at full size: 10,000 random edits of the workbook
 * between questionnaire answers and commands, through the built bundle (fixtures/propertyRun.ts says
 * what is thrown and what is checked after each step). Prints the counts, the violations found (none is
 * the figure to keep) and where the time went. Section for bench/index.ts: `{ name: "property", run: propertyBench }`.
 */
import path from "node:path";
import { runProperty } from "../fixtures/propertyRun";

const EDITS = Number(process.env.PROPERTY_EDITS ?? 10000);
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
