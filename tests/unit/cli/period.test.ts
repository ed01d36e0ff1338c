import { cmn } from "../../support/cli";

describe("cmn period", () => {
  it("prints exactly {kind, occurrences, repeat, needsReview}", async () => {
    const r = await cmn("period", "до декабря 2021");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(["kind", "occurrences", "repeat", "needsReview"]);
    expect(JSON.parse(r.stdout)).toEqual({
      kind: "deadline",
      occurrences: [{ start: null, end: "2021-11-30" }],
      repeat: "none",
      needsReview: false,
    });
  });

  it("uses --year for a text with no year (Сеченово, «на 2021 год»)", async () => {
    const r = await cmn("period", "ежеквартально", "--year", "2021");
    expect(JSON.parse(r.stdout)).toEqual({
      kind: "interval",
      occurrences: [
        { start: "2021-01-01", end: "2021-03-31" },
        { start: "2021-04-01", end: "2021-06-30" },
        { start: "2021-07-01", end: "2021-09-30" },
        { start: "2021-10-01", end: "2021-12-31" },
      ],
      repeat: "quarterly",
      needsReview: false,
    });
  });

  it("uses --academic-year and --program (with = or a space, any dash)", async () => {
    expect(JSON.parse((await cmn("period", "март", "--academic-year=2022–2023")).stdout).occurrences).toEqual([
      { start: "2023-03-01", end: "2023-03-31" },
    ]);
    expect(JSON.parse((await cmn("period", "постоянно", "--program", "2020-2024")).stdout).occurrences).toEqual([
      { start: "2020-01-01", end: "2024-12-31" },
    ]);
  });

  it("takes an unquoted text as its words", async () => {
    const r = await cmn("period", "Январь,", "апрель", "2023");
    expect(JSON.parse(r.stdout).occurrences).toEqual([
      { start: "2023-01-01", end: "2023-01-31" },
      { start: "2023-04-01", end: "2023-04-30" },
    ]);
  });

  it("says when a text needs a look", async () => {
    expect(JSON.parse((await cmn("period", "сентябрь")).stdout)).toEqual({
      kind: "interval",
      occurrences: [],
      repeat: "none",
      needsReview: true,
    });
    expect(JSON.parse((await cmn("period", "по отдельному графику")).stdout)).toEqual({
      kind: "by-schedule",
      occurrences: [],
      repeat: "none",
      needsReview: false,
    });
  });

  it.each([
    [["period", "март", "--year", "двадцать"], "--year: «двадцать» — ожидается год, например 2022"],
    [
      ["period", "март", "--academic-year", "2022"],
      "--academic-year: «2022» — ожидаются два года через дефис, например 2022-2023",
    ],
    [
      ["period", "март", "--academic-year", "2022-2024"],
      "--academic-year: «2022-2024» — учебный год задаётся двумя годами подряд, например 2022-2023",
    ],
    [["period", "март", "--program", "2024-2020"], "--program: «2024-2020» — первый год программы позже последнего"],
    [["period", "март", "--month", "3"], "Неизвестный параметр --month"],
    [["period", "март", "--year"], "Параметру --year нужно значение"],
    [["period"], "Не указан текст срока"],
    [["period", "  "], "Пустой текст срока"],
  ])("%j → a Russian error and exit code 2", async (argv, message) => {
    const r = await cmn(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
  });

  it("is listed in cmn --help", async () => {
    const r = await cmn("--help");
    expect(r.stdout).toContain("period");
    expect(r.stdout).toContain("Разобрать срок");
  });
});
