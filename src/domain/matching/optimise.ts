/**
 * The exact optimiser and the greedy baseline, on an abstract assignment problem (indices, capacities,
 * integer scores), so tests can compare them with brute force.
 *
 * Objective, lexicographic: (1) mentees with priority needs matched, (2) mentees matched, (3) total score.
 * Encoded as one integer weight per pair, w = P·priority + M + score with M > n·maxScore and
 * P > n·(M + maxScore), so no gain in a lower level can pay for a loss in a higher one. The maximum-weight
 * assignment of mentees to mentors' places (a mentee may stay unmatched, a place may stay empty) is then
 * solved exactly by shortest augmenting paths (augmentingPaths.ts).
 */
import { maxWeightAssignment } from "./augmentingPaths";

export interface AssignmentEdge {
  mentee: number;
  mentor: number;
  /** Whole number ≥ 0. */
  score: number;
}

export interface AssignmentProblem {
  menteeCount: number;
  /** Places left per mentor. */
  capacities: readonly number[];
  priority: readonly boolean[];
  /** Allowed pairs (the hard rules already applied), in the order ties should favour. */
  edges: readonly AssignmentEdge[];
}

export interface Objective {
  priorityMatched: number;
  matched: number;
  totalScore: number;
}

/** Mentor index per mentee, −1 when unmatched. */
export type Assignment = number[];

export function objectiveOf(problem: AssignmentProblem, assignment: Assignment): Objective {
  const score = new Map<number, number>();
  for (const e of problem.edges) {
    const key = e.mentee * problem.capacities.length + e.mentor;
    score.set(key, Math.max(score.get(key) ?? -1, e.score));
  }
  const out: Objective = { priorityMatched: 0, matched: 0, totalScore: 0 };
  assignment.forEach((mentor, mentee) => {
    if (mentor < 0) return;
    out.matched++;
    if (problem.priority[mentee]) out.priorityMatched++;
    out.totalScore += score.get(mentee * problem.capacities.length + mentor) ?? 0;
  });
  return out;
}

/** Negative when a is worse than b, positive when better, 0 when equal. */
export function compareObjectives(a: Objective, b: Objective): number {
  return a.priorityMatched - b.priorityMatched || a.matched - b.matched || a.totalScore - b.totalScore;
}

export function optimiseAssignment(
  problem: AssignmentProblem,
  onProgress?: (done: number, total: number) => void,
): Assignment {
  const n = problem.menteeCount;
  const m = problem.capacities.length;
  const assignment: Assignment = new Array<number>(n).fill(-1);
  if (n === 0 || problem.edges.length === 0) return assignment;

  let maxScore = 0;
  for (const e of problem.edges) {
    if (!Number.isInteger(e.score) || e.score < 0)
      throw new Error(`optimiseAssignment: score must be a whole number ≥ 0, got ${e.score}`);
    maxScore = Math.max(maxScore, e.score);
  }
  const M = n * maxScore + 1;
  const P = n * (M + maxScore) + 1;
  if (!Number.isSafeInteger((P + M + maxScore) * (n + 1)))
    throw new Error("optimiseAssignment: cohort too large for exact integer costs");

  // Edges grouped by mentor, in the order given (the warm start takes the first of equal mentees).
  const start = new Int32Array(m + 1);
  for (const e of problem.edges) if (problem.capacities[e.mentor] > 0) start[e.mentor + 1]++;
  for (let j = 0; j < m; j++) start[j + 1] += start[j];
  const fill = start.slice(0, m);
  const col = new Int32Array(start[m]);
  const weight = new Float64Array(start[m]);
  for (const e of problem.edges) {
    if (problem.capacities[e.mentor] <= 0) continue;
    const at = fill[e.mentor]++;
    col[at] = e.mentee;
    weight[at] = (problem.priority[e.mentee] ? P : 0) + M + e.score;
  }
  const rowOf = maxWeightAssignment(
    { rows: m, cols: n, capacity: problem.capacities, start, col, weight },
    onProgress ? { onProgress: (done, total) => onProgress(Math.round((done / total) * n), n) } : {},
  );
  for (let i = 0; i < n; i++) assignment[i] = rowOf[i];
  return assignment;
}

/**
 * Baseline: each mentee in sheet order takes the best-scoring compatible mentor with a place left (the
 * first such mentor on a tie). What a curator does by hand going down the sheet.
 */
export function greedyDownTheSheet(problem: AssignmentProblem): Assignment {
  const left = problem.capacities.slice();
  const byMentee: AssignmentEdge[][] = Array.from({ length: problem.menteeCount }, () => []);
  for (const e of problem.edges) byMentee[e.mentee].push(e);
  return byMentee.map((edges) => {
    let best: AssignmentEdge | undefined;
    for (const e of edges) if (left[e.mentor] > 0 && (!best || e.score > best.score)) best = e;
    if (!best) return -1;
    left[best.mentor]--;
    return best.mentor;
  });
}
