/** Helpers of the build scripts: the repository root, and loading a TypeScript module in Node. */
import { build as esbuild } from "esbuild";
import fs from "node:fs";
import Module from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Load a TypeScript module of this repository in Node: bundled by esbuild in memory (no file written,
 * so a build or a type-check leaves the tree as it was) and compiled as CommonJS.
 */
export async function loadTs(entry) {
  const file = path.join(root, entry);
  const out = await esbuild({
    entryPoints: [file],
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    packages: "external",
    logLevel: "error",
  });
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod._compile(out.outputFiles[0].text, file);
  return mod.exports;
}

/** Write `text` to `file` (relative to the root) unless it already holds exactly that; true if written. */
export function writeIfChanged(file, text) {
  const full = path.join(root, file);
  if (fs.existsSync(full) && fs.readFileSync(full, "utf8") === text) return false;
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, text);
  return true;
}

/** True when this module is the script node was started with. */
export const isMain = (url) => process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(url);
