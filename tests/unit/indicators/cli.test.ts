import { join } from "path";
import { importIndicators } from "../../../src/cli/commands/importIndicators";
import { importContingent } from "../../../src/cli/commands/importContingent";
import { benchFunctions } from "../../../bench/functions";

/** A command's result as a promise, so a synchronous throw is a rejection. */
const attempt = (command: { run(args: string[]): unknown }, args: string[]) =>
  Promise.resolve().then(() => command.run(args));

const SAMPLES = join(__dirname, "../../fixtures/samples");

describe("cmn import-indicators / import-contingent", () => {
  beforeEach(() => jest.spyOn(process.stderr, "write").mockImplementation(() => true));
  afterEach(() => jest.restoreAllMocks());

  it("prints the sample's indicators in the stable shape", async () => {
    const out = (await importIndicators.run([join(SAMPLES, "indicators-sosh7.txt")])) as {
      indicators: Array<Record<string, unknown>>;
    };
    expect(out.indicators).toHaveLength(5);
    expect(Object.keys(out.indicators[0])).toEqual(["number", "name", "code", "unit", "targets"]);
    expect(out.indicators[0].targets).toEqual({ "2022": 10, "2023": 20, "2024": 35, "2025": null });
  });

  it("prints the sample's contingent rows and problems", async () => {
    const out = (await importContingent.run([join(SAMPLES, "roadmap-oosh-talon.txt")])) as {
      rows: unknown[];
      problems: Array<{ severity: string }>;
    };
    expect(out.rows).toHaveLength(21);
    expect(out.problems.map((p) => p.severity)).toEqual([
      "suggestion",
      "suggestion",
      "error",
      "error",
      "warning",
      "warning",
    ]);
  });

  it("answers bad input with a Russian error and a non-zero exit code", async () => {
    await expect(attempt(importIndicators, [])).rejects.toMatchObject({
      message: expect.stringContaining("Не указан файл"),
      exitCode: 2,
    });
    await expect(attempt(importIndicators, ["/nonexistent.txt"])).rejects.toMatchObject({
      message: "Файл не найден: /nonexistent.txt",
      exitCode: 1,
    });
    await expect(attempt(importIndicators, [join(SAMPLES, "roadmap-dou-2023.txt")])).rejects.toMatchObject({
      exitCode: 1,
    });
    await expect(attempt(importContingent, [join(SAMPLES, "indicators-sosh7.txt")])).rejects.toMatchObject({
      message: expect.stringContaining("Не найдено ни одной строки контингента"),
    });
  });
});

describe("bench/functions", () => {
  it("times every new function on 10,000 rows", () => {
    const results = benchFunctions(10000, 1);
    expect(results.map((r) => r.name)).toEqual(["CMN_SHARE", "CMN_STATUS", "CMN_SATISFIED", "CMN_GROWTH", "CMN_AGE"]);
    for (const r of results) expect(r.msPerCall).toBeGreaterThanOrEqual(0);
  });
});
