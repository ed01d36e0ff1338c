/** «Собрать данные» needs to open other spreadsheets: read-only, and the README says why. */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../../..");
const manifest = JSON.parse(readFileSync(join(root, "appsscript.json"), "utf8")) as { oauthScopes: string[] };
const readme = readFileSync(join(root, "README.md"), "utf8");

describe("the add-on's scopes", () => {
  it("read other spreadsheets without being able to change them", () => {
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/spreadsheets.readonly");
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
    // Drive only as far as the documents need: files the add-on made or was given, never the whole Drive.
    expect(manifest.oauthScopes.filter((s) => /drive/.test(s))).toEqual(["https://www.googleapis.com/auth/drive.file"]);
  });

  it("are each explained in the README's scope list", () => {
    const list = readme.slice(readme.indexOf("Scopes (`appsscript.json`"));
    for (const scope of manifest.oauthScopes) expect(list).toContain(`\`${scope.split("/auth/")[1]}\``);
    expect(list).toMatch(/`spreadsheets\.readonly` \(the municipal coordinator's «Собрать данные»/);
    expect(list).toMatch(/`drive\.file` \(put the documents into a folder next to the workbook/);
  });
});
