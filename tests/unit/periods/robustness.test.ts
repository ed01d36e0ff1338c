import { parsePeriod, type Period } from "../../../src/domain/periods";

const interval = (start: string, end: string): Period => ({
  kind: "interval",
  occurrences: [{ start, end }],
  repeat: "none",
  needsReview: false,
});

describe("texts as people type them", () => {
  it.each([
    "Февраль-май 2022",
    "Февраль–май 2022",
    "Февраль—май 2022",
    "Февраль − май 2022",
    "февраль ‐ МАЙ 2022",
    "Февраль-\nмай \n2022",
    "ФЕВРАЛЬ -\r\n  май\u00a02022 г.",
  ])("%j is February–May 2022 whatever the dash, case or line break", (text) => {
    expect(parsePeriod(text, {})).toEqual(interval("2022-02-01", "2022-05-31"));
  });

  it.each([
    ["декабрь 2022г.", "2022-12-01", "2022-12-31"],
    ["декабрь 2022 года", "2022-12-01", "2022-12-31"],
    ["декабрь 2022 гг.", "2022-12-01", "2022-12-31"],
    ["Декабрь2022", "2022-12-01", "2022-12-31"],
    ["30.08..2021", "2021-08-30", "2021-08-30"],
    ["30 .08. 2021 г.", "2021-08-30", "2021-08-30"],
    ["1.9.2022", "2022-09-01", "2022-09-01"],
    ["2022 - 2023 учебный год", "2022-09-01", "2023-08-31"],
    ["2022-23 уч.год", "2022-09-01", "2023-08-31"],
    ["ІІІ квартал 2022", "2022-07-01", "2022-09-30"], // Cyrillic «І» typed for the Roman numeral
    ["3 кв. 2022 г.", "2022-07-01", "2022-09-30"],
    ["1-е полугодие 2023", "2023-01-01", "2023-06-30"],
    ["Сентбрь 2021", "2021-09-01", "2021-09-30"], // one letter missing
    ["в течение сентября 2022", "2022-09-01", "2022-09-30"],
  ])("%j → %s…%s", (text, start, end) => {
    expect(parsePeriod(text, {})).toEqual(interval(start, end));
  });

  it("reads «до» a date as that day and «не позднее» a month as its last day", () => {
    expect(parsePeriod("до 15.02.2021г", {}).occurrences).toEqual([{ start: null, end: "2021-02-15" }]);
    expect(parsePeriod("не позднее декабря 2021", {}).occurrences).toEqual([{ start: null, end: "2021-12-31" }]);
    expect(parsePeriod("до конца 2022 года", {}).occurrences).toEqual([{ start: null, end: "2022-12-31" }]);
    expect(parsePeriod("к 1 сентября 2022 г.", {})).toEqual({
      kind: "deadline",
      occurrences: [{ start: null, end: "2022-09-01" }],
      repeat: "none",
      needsReview: false,
    });
  });

  it("places months with no year in the school year: September–December first, January–August second", () => {
    const ctx = { academicYear: [2022, 2023] as [number, number] };
    expect(parsePeriod("сентябрь", ctx).occurrences).toEqual([{ start: "2022-09-01", end: "2022-09-30" }]);
    expect(parsePeriod("март", ctx).occurrences).toEqual([{ start: "2023-03-01", end: "2023-03-31" }]);
    expect(parsePeriod("сентябрь-май", ctx).occurrences).toEqual([{ start: "2022-09-01", end: "2023-05-31" }]);
    expect(parsePeriod("до 30 октября", ctx).occurrences).toEqual([{ start: null, end: "2022-10-30" }]);
  });

  it("lets a school year win over the calendar year when both are given", () => {
    expect(parsePeriod("март", { year: 2022, academicYear: [2022, 2023] }).occurrences).toEqual([
      { start: "2023-03-01", end: "2023-03-31" },
    ]);
  });

  it("lets a span in the text win over the programme", () => {
    const p = parsePeriod("до 15.10. ежегодно (в период с 2020 по 2024 г.г.)", { program: [2021, 2022] });
    expect(p.occurrences.map((o) => o.end)).toEqual([
      "2020-10-15",
      "2021-10-15",
      "2022-10-15",
      "2023-10-15",
      "2024-10-15",
    ]);
    expect(parsePeriod("до 15.10. ежегодно", { program: [2021, 2022] }).occurrences.map((o) => o.end)).toEqual([
      "2021-10-15",
      "2022-10-15",
    ]);
  });

  it("repeats a day of the month with «ежемесячно», clamping to short months", () => {
    const p = parsePeriod("ежемесячно до 30 числа", { year: 2023 });
    expect(p.kind).toBe("deadline");
    expect(p.repeat).toBe("monthly");
    expect(p.occurrences).toHaveLength(12);
    expect(p.occurrences[1]).toEqual({ start: null, end: "2023-02-28" });
  });
});

describe("more ways of writing the same thing", () => {
  it("reads «1 раз в год», «каждого месяца» and a year after a comma", () => {
    expect(parsePeriod("1 раз в год", { year: 2022 })).toEqual({
      kind: "interval",
      occurrences: [{ start: "2022-01-01", end: "2022-12-31" }],
      repeat: "yearly",
      needsReview: false,
    });
    const monthly = parsePeriod("до 10 числа каждого месяца", { year: 2022 });
    expect(monthly.repeat).toBe("monthly");
    expect(monthly.occurrences[0]).toEqual({ start: null, end: "2022-01-10" });
    expect(parsePeriod("март, 2022", {})).toEqual(interval("2022-03-01", "2022-03-31"));
  });

  it("lists ranges and years: «Октябрь – ноябрь 2021 г., март – апрель 2022 г.»", () => {
    expect(parsePeriod("Октябрь – ноябрь 2021 г., март – апрель 2022 г.", {}).occurrences).toEqual([
      { start: "2021-10-01", end: "2021-11-30" },
      { start: "2022-03-01", end: "2022-04-30" },
    ]);
  });

  it("takes the span of a continuous item from the text when it names one", () => {
    expect(
      parsePeriod("в течение всего периода реализации программы (2020-2024 гг.)", { program: [2021, 2022] })
        .occurrences,
    ).toEqual([{ start: "2020-01-01", end: "2024-12-31" }]);
  });
});

describe("never guessing silently", () => {
  it("flags a range across New Year placed only by a calendar year", () => {
    const p = parsePeriod("сентябрь-май", { year: 2022 });
    expect(p.needsReview).toBe(true);
  });

  it("does not take a count for a day: «2 раза в год» is not understood", () => {
    expect(parsePeriod("2 раза в год", { year: 2022 })).toEqual({
      kind: "unknown",
      occurrences: [],
      repeat: "none",
      needsReview: true,
    });
  });

  it("flags a month with no year and no context, and gives it no date", () => {
    expect(parsePeriod("сентябрь", {})).toEqual({
      kind: "interval",
      occurrences: [],
      repeat: "none",
      needsReview: true,
    });
  });

  it("flags a text it only partly understood", () => {
    const p = parsePeriod("март 2022, после согласования с управлением", {});
    expect(p.occurrences).toEqual([{ start: "2022-03-01", end: "2022-03-31" }]);
    expect(p.needsReview).toBe(true);
  });

  it("flags a date that does not exist", () => {
    expect(parsePeriod("31.11.2022", {})).toEqual({
      kind: "interval",
      occurrences: [],
      repeat: "none",
      needsReview: true,
    });
  });

  it("flags a repetition the output cannot express", () => {
    expect(parsePeriod("еженедельно", { year: 2022 }).needsReview).toBe(true);
  });

  it("flags continuous periods and repetitions with no span at all", () => {
    expect(parsePeriod("постоянно", {})).toEqual({
      kind: "continuous",
      occurrences: [],
      repeat: "none",
      needsReview: true,
    });
    expect(parsePeriod("в течение учебного года", { year: 2022 })).toEqual({
      kind: "continuous",
      occurrences: [],
      repeat: "none",
      needsReview: true,
    });
    expect(parsePeriod("ежеквартально", {})).toEqual({
      kind: "interval",
      occurrences: [],
      repeat: "quarterly",
      needsReview: true,
    });
  });

  it("keeps a start with no end open and flags it", () => {
    expect(parsePeriod("с 01.09.2022", {})).toEqual({
      kind: "interval",
      occurrences: [{ start: "2022-09-01", end: null }],
      repeat: "none",
      needsReview: true,
    });
  });

  it("answers unknown for nothing understood", () => {
    for (const text of ["", "   ", "уточняется", "по итогам года"]) {
      expect(parsePeriod(text, { year: 2021 })).toEqual({
        kind: "unknown",
        occurrences: [],
        repeat: "none",
        needsReview: true,
      });
    }
  });
});
