/** Bundle figures: size, build time, and a cold load of dist/Code.js in node:vm (what each custom-function call pays). */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

export function bundleBench(): Record<string, unknown> {
  const root = process.cwd();
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [path.join(root, "scripts/build.mjs")], {
    env: { ...process.env, CMN_QUIET: "1" },
    stdio: "ignore",
  });
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  const code = fs.readFileSync(path.join(root, "dist/Code.js"), "utf8");
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    const context = vm.createContext({ console });
    new vm.Script(code, { filename: "Code.js" }).runInContext(context);
    loads.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return {
    codeJsBytes: Buffer.byteLength(code),
    sidebarHtmlBytes: fs.statSync(path.join(root, "dist/sidebar.html")).size,
    buildMs: Math.round(buildMs),
    coldLoadMs: Number(loads[0].toFixed(2)),
    warmLoadMsMedian: Number(
      loads
        .slice(1)
        .sort((a, b) => a - b)[2]
        .toFixed(2),
    ),
  };
}
