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
      "src/functions/entrypoints.generated.ts",
      "src/ui/endpoints.generated.ts",
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
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
