import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettierConfig from "eslint-config-prettier";

const appsScriptGlobals = [
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
].map((name) => ({ name, message: "Domain and custom-function code stays free of Apps Script globals." }));

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "dist-node/**",
      "node_modules/**",
      "coverage/**",
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
  {
    files: ["src/domain/**/*.ts", "src/functions/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...appsScriptGlobals] },
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
