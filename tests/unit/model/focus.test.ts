import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { applyFilters, DEFAULT_FILTERS } from '../../../src/model/filters';
import { expandNode, type FocusSet, getFocusSet } from '../../../src/model/focus';
import { seed } from '../seed-graph';

/** a -> b -> c -> d, b -- e (undirected), f -> b, g alone; an edge c -> e closes a triangle b, c, e. */
function chain() {
  const g = createActorGraph();
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) g.addNode(key, { label: key.toUpperCase() });
  g.addDirectedEdgeWithKey('ab', 'a', 'b');
  g.addDirectedEdgeWithKey('bc', 'b', 'c');
  g.addDirectedEdgeWithKey('cd', 'c', 'd');
  g.addUndirectedEdgeWithKey('be', 'b', 'e');
  g.addDirectedEdgeWithKey('fb', 'f', 'b');
  g.addDirectedEdgeWithKey('ce', 'c', 'e');
  return g;
}

const sorted = (focus: FocusSet) => ({ nodes: [...focus.nodes].sort(), edges: [...focus.edges].sort() });

describe('getFocusSet', () => {
  it('reaches the closed neighbourhood at depth 1, with the relations among its actors', () => {
    expect(sorted(getFocusSet(chain(), 'b', 1, 'both'))).toEqual({
      nodes: ['a', 'b', 'c', 'e', 'f'],
      edges: ['ab', 'bc', 'be', 'ce', 'fb'],
    });
  });

  it('follows direction, symmetric relations counting both ways', () => {
    expect(sorted(getFocusSet(chain(), 'b', 1, 'out')).nodes).toEqual(['b', 'c', 'e']);
    expect(sorted(getFocusSet(chain(), 'b', 1, 'in')).nodes).toEqual(['a', 'b', 'e', 'f']);
    expect(sorted(getFocusSet(chain(), 'a', 3, 'out')).nodes).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sorted(getFocusSet(chain(), 'd', 2, 'in')).nodes).toEqual(['b', 'c', 'd']);
    expect(sorted(getFocusSet(chain(), 'd', 3, 'in')).nodes).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('grows with depth', () => {
    const g = chain();
    expect(sorted(getFocusSet(g, 'a', 1, 'both')).nodes).toEqual(['a', 'b']);
    expect(sorted(getFocusSet(g, 'a', 2, 'both')).nodes).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(sorted(getFocusSet(g, 'a', 3, 'both')).nodes).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('keeps to the visible actors and relations', () => {
    const g = chain();
    const visible = { nodes: new Set(['a', 'b', 'c', 'd', 'e', 'f']), edges: new Set(['ab', 'bc', 'cd', 'fb']) };
    expect(sorted(getFocusSet(g, 'b', 2, 'both', visible))).toEqual({
      nodes: ['a', 'b', 'c', 'd', 'f'],
      edges: ['ab', 'bc', 'cd', 'fb'],
    });
    const hidden = { nodes: new Set(['a']), edges: new Set<string>() };
    expect(sorted(getFocusSet(g, 'b', 1, 'both', hidden))).toEqual({ nodes: [], edges: [] });
  });

  it('returns an empty focus for an unknown actor, and the actor alone when it has no relations', () => {
    expect(sorted(getFocusSet(chain(), 'nobody', 2, 'both'))).toEqual({ nodes: [], edges: [] });
    expect(sorted(getFocusSet(chain(), 'g', 3, 'both'))).toEqual({ nodes: ['g'], edges: [] });
  });

  it("gives Putin's closed neighbourhood at depth 1 in the seed", () => {
    const g = seed();
    const focus = getFocusSet(g, 'vladimir-putin', 1, 'both');
    expect([...focus.nodes].sort()).toEqual(['vladimir-putin', ...g.neighbors('vladimir-putin')].sort());
    for (const edge of g.edges('vladimir-putin')) expect(focus.edges.has(edge), edge).toBe(true);
    for (const edge of focus.edges)
      expect(focus.nodes.has(g.source(edge)) && focus.nodes.has(g.target(edge))).toBe(true);
    const out = getFocusSet(g, 'vladimir-putin', 1, 'out');
    expect(out.nodes.has('russia')).toBe(true); // Putin leads Russia
    expect(out.nodes.has('emmanuel-macron')).toBe(true); // talks-with is symmetric
    expect(getFocusSet(g, 'vladimir-putin', 1, 'in').nodes.has('russia')).toBe(false);
    expect(getFocusSet(g, 'vladimir-putin', 2, 'both').nodes.size).toBeGreaterThan(focus.nodes.size);
  });

  it('respects the filters of the seed', () => {
    const g = seed();
    const visible = applyFilters(g, { ...DEFAULT_FILTERS, kinds: ['person'] });
    expect([...getFocusSet(g, 'vladimir-putin', 3, 'both', visible).nodes].sort()).toEqual([
      'donald-trump',
      'emmanuel-macron',
      'olaf-scholz',
      'vladimir-putin',
    ]);
  });
});

describe('expandNode', () => {
  it("adds one neighbour's own neighbourhood without changing the current focus", () => {
    const g = chain();
    const current = getFocusSet(g, 'a', 1, 'both');
    const expanded = expandNode(g, current, 'b', 'out');
    expect(sorted(expanded)).toEqual({ nodes: ['a', 'b', 'c', 'e'], edges: ['ab', 'bc', 'be', 'ce'] });
    expect(sorted(current).nodes).toEqual(['a', 'b']);
  });

  it('leaves the focus as it is for an unknown or hidden actor', () => {
    const g = chain();
    const current = getFocusSet(g, 'a', 1, 'both');
    expect(sorted(expandNode(g, current, 'nobody', 'both'))).toEqual(sorted(current));
    const visible = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };
    expect(sorted(expandNode(g, current, 'c', 'both', visible))).toEqual(sorted(current));
  });
});
