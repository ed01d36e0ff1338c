/**
 * The layer rules of eslint.config.mjs and the per-runtime tsconfigs, tried on small files that are never
 * written to disk: an upward import or a setTimeout in Apps Script code must fail the lint.
 */
import path from "node:path";
import { ESLint, type Linter } from "eslint";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../../..");
// The repository's own configuration. ESLint would load it with a dynamic import, which Jest's module
// sandbox refuses; Jest's transform turns the ESM file into CommonJS instead.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../../eslint.config.mjs").default as Linter.Config[];
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

/** The rule ids ESLint reports for `code` placed at `file`. */
async function lint(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const IMPORT_RULE = "@typescript-eslint/no-restricted-imports";

describe("layers (eslint.config.mjs)", () => {
  it.each([
    ["src/domain/periods/x.ts", 'import { SHEET_TEXT } from "../../sheets/messages";'],
    ["src/domain/periods/x.ts", 'import { UI_TEXT } from "../../ui/messages";'],
    ["src/functions/x.ts", 'import { readTable } from "../sheets/table";'],
    ["src/sheets/x.ts", 'import { UI_TEXT } from "../ui/messages";'],
    ["src/sheets/x.ts", 'import type { Endpoints } from "../ui/endpoints/index";'],
    ["src/forms/x.ts", 'import { UI_TEXT } from "../ui/messages";'],
    ["src/docs/x.ts", 'import { UI_TEXT } from "../ui/messages";'],
    ["src/ui/endpoints/x.ts", 'import { createEmulator } from "../../../emulator/index";'],
    ["src/ui/x.ts", 'import { CLI_MESSAGES } from "../cli/messages";'],
    ["src/cli/x.ts", 'import { UI_TEXT } from "../ui/messages";'],
    ["src/sheets/x.ts", 'import fs from "node:fs";'],
    ["src/ui/x.ts", 'import { HyperFormula } from "hyperformula";'],
    ["src/main.ts", 'import { run } from "./cli/cmn";'],
    ["sidebar/views/x.ts", 'import { ENDPOINTS } from "../../src/ui/endpoints/index";'],
    ["sidebar/views/x.ts", 'import type { Table } from "../../src/sheets/table";'],
    ["sidebar/x.ts", 'import { createEmulator } from "../emulator/index";'],
    ["bench/x.ts", 'import { mulberry32 } from "../tests/support/random";'],
    ["tests/unit/x.test.ts", 'import { benchFunctions } from "../../bench/functions";'],
    ["emulator/demo/x.ts", 'import { title } from "../../tests/support/forms";'],
  ])("%s: %s is refused", async (file, code) => {
    const messages = await lint(file, `${code}\nexport const used = [${/\{ (\w+)/.exec(code)?.[1] ?? "fs"}];\n`);
    expect(messages.filter((m) => m.startsWith(IMPORT_RULE))).toHaveLength(1);
  });

  it.each([
    ["src/domain/periods/x.ts", 'import { squashSpaces } from "../common/normalise";'],
    ["src/domain/periods/x.ts", 'import * as z from "zod";'],
    ["src/forms/x.ts", 'import { withDocumentLock } from "../sheets/lock";'],
    ["src/ui/endpoints/x.ts", 'import { readTable } from "../../sheets/table";'],
    ["src/cli/commands/x.ts", 'import { readFileSync } from "node:fs";'],
    ["sidebar/views/x.ts", 'import type { Endpoints } from "../../src/ui/endpoints/index";'],
    ["sidebar/views/x.ts", 'import { h } from "../dom";'],
    ["sidebar/views/x.ts", 'import { countOf } from "../../src/domain/common/plural";'],
    ["bench/x.ts", 'import { mulberry32 } from "../fixtures/random";'],
    ["tests/unit/x.test.ts", 'import { createEmulator } from "../../emulator/index";'],
  ])("%s: %s is allowed", async (file, code) => {
    const name = /\{ (\w+)|\* as (\w+)/.exec(code);
    const messages = await lint(file, `${code}\nexport const used = [${name?.[1] ?? name?.[2]}];\n`);
    expect(messages).toEqual([]);
  });

  it.each(["src/domain/periods/x.ts", "src/sheets/x.ts", "src/ui/x.ts", "src/main.ts"])(
    "%s: setTimeout, Buffer and document are refused (Apps Script has none)",
    async (file) => {
      const code = "export const a = () => setTimeout(() => 1, 10);\nexport const b = Buffer.from(document.title);\n";
      const messages = await lint(file, code);
      expect(messages.filter((m) => m.startsWith("no-restricted-globals"))).toHaveLength(3);
    },
  );

  it("domain code may not call Apps Script services; the CLI may use Node's globals", async () => {
    expect(await lint("src/domain/periods/x.ts", "export const s = () => SpreadsheetApp.flush();\n")).toHaveLength(1);
    expect(await lint("src/cli/x.ts", "export const t = () => setTimeout(() => process.exit(0), 10);\n")).toEqual([]);
  });
});

describe("a tsconfig per runtime (tsc -b)", () => {
  const parse = (file: string) => {
    const parsed = ts.getParsedCommandLineOfConfigFile(
      path.join(ROOT, file),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    );
    if (!parsed) throw new Error(`${file}: not parsed`);
    return { ...parsed, files: parsed.fileNames.map((f) => path.relative(ROOT, f)) };
  };

  it("Apps Script code sees neither the DOM nor Node: src/ without the CLI, Apps Script types only", () => {
    const gas = parse("tsconfig.gas.json");
    expect(gas.options.lib).toEqual(["lib.es2020.d.ts"]);
    expect(gas.options.types).toEqual(["google-apps-script"]);
    expect(gas.files).toContain("src/main.ts");
    expect(gas.files.filter((f) => !f.startsWith("src/") || f.startsWith("src/cli/"))).toEqual([]);
  });

  it("every TypeScript file belongs to a project, and tsconfig.json builds them all", () => {
    const projects = ["tsconfig.gas.json", "tsconfig.browser.json", "tsconfig.node.json"];
    const solution = parse("tsconfig.json");
    expect(solution.projectReferences?.map((r) => path.relative(ROOT, r.path))).toEqual(projects);
    const covered = new Set(projects.flatMap((p) => parse(p).files));
    const all = ts.sys
      .readDirectory(ROOT, [".ts"], ["node_modules", "dist", "dist-node", ".tsbuild"], ["**/*"])
      .map((f) => path.relative(ROOT, f))
      .filter((f) => !f.startsWith("src/functions/generated/"));
    expect(all.filter((f) => !covered.has(f))).toEqual([]);
    expect(parse("tsconfig.browser.json").options.lib).toContain("lib.dom.d.ts");
  });
});
