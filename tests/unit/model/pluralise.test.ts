// pluralise: a count reads singular for exactly one and plural otherwise, with an irregular plural when given.
import { describe, expect, it } from 'vitest';
import { pluralise } from '../../../src/model/pluralise';

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
