import { chronoPeriod, printPeriodsBench } from "../../../bench/periods";

describe("comparison with chrono-node (bench/periods.ts)", () => {
  it("maps chrono fairly: a month widened to the month, «до» a month ending the day before", () => {
    expect(chronoPeriod("Сентябрь 2021", {})).toEqual({
      kind: "interval",
      occurrences: [{ start: "2021-09-01", end: "2021-09-30" }],
      repeat: "none",
      needsReview: false,
    });
    expect(chronoPeriod("до декабря 2021", {})).toEqual({
      kind: "deadline",
      occurrences: [{ start: null, end: "2021-11-30" }],
      repeat: "none",
      needsReview: false,
    });
    expect(chronoPeriod("ежеквартально", { year: 2021 })).toEqual({
      kind: "unknown",
      occurrences: [],
      repeat: "none",
      needsReview: true,
    });
  });

  it("the parser matches periods.md on every sample deadline, and beats chrono", () => {
    const printed: string[] = [];
    const [samples] = printPeriodsBench((l) => printed.push(l));
    expect(samples.texts).toBe(81);
    expect(samples.parserExact).toBe(samples.texts);
    expect(samples.chronoExact).toBeLessThan(samples.parserExact);
    expect(printed.join("\n")).toContain("chrono.ru");
  });
});
