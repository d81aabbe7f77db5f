// runLayout's concentric layout: the "Size by" choice, measure or attribute, decides who sits in the centre.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { type ActorGraph, createActorGraph } from '../../../../src/model/actor-graph';
import type { MeasureTable } from '../../../../src/state/app-state';
import { runLayout } from '../../../../src/view/layout/run-layout';

/** A star: the hub has the highest degree, the leaf "d" the largest population and the highest stored PageRank. */
function star(): ActorGraph {
  const graph = createActorGraph();
  graph.addNode('hub', { label: 'Hub', population: 1 });
  for (const leaf of ['a', 'b', 'c', 'd']) {
    graph.addNode(leaf, { label: leaf, population: leaf === 'd' ? 100 : 1 });
    graph.addEdge('hub', leaf, { relation: 'meets' });
  }
  return graph;
}

/** A headless core holding the graph's actors and relations. */
function core(graph: ActorGraph): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  graph.forEachNode((id) => cy.add({ group: 'nodes', data: { id } }));
  graph.forEachEdge((id, _attrs, source, target) => cy.add({ group: 'edges', data: { id, source, target } }));
  return cy;
}

/** The actor nearest the centre of the laid-out graph. */
function centre(cy: Core): string {
  const box = cy.nodes().boundingBox();
  const [cx, cy0] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
  const distance = (id: string) => {
    const { x, y } = cy.getElementById(id).position();
    return Math.hypot(x - cx, y - cy0);
  };
  return cy
    .nodes()
    .map((n) => n.id())
    .sort((a, b) => distance(a) - distance(b))[0] as string;
}

const lay = async (graph: ActorGraph, sizeBy: string | null, measures: MeasureTable = {}) => {
  const cy = core(graph);
  await runLayout(cy, 'concentric', { graph, sizeBy, measures, use: cytoscape.use, animate: false });
  return centre(cy);
};

describe('concentric layout', () => {
  it('ranks by degree when nothing maps to size', async () => {
    expect(await lay(star(), null)).toBe('hub');
  });

  it('puts the actor with the largest value of the "Size by" attribute in the centre', async () => {
    expect(await lay(star(), 'population')).toBe('d');
  });

  it('ranks by the chosen measure once it is computed', async () => {
    const graph = star();
    expect(await lay(graph, 'pagerank', { pagerank: { hub: 0.1, a: 0.1, b: 0.1, c: 0.1, d: 0.6 } })).toBe('d');
  });
});
