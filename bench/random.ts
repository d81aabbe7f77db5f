// Seeded draws for the synthetic graphs, so they are identical on every run and machine.

import { seededRandom } from '../src/model/seeded-random';

/** A seeded source of random numbers and the few draws the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, limit). */
  int(limit: number): number;
  /** A uniformly chosen item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** An item chosen in proportion to its weight. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
}

/** The app's own seeded generator (src/model/seeded-random.ts) with the draws the generator needs. */
export function createRandom(seed: number): Random {
  const next = seededRandom(seed);
  const int = (limit: number) => Math.floor(next() * limit);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(items.length)] as T,
    weighted<T>(items: readonly T[], weights: readonly number[]): T {
      const total = weights.reduce((a, b) => a + b, 0);
      let roll = next() * total;
      for (let i = 0; i < items.length; i++) {
        roll -= weights[i] ?? 0;
        if (roll < 0) return items[i] as T;
      }
      return items[items.length - 1] as T;
    },
  };
}
