// The one seeded random number generator (mulberry32), for everything that must come out the same on every run.

/**
 * Floats in [0, 1) from a 32-bit seed: the same seed gives the same sequence on every run and machine. Fast and
 * evenly spread, good for layouts, community detection and test data; never for anything secret. Self-contained
 * (no imports, no outer names), so its source can also be handed to a browser page as a script.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
