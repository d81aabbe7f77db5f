import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { applyFilters, DEFAULT_FILTERS, type Filters } from '../../../src/model/filters';
import { explainNoPath, type FoundPath, findPaths } from '../../../src/model/find-paths';
import { ACTOR_KINDS } from '../../../src/model/schema';
import { seed } from '../seed-graph';

const quote = (text: string) => [{ quote: text, source: 's' }];

/**
 * a -- b -> d and a -> c -> d (two 2-hop paths), a -> e -> f -> d (3 hops), g -- h apart.
 * a and b are linked twice: a reported relation and a confirmed one with two quotes.
 */
function diamond() {
  const g = createActorGraph();
  for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
    g.addNode(key, { label: key.toUpperCase(), kind: key === 'c' ? 'state' : 'person' });
  g.addUndirectedEdgeWithKey('ab-weak', 'a', 'b', {
    relation: 'talks-with',
    certainty: 'reported',
    evidence: quote('w'),
  });
  g.addUndirectedEdgeWithKey('ab', 'a', 'b', {
    relation: 'talks-with',
    certainty: 'confirmed',
    evidence: [...quote('x'), ...quote('y'), { quote: 3 } as never],
  });
  g.addDirectedEdgeWithKey('bd', 'b', 'd', { relation: 'leads', stance: 'neutral', evidence: quote('bd') });
  g.addDirectedEdgeWithKey('ac', 'a', 'c', { relation: 'urges', stance: 'conflictual' });
  g.addDirectedEdgeWithKey('dc', 'd', 'c', { relation: 'leads', stance: 'neutral' });
  g.addDirectedEdgeWithKey('ae', 'a', 'e', { relation: 'welcomes' });
  g.addDirectedEdgeWithKey('ef', 'e', 'f', { relation: 'welcomes' });
  g.addDirectedEdgeWithKey('fd', 'f', 'd', { relation: 'welcomes' });
  g.addUndirectedEdgeWithKey('gh', 'g', 'h', { relation: 'talks-with' });
  return g;
}

const routes = (paths: FoundPath[]) => paths.map((p) => p.nodes.join(''));

describe('findPaths', () => {
  it('finds the shortest distinct paths first, ignoring direction by default', () => {
    expect(routes(findPaths(diamond(), 'a', 'd', { followDirection: false }))).toEqual(['abd', 'acd', 'aefd']);
    expect(routes(findPaths(diamond(), 'a', 'd', { followDirection: false, max: 1 }))).toEqual(['abd']);
  });

  it('follows direction when asked: a -> c <- d is then no path', () => {
    expect(routes(findPaths(diamond(), 'a', 'd', { followDirection: true }))).toEqual(['abd', 'aefd']);
    expect(routes(findPaths(diamond(), 'd', 'a', { followDirection: true }))).toEqual([]);
  });

  it('makes one hop of parallel relations, through the surest one, with its valid quotes', () => {
    const [path] = findPaths(diamond(), 'a', 'd', { followDirection: false });
    expect(path?.hops).toEqual([
      {
        from: 'a',
        to: 'b',
        edge: 'ab',
        relation: 'talks-with',
        label: 'talks with',
        direction: 'undirected',
        evidence: [...quote('x'), ...quote('y')],
      },
      {
        from: 'b',
        to: 'd',
        edge: 'bd',
        relation: 'leads',
        label: 'leads',
        direction: 'forward',
        evidence: quote('bd'),
      },
    ]);
  });

  it('reads a hop against its relation by the inverse label', () => {
    const [path] = findPaths(diamond(), 'd', 'a', { followDirection: false });
    expect(path?.hops[0]).toMatchObject({ from: 'd', to: 'b', direction: 'backward', label: 'led by' });
  });

  it('keeps to the visible graph', () => {
    const g = diamond();
    const visible = applyFilters(g, { ...DEFAULT_FILTERS, kinds: ['person'] });
    expect(routes(findPaths(g, 'a', 'd', { followDirection: false, visible }))).toEqual(['abd', 'aefd']);
    expect(findPaths(g, 'a', 'c', { followDirection: false, visible })).toEqual([]);
  });

  it('returns nothing for unknown, identical or unconnected actors', () => {
    const g = diamond();
    expect(findPaths(g, 'a', 'zz', { followDirection: false })).toEqual([]);
    expect(findPaths(g, 'a', 'a', { followDirection: false })).toEqual([]);
    expect(findPaths(g, 'a', 'g', { followDirection: false })).toEqual([]);
  });

  it('links Emmanuel Macron to Iran in the seed, every hop quoted', () => {
    const g = seed();
    const paths = findPaths(g, 'emmanuel-macron', 'iran', { followDirection: false });
    expect(paths).toHaveLength(3);
    for (const path of paths) {
      expect(path.nodes[0]).toBe('emmanuel-macron');
      expect(path.nodes.at(-1)).toBe('iran');
      expect(path.hops).toHaveLength(path.nodes.length - 1);
      for (const hop of path.hops) expect(hop.evidence.length, hop.edge).toBeGreaterThan(0);
    }
    // Shortest first: three hops, through Putin or through his dialogue with European leaders.
    const lengths = paths.map((path) => path.hops.length);
    expect(lengths[0]).toBe(3);
    expect([...lengths].sort((x, y) => x - y)).toEqual(lengths);
    expect(new Set(routes(paths)).size).toBe(3);
    expect(paths[0]?.nodes).toEqual(['emmanuel-macron', 'vladimir-putin', 'sixth-call', 'iran']);
  });

  it('follows the direction of the relations of the seed: through the sixth call, which concerns Iran', () => {
    const g = seed();
    const paths = findPaths(g, 'emmanuel-macron', 'iran', { followDirection: true });
    expect(paths[0]?.hops.map((h) => `${h.label}: ${h.to}`)).toEqual([
      'talks with: vladimir-putin',
      'takes part in: sixth-call',
      'concerns: iran',
    ]);
    for (const path of paths) {
      for (const hop of path.hops) expect(hop.direction).not.toBe('backward');
      for (const hop of path.hops) expect(hop.evidence.length).toBeGreaterThan(0);
    }
    // Nothing in the seed points from Iran back to Macron.
    expect(findPaths(g, 'iran', 'emmanuel-macron', { followDirection: true })).toEqual([]);
  });
});

const only = (...kinds: string[]): Filters => ({ ...DEFAULT_FILTERS, kinds });

describe('explainNoPath', () => {
  it('is null when a path exists', () => {
    expect(explainNoPath(diamond(), 'a', 'd', DEFAULT_FILTERS, true)).toBeNull();
  });

  it('blames direction, counting the paths that ignore it', () => {
    expect(explainNoPath(diamond(), 'd', 'a', DEFAULT_FILTERS, true)).toBe(
      'No path while ‘follow direction’ is on; there are at least 3 paths ignoring direction',
    );
    expect(explainNoPath(diamond(), 'c', 'a', DEFAULT_FILTERS, true)).toBe(
      'No path while ‘follow direction’ is on; there are at least 3 paths ignoring direction',
    );
  });

  it('names the filter and an actor or relation it hides', () => {
    const g = diamond();
    const filters: Filters = { ...DEFAULT_FILTERS, relations: ['urges', 'welcomes'], stances: ['conflictual'] };
    expect(explainNoPath(g, 'b', 'c', filters, false)).toBe(
      'The filters on relations and stances together hide every path: there is a path through “A talks with B”, hidden by the relation filter and the stance filter',
    );
    expect(explainNoPath(g, 'a', 'c', only('person'), false)).toBe(
      'The filter on kinds hides every path: C (state) itself is hidden by the kind filter',
    );
  });

  it('blames direction and filters together when both rule paths out', () => {
    expect(explainNoPath(diamond(), 'c', 'e', { ...DEFAULT_FILTERS, relations: ['urges', 'leads'] }, true)).toBe(
      'No path while ‘follow direction’ is on, and ignoring direction the filter on relations hides every path: there is a path through “A welcomes E”, hidden by the relation filter',
    );
  });

  it('says when actors are in separate parts, unknown or the same', () => {
    const g = diamond();
    expect(explainNoPath(g, 'a', 'g', DEFAULT_FILTERS, false)).toBe('A and G are in separate parts of the graph');
    expect(explainNoPath(g, 'a', 'g', only('state'), true)).toBe('A and G are in separate parts of the graph');
    expect(explainNoPath(g, 'a', 'zz', DEFAULT_FILTERS, false)).toBe('“zz” is not in this graph');
    expect(explainNoPath(g, 'a', 'a', DEFAULT_FILTERS, false)).toBe(
      'A is both From and To: choose two different actors',
    );
  });

  it('names the kind filter when states are hidden in the seed', () => {
    const g = seed();
    const noStates = only(...ACTOR_KINDS.filter((kind) => kind !== 'state'));
    expect(explainNoPath(g, 'emmanuel-macron', 'iran', noStates, false)).toBe(
      'The filter on kinds hides every path: Iran (state) itself is hidden by the kind filter',
    );
    // Every way to the Donbas runs through Russia.
    expect(explainNoPath(g, 'emmanuel-macron', 'donbas', noStates, false)).toBe(
      'The filter on kinds hides every path: there is a path through Russia (state), hidden by the kind filter',
    );
    expect(explainNoPath(g, 'emmanuel-macron', 'iran', DEFAULT_FILTERS, true)).toBeNull();
  });
});
