import { SAMPLES_DIR } from "../../support/samples";
import { benchRoadmapParse, generatedRoadmapText } from "../../../bench/roadmapParse";
import { parseRoadmap } from "../../../src/domain/roadmap";

describe("bench/roadmapParse", () => {
  it("the generated 2,000-item roadmap parses whole: no item lost, merged or invented", () => {
    const parsed = parseRoadmap({ kind: "text", text: generatedRoadmapText() });
    expect(parsed.items).toHaveLength(2000);
    expect(parsed.sections).toHaveLength(100);
    expect(parsed.items[1999]).toMatchObject({
      number: "100.20",
      title: "Проведение мероприятия 2000 с участием наставников и наставляемых",
      result: "Приказ ОО",
    });
    expect(new Set(parsed.items.map((i) => i.number)).size).toBe(2000);
  });

  it("returns figures for the generated roadmap and the samples", () => {
    const figures = benchRoadmapParse(SAMPLES_DIR, 1);
    expect(figures.map((f) => [f.name, f.items])).toEqual([
      ["generated PDF text, 2000 items", 2000],
      ["generated table, 2000 items", 2000],
      ["roadmap-oosh-talon.txt", 35],
      ["roadmap-municipal-sechenovo.txt", 28],
      ["roadmap-dou-2023.txt", 16],
    ]);
    for (const f of figures) expect(f.medianMs).toBeGreaterThanOrEqual(0);
  });
});
