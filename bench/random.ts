// A tiny seeded PRNG (mulberry32) so the synthetic graphs are identical on every run and machine.

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

/** A mulberry32 generator: 32-bit state, fast, and good enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
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
