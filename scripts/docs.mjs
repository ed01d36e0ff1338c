/**
 * `npm run docs`: rewrites the README's custom-function table from the catalogue. `--check` only reports
 * (exit 1) when the README is stale; the test suite checks the same.
 */
import fs from "node:fs";
import path from "node:path";
import { loadTs, root } from "./lib.mjs";

const { withFunctionsTable } = await loadTs("scripts/codegen.ts");
const file = path.join(root, "README.md");
const text = fs.readFileSync(file, "utf8");
const next = withFunctionsTable(text);
if (next === text) {
  console.error("docs: README.md is up to date");
} else if (process.argv.includes("--check")) {
  console.error("docs: README.md's function table is stale: run `npm run docs`");
  process.exit(1);
} else {
  fs.writeFileSync(file, next);
  console.error("docs: README.md's function table rewritten");
}
