/**
 * `npm run deploy` (dev) and `npm run deploy:prod`: the whole test suite first (build, type-check, lint,
 * every test), then `clasp push` of dist/ to the target's script; prod also creates a versioned deployment.
 * What is checked and run: scripts/deployTarget.ts.
 *
 *   node scripts/deploy.mjs dev|prod [--dry-run]   (--dry-run prints the commands instead of running them)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadTs, root } from "./lib.mjs";

const { deploySteps, missingProjectHelp, projectFileName, projectFileProblem } =
  await loadTs("scripts/deployTarget.ts");
const [target] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const dryRun = process.argv.includes("--dry-run");
const fail = (message) => {
  console.error(`deploy: ${message}`);
  process.exit(1);
};

if (target !== "dev" && target !== "prod") fail("usage: node scripts/deploy.mjs dev|prod [--dry-run]");
const projectFile = path.join(root, projectFileName(target));
if (!fs.existsSync(projectFile)) fail(missingProjectHelp(target));
const problem = projectFileProblem(projectFileName(target), fs.readFileSync(projectFile, "utf8"));
if (problem) fail(problem);

const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
for (const [command, args] of deploySteps(target, projectFile, version)) {
  console.error(`deploy: ${command} ${args.join(" ")}`);
  if (dryRun) continue;
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) fail(`${command} ${args[0]} failed; nothing further was done.`);
}
