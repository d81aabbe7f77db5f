// seededRandom: the same seed gives the same sequence, different seeds differ, and draws fill [0, 1) evenly.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/model/seeded-random';

const draws = (seed: number, n: number) => Array.from({ length: n }, seededRandom(seed));

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    expect(draws(42, 20)).toEqual(draws(42, 20));
    expect(draws(42, 20)).not.toEqual(draws(43, 20));
  });

  it('draws in [0, 1), spread over ten equal bins', () => {
    const values = draws(7, 10_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const bins = new Array(10).fill(0);
    for (const v of values) bins[Math.floor(v * 10)] += 1;
    for (const count of bins) expect(count).toBeGreaterThan(900);
  });

  it('runs from its own source text, as a script handed to a browser page', () => {
    const fromSource = new Function(`return (${seededRandom.toString()})(42);`)() as () => number;
    expect(Array.from({ length: 5 }, fromSource)).toEqual(draws(42, 5));
  });
});
