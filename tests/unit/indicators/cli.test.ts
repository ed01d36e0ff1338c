import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { importIndicators } from "../../../src/cli/commands/importIndicators";
import { importContingent } from "../../../src/cli/commands/importContingent";
import { SAMPLES_DIR } from "../../../fixtures/samples";

/** A command's result as a promise, so a synchronous throw is a rejection. */
const attempt = (command: { run(args: string[]): unknown }, args: string[]) =>
  Promise.resolve().then(() => command.run(args));

const SAMPLES = SAMPLES_DIR;

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

  it("reads a .csv table and a table without its header (years from --years), saying so on stderr", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cmn-indicators-"));
    const rows = [
      "1;Доля детей в возрасте от 10 до 18 лет, вошедших в программы наставничества в роли наставляемого, %;10;20",
      "2;Охват педагогических работников программами наставничества, %;15;-",
    ];
    const csv = join(dir, "kpi.csv");
    writeFileSync(csv, ["№;Наименование показателя;2024 г.;2025 г.", ...rows].join("\n"));
    const out = (await importIndicators.run([csv])) as { indicators: { code: string; targets: unknown }[] };
    expect(out.indicators.map((i) => [i.code, i.targets])).toEqual([
      ["mentees_10_18", { "2024": 10, "2025": 20 }],
      ["teachers_coverage", { "2024": 15, "2025": null }],
    ]);
    const headless = join(dir, "kpi-fragment.csv");
    writeFileSync(headless, rows.join("\n"));
    const stderr = jest.spyOn(process.stderr, "write");
    const inferred = (await importIndicators.run([headless, "--years", "2024-2025"])) as typeof out;
    expect(inferred.indicators.map((i) => i.targets)).toEqual([
      { "2024": 10, "2025": 20 },
      { "2024": 15, "2025": null },
    ]);
    expect(stderr).toHaveBeenCalledWith(
      "Предупреждение: Заголовок не найден, столбцы определены по содержимому: № · Показатель · 2024 · 2025. Проверьте их и при необходимости поправьте\n",
    );
    await expect(attempt(importIndicators, [headless])).rejects.toMatchObject({
      message: expect.stringContaining("Не найдены столбцы с годами"),
    });
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
