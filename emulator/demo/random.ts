/**
 * The one seeded source of randomness of the demo school, on the project's PRNG (fixtures/random.ts), so
 * the same seed gives the same school and nothing else disturbs the sequence.
 */
import { mulberry32 } from "../../fixtures/random";

export class DemoRandom {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("DemoRandom.pick: empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** k distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle(items).slice(0, Math.min(k, items.length));
  }

  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.next() * total;
    for (const [value, weight] of entries) {
      if (at < weight) return value;
      at -= weight;
    }
    return entries[entries.length - 1][0];
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  /** A rounded normal-ish value: the mean of three uniforms, clamped. */
  around(mean: number, spread: number, min: number, max: number): number {
    const u = (this.next() * 2 - 1 + (this.next() * 2 - 1) + (this.next() * 2 - 1)) / 3;
    return Math.max(min, Math.min(max, Math.round(mean + u * spread)));
  }
}
