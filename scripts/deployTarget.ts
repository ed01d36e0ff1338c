/**
 * What `npm run deploy` checks and runs (scripts/deploy.mjs does the I/O). The targets' script IDs live in
 * .clasp-dev.json and .clasp-prod.json, not committed (as google/aside keeps dev and prod apart): each
 * developer or school has its own scripts. They reach clasp through --project, so no .clasp.json is
 * needed, and `clasp create` (which refuses to run where a .clasp.json exists) stays usable.
 */
export type Target = "dev" | "prod";

export const projectFileName = (target: Target): string => `.clasp-${target}.json`;

/** How to make the missing project file, in clasp 3's own terms. */
export function missingProjectHelp(target: Target): string {
  const type = target === "dev" ? "sheets" : "standalone";
  return (
    `${projectFileName(target)} is missing. Create the ${target} script with\n` +
    `  npx clasp create --type ${type} --title "Наставничество (ЦМН)" --rootDir dist\n` +
    `and rename the .clasp.json it writes to ${projectFileName(target)}; or copy .clasp.json.example there ` +
    "and put in an existing script's ID (README, «Deploying to Google»)."
  );
}

/** Why a project file cannot be deployed to, or null when it can. */
export function projectFileProblem(file: string, text: string): string | null {
  let settings: { scriptId?: unknown; rootDir?: unknown };
  try {
    settings = JSON.parse(text);
  } catch (error) {
    return `${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (typeof settings.scriptId !== "string" || !/^[\w-]{20,}$/.test(settings.scriptId))
    return `${file}: "scriptId" is not a script ID (Apps Script editor → Project Settings → Script ID).`;
  const rootDir = typeof settings.rootDir === "string" ? settings.rootDir.replace(/^\.\//, "").replace(/\/$/, "") : "";
  if (rootDir !== "dist")
    return `${file}: "rootDir" must be "dist" (the build's output), not ${JSON.stringify(settings.rootDir)}.`;
  return null;
}

/** The commands, in order: the whole test suite (it builds), the push, and for prod a versioned deployment. */
export function deploySteps(target: Target, projectFile: string, version: string): Array<[string, string[]]> {
  return [
    ["npm", ["test"]],
    ["npx", ["clasp", "push", "--force", "--project", projectFile]],
    ...(target === "prod"
      ? [
          ["npx", ["clasp", "create-deployment", "--project", projectFile, "--description", `v${version}`]] as [
            string,
            string[],
          ],
        ]
      : []),
  ];
}
