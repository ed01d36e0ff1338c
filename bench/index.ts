/**
 * `npm run bench`: prints figures as JSON. Benchmarks measure; they do not pass or fail on a figure (the
 * test suite holds no wall-clock limit either), but a section that crashes makes the exit code 1, so CI
 * notices a broken benchmark. Each section is a function returning plain figures; add a section: one
 * file, one line in SECTIONS. `npm run bench -- emulator demo` runs only those sections.
 */
import { bundleBench } from "./bundle";
import { cliBench } from "./cli";
import { demoBench } from "./demo";
import { emulatorBench } from "./emulator";
import { benchFunctions } from "./functions";
import { formsBench } from "./forms";
import { retryBench } from "./retry";
import { propertyBench } from "./property";
import { matchingBench } from "./matching";
import { indicatorsBench } from "./indicators";
import { matchingSheetBench } from "./matchingSheet";
import { municipalBench } from "./municipal";
import { optimiserBench, optimiserChild } from "./optimiser";
import { runPeriodsBench } from "./periods";
import { roadmapBench } from "./roadmap";
import { readerBench } from "./roadmapReader";
import { benchRoadmapParse } from "./roadmapParse";

type Section = { name: string; run: () => Promise<Record<string, unknown>> | Record<string, unknown> };

const rate = (n: number, d: number) => (d ? Number(((100 * n) / d).toFixed(1)) : null);

const SECTIONS: Section[] = [
  { name: "bundle", run: bundleBench },
  {
    name: "periods",
    run: () =>
      Object.fromEntries(
        runPeriodsBench().map((l) => [
          l.group.trim(),
          {
            texts: l.texts,
            parserExactPct: rate(l.parserExact, l.texts),
            chronoRuExactPct: rate(l.chronoExact, l.texts),
            parserDatesPct: rate(l.parserDates, l.texts),
            chronoRuDatesPct: rate(l.chronoDates, l.texts),
          },
        ]),
      ),
  },
  {
    name: "functions",
    run: () => ({ rows: 10000, msPerCall: Object.fromEntries(benchFunctions().map((r) => [r.name, r.msPerCall])) }),
  },
  { name: "matching", run: matchingBench },
  { name: "optimiser", run: optimiserBench },
  { name: "indicators", run: indicatorsBench },
  {
    name: "roadmapParse",
    run: () => Object.fromEntries(benchRoadmapParse().map(({ name, ...figures }) => [name, figures])),
  },
  { name: "roadmap", run: roadmapBench },
  { name: "roadmapReader", run: readerBench },
  { name: "forms", run: formsBench },
  { name: "retry", run: retryBench },
  { name: "property", run: propertyBench },
  { name: "matchingSheet", run: matchingSheetBench },
  { name: "cli", run: cliBench },
  { name: "municipal", run: municipalBench },
  { name: "emulator", run: () => emulatorBench() },
  { name: "demo", run: demoBench },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const out: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
  for (const section of SECTIONS) {
    if (only.length && !only.includes(section.name)) continue;
    const started = Date.now();
    try {
      out[section.name] = await section.run();
    } catch (error) {
      out[section.name] = { error: error instanceof Error ? error.message : String(error) };
      process.exitCode = 1;
    }
    process.stderr.write(`bench: ${section.name} ${Date.now() - started} ms\n`);
  }
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
}

if (!optimiserChild()) void main();
