import {
  compareObjectives,
  greedyDownTheSheet,
  objectiveOf,
  optimiseAssignment,
  type Assignment,
  type AssignmentProblem,
  type Objective,
} from "../../../src/domain/matching/optimise";
import { mulberry32, randInt } from "../../../fixtures/random";

/** Every feasible assignment, the best objective found by exhaustive search. */
function bruteForce(problem: AssignmentProblem): Objective {
  const options: Array<Array<{ mentor: number; score: number }>> = Array.from(
    { length: problem.menteeCount },
    () => [],
  );
  for (const e of problem.edges) options[e.mentee].push({ mentor: e.mentor, score: e.score });
  const left = problem.capacities.slice();
  let best: Objective = { priorityMatched: 0, matched: 0, totalScore: 0 };
  const current: Objective = { priorityMatched: 0, matched: 0, totalScore: 0 };
  const visit = (i: number): void => {
    if (i === problem.menteeCount) {
      if (compareObjectives(current, best) > 0) best = { ...current };
      return;
    }
    visit(i + 1);
    for (const o of options[i]) {
      if (left[o.mentor] <= 0) continue;
      left[o.mentor]--;
      current.matched++;
      current.totalScore += o.score;
      if (problem.priority[i]) current.priorityMatched++;
      visit(i + 1);
      left[o.mentor]++;
      current.matched--;
      current.totalScore -= o.score;
      if (problem.priority[i]) current.priorityMatched--;
    }
  };
  visit(0);
  return best;
}

function randomProblem(seed: number): AssignmentProblem {
  const rand = mulberry32(seed);
  const menteeCount = randInt(rand, 1, 6);
  const mentorCount = randInt(rand, 1, 4);
  const density = rand();
  const edges = [];
  for (let i = 0; i < menteeCount; i++) {
    for (let j = 0; j < mentorCount; j++) {
      // Few distinct scores on some seeds, to exercise ties.
      if (rand() < density)
        edges.push({ mentee: i, mentor: j, score: seed % 3 === 0 ? randInt(rand, 0, 2) * 50 : randInt(rand, 0, 100) });
    }
  }
  return {
    menteeCount,
    capacities: Array.from({ length: mentorCount }, () => randInt(rand, seed % 5 === 0 ? 0 : 1, 3)),
    priority: Array.from({ length: menteeCount }, () => rand() < 0.3),
    edges,
  };
}

function isFeasible(problem: AssignmentProblem, assignment: Assignment): boolean {
  const used = new Array<number>(problem.capacities.length).fill(0);
  const allowed = new Set(problem.edges.map((e) => `${e.mentee}:${e.mentor}`));
  return assignment.every((mentor, mentee) => {
    if (mentor < 0) return true;
    used[mentor]++;
    return allowed.has(`${mentee}:${mentor}`) && used[mentor] <= problem.capacities[mentor];
  });
}

describe("optimiseAssignment", () => {
  it("equals the brute-force optimum (priority, matched, total score) on 600 random small cohorts", () => {
    let greedyWorse = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const problem = randomProblem(seed);
      const assignment = optimiseAssignment(problem);
      expect(isFeasible(problem, assignment)).toBe(true);
      const got = objectiveOf(problem, assignment);
      const best = bruteForce(problem);
      if (compareObjectives(got, best) !== 0)
        throw new Error(`seed ${seed}: optimiser ${JSON.stringify(got)} ≠ brute force ${JSON.stringify(best)}`);
      const greedy = greedyDownTheSheet(problem);
      expect(isFeasible(problem, greedy)).toBe(true);
      const g = objectiveOf(problem, greedy);
      expect(compareObjectives(g, best)).toBeLessThanOrEqual(0);
      if (compareObjectives(g, best) < 0) greedyWorse++;
    }
    // The brute force is not a tautology: greedy misses the optimum on a good share of these cohorts.
    expect(greedyWorse).toBeGreaterThan(50);
  });

  it("matches a priority mentee before two ordinary ones when only one place can serve them", () => {
    // Mentor 0 (1 place) is the only mentor for the priority mentee 2; mentor 1 serves 0 and 1 only.
    const problem: AssignmentProblem = {
      menteeCount: 3,
      capacities: [1, 1],
      priority: [false, false, true],
      edges: [
        { mentee: 0, mentor: 0, score: 100 },
        { mentee: 1, mentor: 1, score: 100 },
        { mentee: 2, mentor: 0, score: 0 },
      ],
    };
    expect(optimiseAssignment(problem)).toEqual([-1, 1, 0]);
    expect(greedyDownTheSheet(problem)).toEqual([0, 1, -1]);
  });

  it("prefers two matched mentees with low scores to one with a high score", () => {
    const problem: AssignmentProblem = {
      menteeCount: 2,
      capacities: [1, 1],
      priority: [false, false],
      edges: [
        { mentee: 0, mentor: 0, score: 100 },
        { mentee: 0, mentor: 1, score: 90 },
        { mentee: 1, mentor: 0, score: 5 },
      ],
    };
    expect(optimiseAssignment(problem)).toEqual([1, 0]);
  });

  it("fills a group up to the mentor's capacity and no further", () => {
    const problem: AssignmentProblem = {
      menteeCount: 4,
      capacities: [3],
      priority: [false, false, false, false],
      edges: [0, 1, 2, 3].map((i) => ({ mentee: i, mentor: 0, score: 10 * i })),
    };
    const a = optimiseAssignment(problem);
    expect(a.filter((x) => x === 0)).toHaveLength(3);
    expect(a[0]).toBe(-1); // the lowest-scoring one is left
  });

  it("returns everyone unmatched when nobody is compatible", () => {
    expect(optimiseAssignment({ menteeCount: 3, capacities: [2], priority: [true, false, false], edges: [] })).toEqual([
      -1, -1, -1,
    ]);
  });
});
