/**
 * The optimiser beside the `munkres` package, measured in one run: each solver runs in its own Node
 * process (so its peak memory is its own), three times, and the median time is kept.
 *
 * - cohort: optimiseAssignment on the problem the large cohort poses (2,000 mentees, 500 mentors with
 *   1–4 places, the hard rules applied, scores 0–100, priority needs first);
 * - munkres: the package on a dense mentees × places matrix of the same size, costs 0…10⁶;
 * - dense: our solver on that same matrix (every mentee may take every place), which must find the same
 *   minimum total cost.
 *
 * Then the whole `cmn match` process on the cohort's CSV files: wall and CPU time, peak resident memory.
 * Sections for bench/index.ts: `{ name: "optimiser", run: optimiserBench }`; the child processes enter
 * through `optimiserChild`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { munkres } from "munkres";
import { maxWeightAssignment } from "../src/domain/matching/augmentingPaths";
import { cohortProblem } from "../src/domain/matching/match";
import { optimiseAssignment } from "../src/domain/matching/optimise";
import { DEFAULT_MATCH_SETTINGS } from "../src/domain/matching/settings";
import type { MatchingInput } from "../src/domain/matching/types";
import { SHEETS } from "../src/domain/workbook/sheets";
import { mulberry32 } from "../fixtures/random";
import { generateCohort } from "./matching";

const CHILD_ENV = "CMN_BENCH_OPTIMISER";
const RUNS = 3;
const MB = 1024 * 1024;
const LARGE = { mentees: 2000, mentors: 500, maxCapacity: 4, preferenceShare: 0.3 };

type Task = "cohort" | "munkres" | "dense";

interface ChildFigures {
  ms: number[];
  /** Resident memory before the first solve (Node, the input), and the process's peak. */
  baseMB: number;
  peakMB: number;
  size: Record<string, number>;
  /** Total cost of the dense solution, to check both solvers agree. */
  totalCost?: number;
}

const mb = (bytes: number) => Math.round(bytes / MB);

/** A dense mentees × places cost matrix, the same for a seed in every process. */
function denseCosts(rows: number, cols: number): Float64Array[] {
  const rand = mulberry32(7);
  return Array.from({ length: rows }, () => {
    const row = new Float64Array(cols);
    for (let j = 0; j < cols; j++) row[j] = Math.floor(rand() * 1e6);
    return row;
  });
}

function timedRuns(run: () => number | void): { ms: number[]; last: number | void } {
  const ms: number[] = [];
  let last: number | void = undefined;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = run();
    ms.push(Math.round(performance.now() - start));
  }
  return { ms, last };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** One solver in this process; prints its figures as JSON. */
function runChild(task: Task): ChildFigures {
  const input = generateCohort(1, LARGE);
  const cohort = cohortProblem(input, DEFAULT_MATCH_SETTINGS);
  const places = cohort.problem.capacities.reduce((a, c) => a + c, 0);
  const n = cohort.problem.menteeCount;
  if (task === "cohort") {
    const problem = cohort.problem;
    gc();
    const baseMB = mb(process.memoryUsage().rss);
    const { ms } = timedRuns(() => void optimiseAssignment(problem));
    const peakMB = mb(process.resourceUsage().maxRSS * 1024);
    return {
      ms,
      baseMB,
      peakMB,
      size: { mentees: n, mentors: problem.capacities.length, places, edges: problem.edges.length },
    };
  }
  const costs = denseCosts(n, places);
  gc();
  const baseMB = mb(process.memoryUsage().rss);
  let run: () => number;
  if (task === "munkres") {
    run = () => munkres(costs).reduce((sum, [y, x]) => sum + costs[y][x], 0);
  } else {
    run = () => {
      // Places as rows of capacity 1; weight = M + (10⁶ − cost), so «as many pairs as possible, then the
      // least total cost» is the dense problem's minimum.
      const M = 1e6 * n + 1;
      const start = new Int32Array(places + 1);
      const col = new Int32Array(places * n);
      const weight = new Float64Array(places * n);
      for (let j = 0; j < places; j++) {
        start[j + 1] = (j + 1) * n;
        for (let i = 0; i < n; i++) {
          col[j * n + i] = i;
          weight[j * n + i] = M + 1e6 - costs[i][j];
        }
      }
      const rowOf = maxWeightAssignment({
        rows: places,
        cols: n,
        capacity: new Int32Array(places).fill(1),
        start,
        col,
        weight,
      });
      let total = 0;
      rowOf.forEach((j, i) => {
        if (j >= 0) total += costs[i][j];
      });
      return total;
    };
  }
  const { ms, last } = timedRuns(run);
  const peakMB = mb(process.resourceUsage().maxRSS * 1024);
  return { ms, baseMB, peakMB, size: { mentees: n, places }, totalCost: last as number };
}

/** Entry of the child processes: returns true when this process is one (and has printed its figures). */
export function optimiserChild(): boolean {
  const task = process.env[CHILD_ENV] as Task | undefined;
  if (!task) return false;
  process.stdout.write(JSON.stringify(runChild(task)) + "\n");
  return true;
}

function spawnChild(task: Task): ChildFigures {
  const out = spawnSync(process.execPath, ["--expose-gc", process.argv[1]], {
    env: { ...process.env, [CHILD_ENV]: task },
    encoding: "utf8",
    maxBuffer: 16 * MB,
  });
  if (out.status !== 0) throw new Error(`bench child ${task}: ${out.stderr || out.error?.message}`);
  return JSON.parse(out.stdout.trim().split("\n").pop() as string) as ChildFigures;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- the cmn match process -------------------------------------------------------------------------

function csvCell(value: unknown): string {
  const text = Array.isArray(value)
    ? value.join("; ")
    : typeof value === "boolean"
      ? value
        ? "да"
        : "нет"
      : value === undefined || value === null
        ? ""
        : String(value);
  return /[",;\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(sheet: "mentors" | "mentees" | "preferences", rows: ReadonlyArray<Record<string, unknown>>): string {
  const columns = SHEETS[sheet].columns;
  return [columns.map((c) => csvCell(c.header)), ...rows.map((r) => columns.map((c) => csvCell(r[c.key])))]
    .map((cells) => cells.join(","))
    .join("\n");
}

/** The cohort as the CSV files `cmn match` reads, with the sheets' headers. */
export function writeCohortCsv(
  input: MatchingInput,
  dir: string,
): Record<"mentors" | "mentees" | "preferences", string> {
  const files = {
    mentors: path.join(dir, "mentors.csv"),
    mentees: path.join(dir, "mentees.csv"),
    preferences: path.join(dir, "preferences.csv"),
  };
  writeFileSync(files.mentors, csv("mentors", input.mentors as unknown as Array<Record<string, unknown>>));
  writeFileSync(files.mentees, csv("mentees", input.mentees as unknown as Array<Record<string, unknown>>));
  const preferences = input.preferences.map((p) => ({
    participantId: p.participantId,
    role: p.role === "mentor" ? "наставник" : "наставляемый",
    choice1: p.choices[0],
    choice2: p.choices[1],
    choice3: p.choices[2],
  }));
  writeFileSync(files.preferences, csv("preferences", preferences));
  return files;
}

/** `cmn match` on the large cohort in a process of its own: wall time and peak resident memory. */
function cmnMatchProcess() {
  const dir = mkdtempSync(path.join(tmpdir(), "cmn-bench-"));
  try {
    const files = writeCohortCsv(generateCohort(1, LARGE), dir);
    // Node reports its own peak resident memory; a preloaded module writes it down at exit.
    const hook = path.join(dir, "peak.cjs");
    const peakFile = path.join(dir, "peak.txt");
    writeFileSync(
      hook,
      `process.on("exit", () => { const u = process.resourceUsage(); require("fs").writeFileSync(${JSON.stringify(peakFile)}, JSON.stringify(u)); });\n`,
    );
    const cmn = path.join(process.cwd(), "dist-node/cmn.js");
    const args = ["--require", hook, cmn, "match", "--mentors", files.mentors, "--mentees", files.mentees];
    const runs: Array<{ ms: number; cpuMs: number; peakMB: number }> = [];
    let stats: Record<string, unknown> = {};
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const out = spawnSync(process.execPath, [...args, "--preferences", files.preferences], {
        encoding: "utf8",
        maxBuffer: 64 * MB,
      });
      const ms = Math.round(performance.now() - start);
      if (out.status !== 0) throw new Error(`cmn match: ${out.stderr}`);
      stats = (JSON.parse(out.stdout) as { stats: Record<string, unknown> }).stats;
      const usage = JSON.parse(readFileSync(peakFile, "utf8")) as NodeJS.ResourceUsage;
      runs.push({
        ms,
        cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
        peakMB: mb(usage.maxRSS * 1024),
      });
    }
    return {
      ms: median(runs.map((r) => r.ms)),
      /** CPU time (user + system): what the wall time would be on an idle machine, near enough. */
      cpuMs: median(runs.map((r) => r.cpuMs)),
      peakMB: Math.max(...runs.map((r) => r.peakMB)),
      runsMs: runs.map((r) => r.ms),
      matched: stats.matched,
      priorityMatched: stats.priorityMatched,
      averageScore: stats.averageScore,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function optimiserBench(): Record<string, unknown> {
  const cohort = spawnChild("cohort");
  const munkres = spawnChild("munkres");
  const dense = spawnChild("dense");
  const figures = (c: ChildFigures) => ({
    ms: median(c.ms),
    runsMs: c.ms,
    baseMB: c.baseMB,
    peakMB: c.peakMB,
    ...(c.totalCost !== undefined ? { totalCost: c.totalCost } : {}),
  });
  return {
    size: cohort.size,
    optimiser: figures(cohort),
    munkresDense: { ...figures(munkres), size: munkres.size },
    optimiserDense: figures(dense),
    sameDenseOptimum: munkres.totalCost === dense.totalCost,
    /** The optimiser on the cohort against munkres on a dense matrix of the same size. */
    optimiserOverMunkres: Number((median(cohort.ms) / median(munkres.ms)).toFixed(2)),
    cmnMatch: cmnMatchProcess(),
  };
}
