/** `cmn` itself: help, unknown commands and flags answered in Russian with a non-zero exit. */
import { cmn } from "../../support/cli";
import { COMMANDS } from "../../../src/cli/commands/index";

describe("cmn", () => {
  it("lists every command with its usage in --help", async () => {
    const { code, stdout: out } = await cmn("--help");
    expect(code).toBe(0);
    for (const c of COMMANDS) {
      expect(out).toContain(c.name);
      expect(out).toContain(c.usage);
    }
  });

  it("refuses an unknown command in Russian", async () => {
    const { code, stderr: err, stdout: out } = await cmn("импорт");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("Неизвестная команда «импорт»");
  });
});
