/**
 * «Подобрать пары» through the built bundle (dist/Code.js in node:vm) on the «large» demo school: 2,000
 * mentees, 500 mentors, 450 pairs of three years. Wall time of each phase and the Apps Script service
 * calls it makes, then «Пересчитать пары» and a hand swap (the onEdit trigger) on the same workbook.
 * Section for bench/index.ts: `{ name: "matchingSheet", run: matchingSheetBench }`.
 */
import path from "node:path";
import { loadBundle } from "../emulator/bundleRunner";
import { generateDemoSchool } from "../emulator/demo/generate";
import { loadDemoSchool } from "../emulator/demo/load";
import { createEmulator } from "../emulator/index";
import { SHEETS } from "../src/domain/workbook/sheets";
import type { MatchingSummaryDto } from "../src/ui/endpoints/matching";

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: Math.round(performance.now() - start) };
}

/** The large demo in a fresh emulated workbook, loaded as the demo school is (emulator/demo/load.ts). */
function largeSchool() {
  const dist = path.join(process.cwd(), "dist");
  const emu = createEmulator({ htmlDir: dist });
  const bundle = loadBundle(emu, dist);
  loadDemoSchool(emu, bundle, { size: "large" });
  const school = generateDemoSchool({ size: "large" });
  emu.calls.reset();
  return { emu, bundle, school };
}

const figures = (s: MatchingSummaryDto) => ({
  matched: s.stats.matched,
  proposed: s.stats.proposed,
  priorityMatched: s.stats.priorityMatched,
  priorityMentees: s.stats.priorityMentees,
  averageScore: s.stats.averageScore,
  minScore: s.stats.minScore,
  proposedAverage: s.stats.proposedAverage,
  proposedMin: s.stats.proposedMin,
  unmatched: s.unmatchedTotal,
  problems: s.problemsTotal,
});

export function matchingSheetBench(): Record<string, unknown> {
  const { emu, bundle, school } = largeSchool();

  const run = timed(() => bundle.run("runMatching", { runId: "bench" }) as MatchingSummaryDto);
  const runCalls = { total: emu.calls.total, byMethod: { ...emu.calls.byMethod } };

  emu.calls.reset();
  const greedy = timed(() => bundle.run("runMatching", { strategy: "greedy", write: false }) as MatchingSummaryDto);
  const optimalDry = bundle.run("runMatching", { write: false }) as MatchingSummaryDto;

  emu.calls.reset();
  const recompute = timed(() => bundle.run("recomputePairs") as { recomputed: number; problemsTotal: number });
  const recomputeCalls = emu.calls.total;

  // A hand swap: the first proposal's mentor replaced by the second proposal's (the trigger re-scores one row).
  const [a, b] = run.value.proposals;
  emu.calls.reset();
  const column = String.fromCharCode(65 + SHEETS.pairs.columns.findIndex((c) => c.key === "mentorId"));
  const swap = timed(() => emu.editAsUser(SHEETS.pairs.name, `${column}${a.row}`, b.mentorId));

  return {
    cohort: { mentees: school.mentees.length, mentors: school.mentors.length, pairsBefore: school.pairs.length },
    run: {
      ms: run.ms,
      phasesMs: run.value.ms,
      calls: runCalls.total,
      byMethod: runCalls.byMethod,
      ...figures(run.value),
    },
    greedyDryRun: { ms: greedy.ms, ...figures(greedy.value) },
    optimalDryRun: figures(optimalDry),
    recompute: {
      ms: recompute.ms,
      calls: recomputeCalls,
      pairs: recompute.value.recomputed,
      broken: recompute.value.problemsTotal,
    },
    handSwap: { ms: swap.ms, calls: emu.calls.total },
  };
}
