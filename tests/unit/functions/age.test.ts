import { CMN_AGE } from "../../../src/functions/age";

describe("CMN_AGE", () => {
  it("counts full years from text, Dates and serial numbers", () => {
    expect(CMN_AGE.impl("15.09.2010", "14.09.2025")).toBe(14);
    expect(CMN_AGE.impl("15.09.2010", "15.09.2025")).toBe(15);
    expect(CMN_AGE.impl(new Date(2010, 8, 15), new Date(2025, 8, 1))).toBe(14);
    expect(CMN_AGE.impl("2010-09-15", "01.09.2028")).toBe(17);
    // Sheets serials: 40436 = 15.09.2010, 45901 = 01.09.2025.
    expect(CMN_AGE.impl(40436, 45901)).toBe(14);
    expect(CMN_AGE.impl("1.9.2007 г.", "01.09.2025")).toBe(18);
  });

  it("makes someone born on 29 February a year older on 28 February of a common year (ГК РФ ст. 192)", () => {
    expect(CMN_AGE.impl("29.02.2012", "27.02.2013")).toBe(0);
    expect(CMN_AGE.impl("29.02.2012", "28.02.2013")).toBe(1);
    expect(CMN_AGE.impl("29.02.2012", "28.02.2016")).toBe(3);
    expect(CMN_AGE.impl("29.02.2012", "29.02.2016")).toBe(4);
  });

  it("defaults to today", () => {
    const now = new Date();
    expect(CMN_AGE.impl(new Date(now.getFullYear() - 12, now.getMonth(), now.getDate()))).toBe(12);
  });

  it("answers bad input in Russian", () => {
    expect(() => CMN_AGE.impl("01.09.2030", "01.09.2025")).toThrow(
      "дата рождения 01.09.2030 позже даты расчёта 01.09.2025",
    );
    expect(() => CMN_AGE.impl("31.02.2010", "01.09.2025")).toThrow(
      "дата рождения: «31.02.2010» — не дата (ожидается дд.мм.гггг)",
    );
    expect(() => CMN_AGE.impl("вчера", "01.09.2025")).toThrow("«вчера» — не дата");
    expect(() => CMN_AGE.impl(-5, "01.09.2025")).toThrow("«-5» — не дата");
    expect(() => CMN_AGE.impl("01.09.2010", "скоро")).toThrow("дата расчёта: «скоро» — не дата");
    expect(CMN_AGE.impl("", "01.09.2025")).toBeNull();
  });

  it("maps a column of birth dates, blank rows blank, a bad cell reported in place", () => {
    const out = CMN_AGE.impl([["01.09.2010"], [""], ["x"], [new Date(2000, 0, 1)]], "01.09.2025");
    expect(out).toEqual([[15], [null], ["Ошибка: дата рождения: «x» — не дата (ожидается дд.мм.гггг)"], [25]]);
    expect(CMN_AGE.impl([["01.09.2010"], ["01.09.2010"]], [["31.08.2025"], ["01.09.2025"]])).toEqual([[14], [15]]);
  });

  it("handles 10,000 rows", () => {
    const births = Array.from({ length: 10000 }, (_, i) => [
      `${String((i % 28) + 1).padStart(2, "0")}.0${(i % 9) + 1}.20${String(i % 15).padStart(2, "0")}`,
    ]);
    const out = CMN_AGE.impl(births, "01.01.2026") as number[][];
    expect(out).toHaveLength(10000);
    expect(out[0][0]).toBe(26); // 01.01.2000
    expect(out.every((r) => typeof r[0] === "number" && r[0] >= 11 && r[0] <= 26)).toBe(true);
  });
});
