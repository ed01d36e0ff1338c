import { parsePeriod } from "../../../src/domain/periods";
import { SAMPLE_FIXTURES, SPEC_FIXTURES } from "../../../fixtures/periods";

const label = (f: { source: string; row: string; text: string }) => `${f.source} ${f.row}: ${JSON.stringify(f.text)}`;

describe("every deadline of the three roadmap samples parses as periods.md says", () => {
  it.each(SAMPLE_FIXTURES.map((f) => [label(f), f] as const))("%s", (_name, f) => {
    expect(parsePeriod(f.text, f.context)).toEqual(f.expected);
  });

  it("covers all three samples", () => {
    const counts = { talon: 0, dou: 0, sechenovo: 0 } as Record<string, number>;
    for (const f of SAMPLE_FIXTURES) counts[f.source]++;
    expect(counts).toEqual({ talon: 35, dou: 18, sechenovo: 28 });
  });

  it("ДОУ gives the same dates whichever year its header suggests: every text names its year", () => {
    for (const f of SAMPLE_FIXTURES.filter((x) => x.source === "dou")) {
      expect(parsePeriod(f.text, { academicYear: [2023, 2024] })).toEqual(f.expected);
    }
  });
});

describe("the examples of periods.md", () => {
  it.each(SPEC_FIXTURES.map((f) => [label(f), f] as const))("%s", (_name, f) => {
    expect(parsePeriod(f.text, f.context)).toEqual(f.expected);
  });
});
