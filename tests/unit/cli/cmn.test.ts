/** `cmn` itself: help, unknown commands and flags answered in Russian with a non-zero exit. */
import { main } from "../../../src/cli/cmn";
import { COMMANDS } from "../../../src/cli/commands/index";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const so = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const se = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    so.mockRestore();
    se.mockRestore();
  }
}

describe("cmn", () => {
  it("lists every command with its usage in --help", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    for (const c of COMMANDS) {
      expect(out).toContain(c.name);
      expect(out).toContain(c.usage);
    }
  });

  it("refuses an unknown command in Russian", async () => {
    const { code, err, out } = await run(["импорт"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("Неизвестная команда «импорт»");
  });
});
