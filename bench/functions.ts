/**
 * Time per call of each CMN_ custom function on 10,000-row ranges (what a curator's whole-column formula
 * gives it). `npm run bench` prints the table; tests and the lead's scripts import benchFunctions().
 */
import { CATALOGUE } from "../src/functions/catalogue";
import type { CellInput } from "../src/functions/spec";

export interface BenchResult {
  name: string;
  rows: number;
  msPerCall: number;
}

/** Arguments of each function: 10,000 rows of realistic values, a few blanks among them. */
function argumentsFor(name: string, rows: number): CellInput[] {
  const col = <T>(f: (i: number) => T) => Array.from({ length: rows }, (_, i) => [f(i)]) as CellInput;
  switch (name) {
    case "CMN_SHARE":
      return [col((i) => i % 40), col(() => 40)];
    case "CMN_STATUS":
      return [col((i) => (i % 100) / 100), col((i) => (i % 7 === 0 ? "-" : 50))];
    case "CMN_SATISFIED":
      return [col((i) => (i % 13 === 0 ? "" : (i % 10) + 1)), 7];
    case "CMN_GROWTH":
      return [col((i) => i % 10), col((i) => (i % 11 === 0 ? "" : (i % 10) + 1))];
    case "CMN_AGE":
      return [
        col(
          (i) => `${String((i % 28) + 1).padStart(2, "0")}.${String((i % 12) + 1).padStart(2, "0")}.${2005 + (i % 12)}`,
        ),
        "01.09.2025",
      ];
    default:
      return [];
  }
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

export function benchFunctions(rows = 10000, repeat = 20): BenchResult[] {
  const out: BenchResult[] = [];
  for (const fn of CATALOGUE) {
    const args = argumentsFor(fn.name, rows);
    if (args.length === 0) continue;
    fn.impl(...args); // warm-up
    const start = now();
    for (let i = 0; i < repeat; i++) fn.impl(...args);
    out.push({ name: fn.name, rows, msPerCall: Math.round(((now() - start) / repeat) * 100) / 100 });
  }
  return out;
}
