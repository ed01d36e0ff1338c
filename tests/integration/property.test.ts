/**
 * A seeded few hundred random edits of the workbook between answers and commands, through the built bundle
 * (fixtures/propertyRun.ts says what is thrown and what is checked after every step). `npm run bench`
 * (section «property») runs 10,000 edits.
 */
import { runProperty } from "../../fixtures/propertyRun";
import { DIST, requireBuild } from "../support/bundle";

describe("random edits between answers and commands", () => {
  it.each([11, 29])(
    "seed %i: every answer accepted whole or logged whole; nothing the add-on does not own changed",
    (seed) => {
      requireBuild();
      const stats = runProperty({ seed, edits: 240, dist: DIST });
      expect(stats.violations).toEqual([]);
      // The run reached every kind of outcome.
      expect(stats.accepted).toBeGreaterThan(20);
      expect(stats.logged).toBeGreaterThan(5);
      expect(stats.commands).toBeGreaterThan(10);
    },
  );
});
