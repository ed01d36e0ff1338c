import { CATALOGUE } from "../../../src/functions/catalogue";
import { CMN_DEADLINE } from "../../../src/functions/deadline";
import { CMN_PERIOD } from "../../../src/functions/period";

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d);

describe("CMN_DEADLINE and CMN_PERIOD in a sheet", () => {
  beforeAll(() => {
    jest.useFakeTimers({ now: new Date(2021, 4, 10, 15, 30) }); // the curator opens the sheet on 10 May 2021
  });
  afterAll(() => jest.useRealTimers());

  it("are in the catalogue with Russian help", () => {
    const names = CATALOGUE.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(["CMN_DEADLINE", "CMN_PERIOD"]));
    for (const f of [CMN_DEADLINE, CMN_PERIOD]) {
      expect(f.summary).toMatch(/[а-я]/);
      expect(f.params.map((p) => p.name)).toEqual(["text", "year"]);
      expect(f.example).toMatch(new RegExp(`^=${f.name}\\(`));
    }
  });

  it("CMN_DEADLINE gives the end of the next occurrence as a date", () => {
    expect(CMN_DEADLINE.impl("до 15.02.2021 г.")).toEqual(day(2021, 2, 15)); // past: the last (only) date
    expect(CMN_DEADLINE.impl("ежеквартально", 2021)).toEqual(day(2021, 6, 30)); // Q2 is under way
    expect(CMN_DEADLINE.impl("Февраль-\nмай \n2022")).toEqual(day(2022, 5, 31));
    expect(CMN_DEADLINE.impl("март", "2020-2021")).toEqual(day(2021, 3, 31)); // school year: March is in the second
    expect(CMN_DEADLINE.impl("сентябрь", "2021/22 уч. г.")).toEqual(day(2021, 9, 30));
  });

  it("CMN_DEADLINE maps a range cell by cell, with a message for by-schedule and an error text for the unreadable", () => {
    const out = CMN_DEADLINE.impl(
      [["до 30.12.2021"], ["в соответствии со сроками реализации программ наставничества"], ["когда-нибудь"], [""]],
      2021,
    );
    expect(out).toEqual([
      [day(2021, 12, 30)],
      ["по отдельному графику (своей даты нет)"],
      ["Ошибка: срок «когда-нибудь» не распознан"],
      [""],
    ]);
  });

  it("CMN_DEADLINE asks for the year when the text has none", () => {
    expect(() => CMN_DEADLINE.impl("в течение года")).toThrow(
      "в сроке «в течение года» не хватает года: укажите его вторым аргументом, например 2022 или 2022-2023",
    );
    expect(() => CMN_DEADLINE.impl("апрель", "двадцать первый")).toThrow("год «двадцать первый» не распознан");
  });

  it("CMN_PERIOD gives one row [start, end] per occurrence, start blank for a deadline", () => {
    expect(CMN_PERIOD.impl("Январь, апрель 2023")).toEqual([
      [day(2023, 1, 1), day(2023, 1, 31)],
      [day(2023, 4, 1), day(2023, 4, 30)],
    ]);
    expect(CMN_PERIOD.impl("до декабря 2021")).toEqual([["", day(2021, 11, 30)]]);
    expect(CMN_PERIOD.impl([["ежеквартально"]], [[2021]])).toHaveLength(4);
    expect(CMN_PERIOD.impl("по отдельному графику")).toBe("по отдельному графику (своей даты нет)");
    expect(CMN_PERIOD.impl("")).toBe("");
  });

  it("CMN_PERIOD refuses a range of several cells", () => {
    expect(() => CMN_PERIOD.impl([["март 2022"], ["май 2022"]])).toThrow(
      "нужна одна ячейка со сроком, а не диапазон 2×1",
    );
  });

  it("a date typed as a date is that day", () => {
    expect(CMN_DEADLINE.impl(day(2021, 9, 1))).toEqual(day(2021, 9, 1));
  });
});
