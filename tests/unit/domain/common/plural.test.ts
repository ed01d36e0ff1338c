/** Russian counts: the noun agrees with the number, for every number, as a curator reads it. */
import { countOf, pluralForm, ruleCategory, WORDS, yearSpan } from "../../../../src/domain/common/plural";

describe("Russian plural forms", () => {
  it("agrees the noun with the number as the issue's examples read", () => {
    expect(countOf(2, WORDS.cellAcc)).toBe("2 ячейки");
    expect(countOf(5, WORDS.cellAcc)).toBe("5 ячеек");
    expect(countOf(1, WORDS.cellAcc)).toBe("1 ячейку");
    expect(countOf(101, WORDS.pair)).toBe("101 пара");
    expect(countOf(21, WORDS.pair)).toBe("21 пара");
    expect(countOf(11, WORDS.pair)).toBe("11 пар");
    expect(countOf(112, WORDS.pair)).toBe("112 пар");
    expect(countOf(22, WORDS.mentee)).toBe("22 наставляемых");
    expect(countOf(1, WORDS.mentee)).toBe("1 наставляемый");
    expect(countOf(0, WORDS.warning)).toBe("0 предупреждений");
    expect(countOf(1.5, WORDS.year)).toBe("1,5 года");
    expect(countOf(12345, WORDS.row)).toBe("12\u00a0345 строк");
  });

  it("takes Intl's Russian rules, which agree with the grammar rule for every count to 1,000", () => {
    const intl = new Intl.PluralRules("ru");
    for (let n = 0; n <= 1000; n++) {
      const expected = ruleCategory(n);
      expect([n, intl.select(n)]).toEqual([n, expected]);
      expect(pluralForm(n, ["one", "few", "many"])).toBe(expected);
    }
  });

  it("writes a span of years by its ends", () => {
    expect(yearSpan([2024, 2025, 2026, 2027])).toBe("2024–2027");
    expect(yearSpan(["2027", "2024"])).toBe("2024–2027");
    expect(yearSpan([2026])).toBe("2026");
    expect(yearSpan([])).toBe("");
  });
});
