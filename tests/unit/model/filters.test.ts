import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { filterFacets } from '../../../src/model/filter-facets';
import {
  activeRules,
  applyFilters,
  DEFAULT_FILTERS,
  describeFilterEffect,
  edgeHiddenBy,
  type Filters,
  nodeHiddenBy,
  withoutRules,
} from '../../../src/model/filters';
import { seed } from '../seed-graph';
import { small } from './small-graph';

const visible = (g: ReturnType<typeof small>, change: Partial<Filters>) => {
  const { nodes, edges } = applyFilters(g, { ...DEFAULT_FILTERS, ...change });
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
};

describe('applyFilters', () => {
  it('shows everything with the default filters', () => {
    expect(visible(small(), {})).toEqual({ nodes: ['a', 'b', 'c', 'd', 'e'], edges: ['ab', 'bc', 'bd', 'cc'] });
  });

  it('hides actors of unchecked kinds and every relation that touches them', () => {
    expect(visible(small(), { kinds: ['person', 'group', ''] })).toEqual({
      nodes: ['a', 'c', 'd', 'e'],
      edges: ['cc'],
    });
  });

  it("reads '' as the actors without a kind, and an empty list as nothing at all", () => {
    expect(visible(small(), { kinds: [''] }).nodes).toEqual(['d']);
    expect(visible(small(), { kinds: [] })).toEqual({ nodes: [], edges: [] });
  });

  it('filters on another attribute when asked, structured values counting as no value', () => {
    expect(visible(small(), { attribute: 'team', kinds: ['red'] }).nodes).toEqual(['a', 'c']);
    expect(visible(small(), { attribute: 'team', kinds: [''] }).nodes).toEqual(['d', 'e']);
  });

  it('combines relation, stance and certainty filters; relations without the attribute count as ""', () => {
    expect(visible(small(), { relations: ['leads', 'concerns'] }).edges).toEqual(['bc', 'bd']);
    expect(visible(small(), { stances: ['neutral', ''] }).edges).toEqual(['bc', 'bd', 'cc']);
    expect(visible(small(), { stances: ['neutral', ''], certainties: ['reported'] }).edges).toEqual(['bc']);
  });

  it('compares dates at their own precision and lets undated relations through', () => {
    // "2025" overlaps March to September 2025; 2024-12-31 and 2025-10-02 do not.
    expect(visible(small(), { dateFrom: '2025-03', dateTo: '2025-09' }).edges).toEqual(['ab', 'bc']);
    expect(visible(small(), { dateFrom: '2025-10-02' }).edges).toEqual(['ab', 'bc', 'cc']);
    expect(visible(small(), { dateTo: '2024' }).edges).toEqual(['bc', 'bd']);
    expect(visible(small(), { dateFrom: 'last week', dateTo: '' }).edges).toEqual(['ab', 'bc', 'bd', 'cc']);
  });

  it('compares times too, and treats malformed dates as undated', () => {
    const g = small();
    g.setEdgeAttribute('ab', 'date', '2025-07-03T10:00');
    g.setEdgeAttribute('bd', 'date', '2025-7');
    expect(visible(g, { dateFrom: '2025-07', dateTo: '2025-07' }).edges).toEqual(['ab', 'bc', 'bd']);
    expect(visible(g, { dateFrom: '2025-07-03T11' }).edges).toEqual(['bc', 'bd', 'cc']);
  });

  it('hides isolated actors only when asked; a self-loop keeps its actor', () => {
    expect(visible(small(), { hideIsolated: true }).nodes).toEqual(['a', 'b', 'c', 'd']);
    expect(visible(small(), { hideIsolated: true, relations: ['odd-one'] })).toEqual({ nodes: ['c'], edges: ['cc'] });
  });

  it('hides the states of the seed, with their relations', () => {
    const g = seed();
    const kinds = filterFacets(g)
      .kinds.map((f) => f.value)
      .filter((k) => k !== 'state');
    const { nodes, edges } = applyFilters(g, { ...DEFAULT_FILTERS, kinds });
    for (const state of ['russia', 'united-states', 'ukraine', 'iran']) {
      expect(nodes.has(state), state).toBe(false);
      for (const edge of g.edges(state)) expect(edges.has(edge), edge).toBe(false);
    }
    expect(nodes.size).toBe(g.order - 4);
    expect(nodes.has('vladimir-putin')).toBe(true);
    expect(edges.has('e-putin-macron')).toBe(true);
  });
});

describe('the relation filter reads the mapped relation field', () => {
  it("filters on the file's own relation attribute, and on none when the file maps none", () => {
    const g = createActorGraph();
    g.addNode('a', { label: 'A' });
    g.addNode('b', { label: 'B' });
    g.addDirectedEdgeWithKey('ab', 'a', 'b', { connection: 'Married', relation: 'leads' } as never);
    g.addDirectedEdgeWithKey('ba', 'b', 'a', { connection: 'Director' } as never);
    const by = (relationAttribute: string | null | undefined, relations: string[]) =>
      [...applyFilters(g, { ...DEFAULT_FILTERS, relationAttribute, relations }).edges].sort();
    expect(by('connection', ['Married'])).toEqual(['ab']);
    expect(by(undefined, ['leads'])).toEqual(['ab']);
    expect(by('relation', [''])).toEqual(['ba']);
    expect(by(null, [''])).toEqual(['ab', 'ba']);
    expect(
      edgeHiddenBy(g, { ...DEFAULT_FILTERS, relationAttribute: 'connection', relations: ['Married'] }, 'ba'),
    ).toEqual(['relations']);
  });
});

describe('filter rules', () => {
  it('says which rules hide an actor or a relation, and nothing for unknown keys', () => {
    const filters: Filters = { ...DEFAULT_FILTERS, kinds: ['person'], stances: ['neutral'], dateTo: '2024' };
    expect(nodeHiddenBy(small(), filters, 'b')).toEqual(['kinds']);
    expect(edgeHiddenBy(small(), filters, 'ab')).toEqual(['stances', 'dates']);
    expect(nodeHiddenBy(small(), filters, 'zz')).toEqual([]);
    expect(edgeHiddenBy(small(), filters, 'zz')).toEqual([]);
    expect(activeRules(filters)).toEqual(['kinds', 'stances', 'dates']);
    expect(activeRules(withoutRules(filters, ['dates', 'kinds']))).toEqual(['stances']);
  });

  it('names the first actor or relation along a path that a filter hides', () => {
    const g = small();
    const path = { nodes: ['a', 'b', 'c'], edges: ['ab', 'bc'] };
    expect(describeFilterEffect(g, { ...DEFAULT_FILTERS, kinds: ['person', 'group'] }, path)?.text).toBe(
      'Bland (state), hidden by the kind filter',
    );
    const byRelation = describeFilterEffect(g, { ...DEFAULT_FILTERS, relations: ['leads'] }, path);
    expect(byRelation).toMatchObject({ key: 'ab', isNode: false, by: 'the relation filter' });
    expect(byRelation?.subject).toBe('“Ann talks with Bland”');
    expect(describeFilterEffect(g, DEFAULT_FILTERS, path)).toBeNull();
  });
});

describe('attribute names from data or links never read inherited properties', () => {
  it('filters on "constructor" see only own values', () => {
    const g = createActorGraph();
    g.addNode('a', { label: 'A' });
    g.addNode('b', { label: 'B', constructor: 'x' } as never);
    const visible = applyFilters(g, { ...DEFAULT_FILTERS, attribute: 'constructor', kinds: ['x'] });
    expect([...visible.nodes]).toEqual(['b']);
  });
});
