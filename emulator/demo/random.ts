/**
 * The one seeded source of randomness of the demo school: a private faker instance (Russian locale), so
 * the same seed gives the same school and nothing else that uses faker disturbs the sequence.
 */
import { Faker, base, ru } from "@faker-js/faker";

export class DemoRandom {
  readonly faker: Faker;

  constructor(seed: number) {
    this.faker = new Faker({ locale: [ru, base], seed });
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return this.faker.number.int({ min, max });
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.faker.number.float({ min: 0, max: 1 }) < p;
  }

  pick<T>(items: readonly T[]): T {
    return this.faker.helpers.arrayElement(items);
  }

  /** k distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.faker.helpers.arrayElements(items, Math.min(k, items.length));
  }

  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    return this.faker.helpers.weightedArrayElement(entries.map(([value, weight]) => ({ value, weight })));
  }

  shuffle<T>(items: readonly T[]): T[] {
    return this.faker.helpers.shuffle([...items]);
  }

  /** A rounded normal-ish value: the mean of three uniforms, clamped. */
  around(mean: number, spread: number, min: number, max: number): number {
    const u =
      (this.faker.number.float({ min: -1, max: 1 }) +
        this.faker.number.float({ min: -1, max: 1 }) +
        this.faker.number.float({ min: -1, max: 1 })) /
      3;
    return Math.max(min, Math.min(max, Math.round(mean + u * spread)));
  }
}
