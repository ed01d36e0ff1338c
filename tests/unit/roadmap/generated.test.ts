import { generatedRoadmapText } from "../../../fixtures/roadmaps/generated";
import { parseRoadmap } from "../../../src/domain/roadmap";

describe("a generated 2,000-item roadmap (fixtures/roadmap.ts, also timed by `npm run bench`)", () => {
  it("parses whole: no item lost, merged or invented", () => {
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
});
