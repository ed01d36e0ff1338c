/** What the build derives from the catalogue: the README's function table (`npm run docs`). */
import fs from "node:fs";
import path from "node:path";
import { renderFunctionsTable, withFunctionsTable } from "../../../scripts/codegen";
import { CATALOGUE } from "../../../src/functions/catalogue";

const README = path.resolve(__dirname, "../../../README.md");

describe("README.md", () => {
  it("holds the catalogue's function table as `npm run docs` writes it", () => {
    const readme = fs.readFileSync(README, "utf8");
    const table = (text: string) =>
      text.slice(text.indexOf("<!-- functions:start -->"), text.indexOf("<!-- functions:end -->"));
    expect(table(readme)).toBe(table(withFunctionsTable(readme)));
  });

  it("the table has a row per custom function, with its signature and summary", () => {
    const table = renderFunctionsTable(CATALOGUE);
    expect(table.split("\n")).toHaveLength(CATALOGUE.length + 2);
    for (const fn of CATALOGUE) {
      const signature = `${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      expect(table).toContain(`| \`${signature}\` | ${fn.summary.replace(/\|/g, "\\|")} |`);
    }
  });

  it("a stale table is rewritten, the text around it kept", () => {
    const stale = "intro\n<!-- functions:start -->\n| old |\n<!-- functions:end -->\noutro\n";
    expect(withFunctionsTable(stale)).toBe(
      `intro\n<!-- functions:start -->\n${renderFunctionsTable(CATALOGUE)}\n<!-- functions:end -->\noutro\n`,
    );
    expect(() => withFunctionsTable("no markers")).toThrow(/functions:start/);
  });
});
