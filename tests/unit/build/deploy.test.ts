/** `npm run deploy`: which project files it accepts and what it runs (scripts/deployTarget.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deploySteps, missingProjectHelp, projectFileProblem } from "../../../scripts/deployTarget";

const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdEFGH";

describe("deploy", () => {
  it("accepts a project file with a script ID and rootDir dist", () => {
    expect(projectFileProblem(".clasp-dev.json", JSON.stringify({ scriptId: ID, rootDir: "dist" }))).toBeNull();
    expect(projectFileProblem(".clasp-dev.json", JSON.stringify({ scriptId: ID, rootDir: "./dist/" }))).toBeNull();
  });

  it.each([
    ["the example's placeholder", readFileSync(join(__dirname, "../../../.clasp.json.example"), "utf8"), /scriptId/],
    ["no script ID", JSON.stringify({ rootDir: "dist" }), /scriptId/],
    ["another rootDir (clasp would push the sources)", JSON.stringify({ scriptId: ID, rootDir: "." }), /rootDir/],
    ["no rootDir", JSON.stringify({ scriptId: ID }), /rootDir/],
    ["broken JSON", "{ scriptId: ", /not JSON/],
  ])("refuses %s", (_name, text, message) => {
    expect(projectFileProblem(".clasp-prod.json", text)).toMatch(message);
  });

  it("tells how to make a missing project file with clasp create", () => {
    expect(missingProjectHelp("dev")).toMatch(/npx clasp create --type sheets .* --rootDir dist/);
    expect(missingProjectHelp("prod")).toMatch(/\.clasp-prod\.json/);
  });

  it("runs the whole test suite before pushing, and versions only prod", () => {
    expect(deploySteps("dev", "/repo/.clasp-dev.json", "1.2.3")).toEqual([
      ["npm", ["test"]],
      ["npx", ["clasp", "push", "--force", "--project", "/repo/.clasp-dev.json"]],
    ]);
    const prod = deploySteps("prod", "/repo/.clasp-prod.json", "1.2.3");
    expect(prod[0]).toEqual(["npm", ["test"]]);
    expect(prod.at(-1)).toEqual([
      "npx",
      ["clasp", "create-deployment", "--project", "/repo/.clasp-prod.json", "--description", "v1.2.3"],
    ]);
  });
});
