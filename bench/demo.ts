/** The demo school generator (`npm start`'s first seconds): best of three for each size. */
import { DEMO_SIZES, generateDemoSchool, summariseDemo } from "../emulator/demo/generate";

export function demoBench(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const size of Object.keys(DEMO_SIZES) as Array<keyof typeof DEMO_SIZES>) {
    generateDemoSchool({ size, seed: 5 }); // warm-up
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      generateDemoSchool({ size, seed: 6 + i });
      best = Math.min(best, performance.now() - t);
    }
    const { mentors, mentees, pairs } = summariseDemo(generateDemoSchool({ size, seed: 6 }));
    out[size] = { mentors, mentees, pairs, bestMs: Math.round(best) };
  }
  return out;
}
