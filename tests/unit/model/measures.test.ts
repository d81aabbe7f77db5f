import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { computeCommunities, computeMeasure, MEASURES, rankActors } from '../../../src/model/measures';
import { seed } from '../seed-graph';

/** A star: hub -> a, hub -> b, c -- hub, and a second, parallel relation hub -> a; a self-loop on b. */
function star() {
  const g = createActorGraph();
  for (const key of ['hub', 'a', 'b', 'c']) g.addNode(key, { label: key === 'hub' ? 'Hub' : key.toUpperCase() });
  g.addDirectedEdge('hub', 'a');
  g.addDirectedEdge('hub', 'a');
  g.addDirectedEdge('hub', 'b');
  g.addUndirectedEdge('c', 'hub');
  g.addDirectedEdge('b', 'b');
  return g;
}

/** Two triangles joined by one relation, in a mixed multi-graph. */
function twoTriangles() {
  const g = createActorGraph();
  for (const key of ['a1', 'a2', 'a3', 'b1', 'b2', 'b3']) g.addNode(key, { label: key });
  g.addUndirectedEdge('a1', 'a2');
  g.addDirectedEdge('a2', 'a3');
  g.addDirectedEdge('a3', 'a1');
  g.addDirectedEdge('a3', 'a1');
  g.addUndirectedEdge('b1', 'b2');
  g.addDirectedEdge('b2', 'b3');
  g.addDirectedEdge('b3', 'b1');
  g.addDirectedEdge('a1', 'b1');
  return g;
}

const sum = (values: Record<string, number>) => Object.values(values).reduce((a, b) => a + b, 0);

describe('computeMeasure', () => {
  it('counts relations for degree, parallel relations each and a self-loop once', () => {
    expect(computeMeasure(star(), 'degree')).toEqual({ hub: 4, a: 2, b: 2, c: 1 });
  });

  it('normalises betweenness over the undirected simple graph: the hub lies between every pair', () => {
    expect(computeMeasure(star(), 'betweenness')).toEqual({ hub: 1, a: 0, b: 0, c: 0 });
    const bridge = computeMeasure(twoTriangles(), 'betweenness');
    expect(bridge.a1).toBeCloseTo(bridge.b1 ?? 0);
    expect(bridge.a1).toBeGreaterThan(bridge.a2 ?? 1);
    for (const value of Object.values(bridge)) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of Object.values(bridge)) expect(value).toBeLessThanOrEqual(1);
  });

  it('computes PageRank on the mixed multi-graph as stored, summing to 1', () => {
    const ranks = computeMeasure(star(), 'pagerank');
    expect(sum(ranks)).toBeCloseTo(1, 6);
    // a is pointed at twice by the hub, b once: the parallel relation weighs.
    expect(ranks.a).toBeGreaterThan(ranks.c ?? 1);
  });

  it('gives every actor of the seed a value for every measure, PageRank summing to 1', () => {
    const g = seed();
    for (const measure of MEASURES) {
      const values = computeMeasure(g, measure);
      expect(Object.keys(values).sort(), measure).toEqual(g.nodes().sort());
      for (const value of Object.values(values)) expect(Number.isFinite(value), measure).toBe(true);
    }
    expect(sum(computeMeasure(g, 'pagerank'))).toBeCloseTo(1, 6);
    expect(rankActors(g, computeMeasure(g, 'degree'), 1)).toEqual([
      {
        key: 'arms-shipment-pause',
        label: 'Pause of arms shipments to Ukraine',
        value: g.degree('arms-shipment-pause'),
      },
    ]);
    const brokers = rankActors(g, computeMeasure(g, 'betweenness'), 3).map((row) => row.key);
    expect(brokers).toContain('vladimir-putin');
  });

  it('returns nothing for an empty graph or an unknown measure', () => {
    for (const measure of MEASURES) expect(computeMeasure(createActorGraph(), measure)).toEqual({});
    expect(computeMeasure(star(), 'closeness' as never)).toEqual({});
  });
});

describe('computeCommunities', () => {
  it('separates two triangles and numbers communities from 0 in graph order', () => {
    expect(computeCommunities(twoTriangles())).toEqual({ a1: 0, a2: 0, a3: 0, b1: 1, b2: 1, b3: 1 });
  });

  it('gives the same communities on every run of the seed', () => {
    const g = seed();
    const first = computeCommunities(g);
    expect(computeCommunities(g)).toEqual(first);
    expect(computeCommunities(seed())).toEqual(first);
    expect(Object.keys(first).sort()).toEqual(g.nodes().sort());
    expect(first['donald-trump']).toBe(0);
    expect(new Set(Object.values(first)).size).toBeGreaterThan(1);
  });

  it('puts each actor of a graph without relations in its own community', () => {
    const g = createActorGraph();
    g.addNode('x', { label: 'X' });
    g.addNode('y', { label: 'Y' });
    expect(computeCommunities(g)).toEqual({ x: 0, y: 1 });
    expect(computeCommunities(createActorGraph())).toEqual({});
  });
});

describe('rankActors', () => {
  it('lists the top n, highest first, ties by label, skipping unknown keys and non-numbers', () => {
    const g = star();
    const values = { a: 2, b: 2, c: 1, hub: 4, ghost: 9, c2: Number.NaN };
    expect(rankActors(g, values, 3)).toEqual([
      { key: 'hub', label: 'Hub', value: 4 },
      { key: 'a', label: 'A', value: 2 },
      { key: 'b', label: 'B', value: 2 },
    ]);
    expect(rankActors(g, values, 0)).toEqual([]);
    expect(rankActors(g, values, -2)).toEqual([]);
    expect(rankActors(g, values, 99)).toHaveLength(4);
  });

  it('keeps only the best n as it goes, in the order a full sort gives, within the actors shown', () => {
    const g = createActorGraph();
    const values: Record<string, number> = {};
    for (let i = 0; i < 500; i++) {
      g.addNode(`k${i}`, { label: `Actor ${(i * 37) % 101}` });
      values[`k${i}`] = (i * 7919) % 13; // many ties, broken by label then key
    }
    const byHand = (keys: string[]) =>
      keys
        .map((key) => ({ key, label: String(g.getNodeAttribute(key, 'label')), value: values[key] ?? 0 }))
        .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
    expect(rankActors(g, values, 10)).toEqual(byHand(g.nodes()).slice(0, 10));
    const shown = new Set(g.nodes().filter((_, i) => i % 3 === 0));
    expect(rankActors(g, values, 10, shown)).toEqual(byHand([...shown]).slice(0, 10));
  });
});
