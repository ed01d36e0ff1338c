import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettierConfig from "eslint-config-prettier";

// ---- Layers (README «Architecture»): what each folder may import ------------------------------------
// The import direction is domain ← functions, sheets, forms, docs ← ui ← main; the sidebar takes only
// types from ui; nothing in src/ reaches the emulator, tests or benchmarks; tests and benchmarks share
// fixtures/ and never import each other. ESLint sees import strings, not resolved files, so each rule is
// written per depth: from src/<layer>/a/b.ts, "../../" is src/ itself.

/** For each folder of src/: the other folders of src/ it may import. */
const SRC_LAYERS = {
  domain: [],
  functions: ["domain"],
  sheets: ["domain"],
  forms: ["domain", "sheets"],
  docs: ["domain", "sheets"],
  ui: ["domain", "functions", "sheets", "forms", "docs"],
  cli: ["domain", "functions", "sheets"],
};
/** npm packages the Apps Script bundle may hold (each one is loaded by every custom-function call). */
const APPS_SCRIPT_PACKAGES = ["zod"];
const MAX_DEPTH = 6;

const up = (levels) => `^(\\.\\./){${levels}}`;
const oneOf = (names) => (names.length ? `(?!(${names.join("|")})(/|$))` : "");

/** Globals Apps Script's V8 lacks (tsconfig.gas.json has no DOM and no Node types either). */
const notInAppsScript = [
  "setTimeout",
  "setInterval",
  "clearTimeout",
  "clearInterval",
  "setImmediate",
  "queueMicrotask",
  "structuredClone",
  "TextEncoder",
  "TextDecoder",
  "URL",
  "URLSearchParams",
  "fetch",
  "process",
  "Buffer",
  "require",
  "window",
  "document",
].map((name) => ({ name, message: `Apps Script has no ${name}: this code runs there.` }));

const appsScriptServices = [
  "SpreadsheetApp",
  "FormApp",
  "DocumentApp",
  "DriveApp",
  "HtmlService",
  "PropertiesService",
  "LockService",
  "ScriptApp",
  "Utilities",
  "Session",
  "CacheService",
  "Logger",
  "google",
].map((name) => ({ name, message: "Domain and custom-function code stays free of Apps Script services." }));

/** One config object per layer and depth (flat config replaces, not merges, a rule's options per file). */
function srcLayerConfigs() {
  const configs = [];
  for (const [layer, allowed] of Object.entries(SRC_LAYERS)) {
    const appsScript = layer !== "cli";
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const patterns = [
        {
          regex: `${up(depth)}${oneOf([layer, ...allowed])}`,
          message: `src/${layer}/ may import only ${[layer, ...allowed].map((l) => `src/${l}/`).join(", ")} (and packages).`,
        },
      ];
      if (appsScript)
        patterns.push({
          regex: `^(?![./])${oneOf(APPS_SCRIPT_PACKAGES)}`,
          message: `This code runs in Apps Script: it may import only ${APPS_SCRIPT_PACKAGES.join(", ")} from npm (eslint.config.mjs).`,
        });
      const globals = ["domain", "functions"].includes(layer)
        ? [...notInAppsScript, ...appsScriptServices]
        : notInAppsScript;
      configs.push({
        files: [`src/${layer}/${"*/".repeat(depth - 1)}*.ts`],
        rules: {
          "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
          ...(appsScript ? { "no-restricted-globals": ["error", ...globals] } : {}),
        },
      });
    }
  }
  configs.push({
    files: ["src/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^\\.\\./", message: "src/main.ts imports only from src/." },
            { regex: "^\\./cli(/|$)", message: "The command line is Node only: src/main.ts never imports it." },
            { regex: `^(?![./])${oneOf(APPS_SCRIPT_PACKAGES)}`, message: "This code runs in Apps Script." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...notInAppsScript],
    },
  });
  return configs;
}

/**
 * The sidebar: its own files, types (only) from src/ui/, and pure domain code (src/domain/: no Apps Script
 * globals, by its own rules), so a count's plural or a checklist's wording is written once for both sides.
 */
function sidebarConfigs() {
  return Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((depth) => ({
    files: [`sidebar/${"*/".repeat(depth - 1)}*.ts`],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: `${up(depth)}src/ui/`,
              allowTypeImports: true,
              message: "The sidebar is a separate program: it imports only types from src/ui/ (`import type`).",
            },
            {
              regex: `${up(depth)}(?!src/ui/|src/domain/)`,
              message: "The sidebar imports only its own files, types from src/ui/ and pure code from src/domain/.",
            },
          ],
        },
      ],
    },
  }));
}

/** Tests, benchmarks, fixtures and the emulator: never each other's direction. */
const notFrom = (folders, message) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: [{ regex: `(^|/)(${folders.join("|")})/`, message }] },
  ],
});

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-node/**",
      "node_modules/**",
      "coverage/**",
      ".tsbuild/**",
      ".tmp/**",
      "**/*.cjs",
      "src/functions/generated/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  ...srcLayerConfigs(),
  ...sidebarConfigs(),
  { files: ["tests/**/*.ts"], rules: notFrom(["bench"], "Tests and benchmarks share fixtures/, not each other.") },
  { files: ["bench/**/*.ts"], rules: notFrom(["tests"], "Tests and benchmarks share fixtures/, not each other.") },
  {
    files: ["emulator/**/*.ts", "fixtures/**/*.ts"],
    rules: notFrom(["tests", "bench"], "The emulator and fixtures serve tests and benchmarks, never the reverse."),
  },
  {
    // A day is an IsoDate; only the zone (domain/workbook/zone.ts) turns an instant into a day. Local-time
    // getters read the host's or the script's zone, not the spreadsheet's: the day shifts east or west.
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds)$/]",
          message: "Local-time Date methods depend on the host's zone: use IsoDate (common/dates.ts) and the Zone.",
        },
        {
          selector: "CallExpression[callee.property.name=/^toISOString$|^toLocale(Date)?String$/]",
          message: "An instant's UTC or locale text is not the spreadsheet's day: use the Zone or the codec.",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length>1]",
          message: "new Date(y, m, d) is midnight in the host's zone: use IsoDate, or Zone.midnight for a cell.",
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
