/**
 * `npm run generate`: the custom functions' Apps Script entry points, from the catalogue, into
 * src/functions/generated/ (ignored by git). The build and the type-check run it first, so a fresh clone
 * type-checks and builds without a generated file in the repository.
 */
import { isMain, loadTs, writeIfChanged } from "./lib.mjs";

export async function generate() {
  const codegen = await loadTs("scripts/codegen.ts");
  writeIfChanged(codegen.ENTRYPOINTS_FILE, codegen.renderEntrypoints());
  return codegen;
}

if (isMain(import.meta.url)) await generate();
