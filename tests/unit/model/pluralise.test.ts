// pluralise: a count reads singular for exactly one and plural otherwise, with an irregular plural when given.
import { describe, expect, it } from 'vitest';
import { pluralise, pluraliseShown } from '../../../src/model/pluralise';

describe('pluralise', () => {
  it('uses the singular for one and the plural for none and many', () => {
    expect(pluralise(1, 'actor')).toBe('1 actor');
    expect(pluralise(0, 'relation')).toBe('0 relations');
    expect(pluralise(2, 'hop')).toBe('2 hops');
  });

  it('takes the plural phrase when it is not the singular plus "s"', () => {
    expect(pluralise(1, 'edge id is', 'edge ids are')).toBe('1 edge id is');
    expect(pluralise(3, 'edge id is', 'edge ids are')).toBe('3 edge ids are');
  });
});

describe('pluraliseShown', () => {
  it('says "n of total" while some are hidden, the noun following the total', () => {
    expect(pluraliseShown(30, 54, 'actor')).toBe('30 of 54 actors');
    expect(pluraliseShown(1, 89, 'relation')).toBe('1 of 89 relations');
    expect(pluraliseShown(0, 1, 'actor')).toBe('0 of 1 actor');
  });

  it('is the plain count when all are shown', () => {
    expect(pluraliseShown(54, 54, 'actor')).toBe('54 actors');
    expect(pluraliseShown(1, 1, 'relation')).toBe('1 relation');
    expect(pluraliseShown(0, 0, 'actor')).toBe('0 actors');
  });
});
