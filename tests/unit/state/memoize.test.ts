// memoize: the last answer is kept while every argument is the same object, and computed afresh otherwise.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../../src/state/memoize';

describe('memoize', () => {
  it('answers from memory while the arguments are identical, and again when one changes', () => {
    let runs = 0;
    const keys = memoize((obj: Record<string, number>, extra: string) => {
      runs++;
      return [...Object.keys(obj), extra];
    });
    const a = { x: 1 };
    const first = keys(a, 'e');
    expect(keys(a, 'e')).toBe(first);
    expect(runs).toBe(1);
    expect(keys({ x: 1 }, 'e')).not.toBe(first); // equal but not the same object: a new state part
    expect(keys(a, 'f')).toEqual(['x', 'f']);
    expect(runs).toBe(3);
  });

  it('treats NaN as itself and +0 apart from -0, as Object.is does', () => {
    let runs = 0;
    const f = memoize((n: number) => ++runs + n * 0);
    f(Number.NaN);
    f(Number.NaN);
    expect(runs).toBe(1);
    f(0);
    f(-0);
    expect(runs).toBe(3);
  });
});
