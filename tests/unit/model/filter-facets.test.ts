// The Filters panel's facets: values with counts, the mapped relation field, and which facets are worth offering.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { collapseFacet, filterFacets, isInformative, setApartValues } from '../../../src/model/filter-facets';
import { seed } from '../seed-graph';
import { small } from './small-graph';

/** A file in the shape of a political network: `connection` names each relation; no kind, stance or certainty. */
function connections() {
  const g = createActorGraph();
  for (const key of ['p', 'q', 'r']) g.addNode(key, { label: key.toUpperCase() });
  g.addDirectedEdgeWithKey('pq', 'p', 'q', { connection: 'Married' } as never);
  g.addDirectedEdgeWithKey('qr', 'q', 'r', { connection: 'Director' } as never);
  g.addDirectedEdgeWithKey('pr', 'p', 'r', { connection: 'Director' } as never);
  return g;
}

describe('filterFacets', () => {
  it('counts values, vocabulary order first, with the extent of the dates', () => {
    const facets = filterFacets(small());
    expect(facets.kinds).toEqual([
      { value: 'person', count: 2 },
      { value: 'state', count: 1 },
      { value: 'group', count: 1 },
      { value: '', count: 1 },
    ]);
    expect(facets.relations.map((f) => f.value)).toEqual(['talks-with', 'concerns', 'leads', 'odd-one']);
    expect(facets.stances).toEqual([
      { value: 'cooperative', count: 1 },
      { value: 'neutral', count: 1 },
      { value: '', count: 2 },
    ]);
    expect(facets.dates).toEqual({ min: '2024-12-31', max: '2025-10-02' });
  });

  it('counts the seed: four states, every actor and relation once, every relation dated 2025 or undated', () => {
    const g = seed();
    const facets = filterFacets(g);
    expect(facets.kinds.find((f) => f.value === 'state')?.count).toBe(4);
    expect(facets.kinds.reduce((sum, f) => sum + f.count, 0)).toBe(g.order);
    expect(facets.relations.reduce((sum, f) => sum + f.count, 0)).toBe(g.size);
    expect(facets.dates).toEqual({ min: '2025', max: '2025' });
  });

  it('gives empty facets for an empty graph', () => {
    expect(filterFacets(createActorGraph(), 'nothing')).toEqual({
      attribute: 'nothing',
      kinds: [],
      relations: [],
      stances: [],
      certainties: [],
      dates: null,
    });
  });
});

describe('facets of a file in its own terms', () => {
  it('lists the values of the mapped relation field with counts, by count (no vocabulary to order by)', () => {
    const facets = filterFacets(connections(), 'kind', 'connection');
    expect(facets.relations).toEqual([
      { value: 'Director', count: 2 },
      { value: 'Married', count: 1 },
    ]);
    expect(filterFacets(connections(), 'kind', null).relations).toEqual([{ value: '', count: 3 }]);
  });

  it('offers a facet only when it has a value besides "(none)"', () => {
    const facets = filterFacets(connections(), 'kind', 'connection');
    expect(isInformative(facets.relations)).toBe(true);
    expect(facets.kinds).toEqual([{ value: '', count: 3 }]);
    expect(isInformative(facets.kinds)).toBe(false);
    expect(isInformative(facets.stances)).toBe(false);
    expect(isInformative(facets.certainties)).toBe(false);
    expect(isInformative([])).toBe(false);
    // One real value is still a fact worth showing; a value and "(none)" lets the user hide either.
    expect(isInformative([{ value: 'Married', count: 3 }])).toBe(true);
    expect(
      isInformative([
        { value: 'x', count: 1 },
        { value: '', count: 2 },
      ]),
    ).toBe(true);
    expect(isInformative(filterFacets(small()).stances)).toBe(true);
  });

  it('never reads inherited properties for an attribute named by data ("constructor")', () => {
    const g = createActorGraph();
    g.addNode('a', { label: 'A' });
    g.addNode('b', { label: 'B', constructor: 'x' } as never);
    expect(
      filterFacets(g, 'constructor')
        .kinds.map((k) => k.value)
        .sort(),
    ).toEqual(['', 'x']);
    expect(filterFacets(connections(), 'kind', 'constructor').relations).toEqual([{ value: '', count: 3 }]);
  });
});

/** Ten values in group order (vocabulary first), their counts not in that order. */
const TEN = [3, 9, 1, 7, 2, 8, 1, 6, 5, 4].map((count, i) => ({ value: `v${i}`, count }));

describe('collapseFacet', () => {
  it('keeps the most frequent values, in the group order', () => {
    expect(collapseFacet(TEN, new Set()).map((v) => v.value)).toEqual(['v1', 'v3', 'v5', 'v7', 'v8', 'v9']);
    expect(collapseFacet(TEN, new Set(), 2).map((v) => v.value)).toEqual(['v1', 'v5']);
  });

  it('never hides a value the filter sets apart', () => {
    expect(collapseFacet(TEN, new Set(['v2']), 2).map((v) => v.value)).toEqual(['v1', 'v2', 'v5']);
  });

  it('breaks ties by the group order', () => {
    const tied = ['a', 'b', 'c'].map((value) => ({ value, count: 1 }));
    expect(collapseFacet(tied, new Set(), 2).map((v) => v.value)).toEqual(['a', 'b']);
  });
});

describe('setApartValues', () => {
  it('is empty while nothing is filtered', () => {
    expect([...setApartValues(TEN, null)]).toEqual([]);
  });

  it('is the ticked values when they are the fewer ("only these")', () => {
    expect([...setApartValues(TEN, ['v2', 'v6'])]).toEqual(['v2', 'v6']);
  });

  it('is the unticked values when they are the fewer ("all but these")', () => {
    const allBut = TEN.map((v) => v.value).filter((v) => v !== 'v6');
    expect([...setApartValues(TEN, allBut)]).toEqual(['v6']);
  });

  it('prefers the ticked values on a tie, and ignores listed values the data does not have', () => {
    expect([...setApartValues(TEN, ['v0', 'v1', 'v2', 'v3', 'v4', 'gone'])]).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
  });
});
