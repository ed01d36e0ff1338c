/**
 * Bundle figures: size, build time, zod's share of the bundle, and a custom function's cold load: each
 * Sheets recalculation of a CMN_ formula may start a fresh Apps Script runtime that loads all of
 * dist/Code.js, then calls the function. Measured in fresh Node processes (a second load in one process
 * reuses V8's compiled code), as wall time and as CPU time (the latter barely moves with machine load).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

/** Run in a fresh process: load Code.js in a new node:vm context, call CMN_SHARE(12, 40), print timings. */
const COLD_LOAD = `
const vm = require("node:vm"), fs = require("node:fs");
const code = fs.readFileSync(process.argv[1], "utf8");
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu(), t0 = performance.now();
const context = vm.createContext({ console });
new vm.Script(code, { filename: "Code.js" }).runInContext(context);
const loaded = performance.now();
const value = context.CMN_SHARE(12, 40);
if (Math.abs(value - 0.3) > 1e-9) throw new Error("CMN_SHARE(12, 40) gave " + value);
console.log(JSON.stringify({ loadMs: loaded - t0, callMs: performance.now() - loaded, totalMs: performance.now() - t0, cpuMs: cpu() - c0 }));
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n: number) => Math.round(n * 10) / 10;

function coldLoad(codeJs: string, runs = 7): Record<string, number> {
  const samples = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, ["-e", COLD_LOAD, codeJs], { encoding: "utf8" })),
  ) as Array<Record<string, number>>;
  const pick = (key: string) => round(median(samples.map((s) => s[key])));
  return { runs, loadMs: pick("loadMs"), firstCallMs: pick("callMs"), totalMs: pick("totalMs"), cpuMs: pick("cpuMs") };
}

/**
 * zod's bytes in a minified bundle of src/main.ts. webpack's module stats are pre-minification, so the
 * share is taken from esbuild's metafile of the same entry (bytes each input leaves in minified output).
 */
async function zodShare(root: string): Promise<Record<string, number>> {
  const out = await build({
    entryPoints: [path.join(root, "src/main.ts")],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const [output] = Object.values(out.metafile.outputs);
  const zod = Object.entries(output.inputs)
    .filter(([file]) => file.includes("node_modules/zod/"))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return { zodKiB: round(zod / 1024), bundleKiB: round(output.bytes / 1024), pct: round((100 * zod) / output.bytes) };
}

export async function bundleBench(): Promise<Record<string, unknown>> {
  const root = process.cwd();
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(root, "scripts/build.mjs")], {
    env: { ...process.env, CMN_QUIET: "1" },
    stdio: "ignore",
  });
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const codeJs = path.join(root, "dist/Code.js");
  return {
    codeJsBytes: fs.statSync(codeJs).size,
    sidebarHtmlBytes: fs.statSync(path.join(root, "dist/sidebar.html")).size,
    buildMs: Math.round(buildMs),
    zodShare: await zodShare(root),
    customFunctionColdLoad: coldLoad(codeJs),
  };
}
