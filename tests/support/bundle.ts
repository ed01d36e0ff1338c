/** Test helpers: the built bundle (dist/) loaded against a fresh emulator, as Apps Script would run it. */
import fs from "node:fs";
import path from "node:path";
import { createEmulator, type Emulator } from "../../emulator/index";
import { loadBundle, type LoadedBundle } from "../../emulator/bundleRunner";

export const DIST = path.resolve(__dirname, "../../dist");

export function requireBuild(): void {
  if (!fs.existsSync(path.join(DIST, "Code.js")))
    throw new Error("dist/Code.js is missing: run `npm run build` first (npm test does).");
}

export function freshBundle(options: Parameters<typeof createEmulator>[0] = {}): {
  emu: Emulator;
  bundle: LoadedBundle;
} {
  requireBuild();
  const emu = createEmulator({ htmlDir: DIST, ...options });
  const bundle = loadBundle(emu, DIST, options.now);
  return { emu, bundle };
}
