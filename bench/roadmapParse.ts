/**
 * Timing the roadmap parser: a generated 2,000-item roadmap (PDF-style text with interleaved columns, and the
 * same as a table) and the three real samples. Returns figures; printing is the caller's business.
 */
import { readFileSync } from "node:fs";
import { generatedRoadmapTable, generatedRoadmapText, roadmapNoise } from "../fixtures/roadmaps/generated";
import { SAMPLES_DIR } from "../fixtures/samples";
import { parseRoadmap } from "../src/domain/roadmap";
import type { RoadmapInput } from "../src/domain/roadmap";

export interface RoadmapBenchFigure {
  name: string;
  items: number;
  lines: number;
  /** Median of the runs, milliseconds. */
  medianMs: number;
  runs: number;
}

function time(name: string, input: RoadmapInput, runs: number, lines: number): RoadmapBenchFigure {
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    items = parseRoadmap(input).items.length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, items, lines, medianMs: Math.round(times[Math.floor(times.length / 2)] * 100) / 100, runs };
}

export function benchRoadmapParse(samplesDir = SAMPLES_DIR, runs = 5): RoadmapBenchFigure[] {
  const text = generatedRoadmapText();
  const table = generatedRoadmapTable();
  const noise = roadmapNoise(5000);
  const figures = [
    time("generated PDF text, 2000 items", { kind: "text", text }, runs, text.split("\n").length),
    time("generated table, 2000 items", { kind: "table", rows: table }, runs, table.length),
    time("5,000 lines of noise (no item)", { kind: "text", text: noise }, runs, 5000),
  ];
  for (const name of ["roadmap-oosh-talon.txt", "roadmap-municipal-sechenovo.txt", "roadmap-dou-2023.txt"]) {
    const sample = readFileSync(`${samplesDir}/${name}`, "utf8");
    figures.push(time(name, { kind: "text", text: sample }, runs * 4, sample.split("\n").length));
  }
  return figures;
}
