// restyleActors and actor positions: a restyle gives the core new data only for actors whose look changed since
// they were last given one, and positions are read once and moved one actor at a time.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../../src/model/actor-graph';
import type { NodeLook } from '../../../../src/view/appearance/node-appearance';
import { createActorPositions } from '../../../../src/view/canvas/actor-positions';
import { type Looks, restyleActors } from '../../../../src/view/canvas/restyle-actors';

function setUp() {
  const graph = createActorGraph();
  for (const key of ['a', 'b', 'c']) graph.addNode(key, { label: key });
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add(
    ['a', 'b', 'c'].map((id, i) => ({ group: 'nodes' as const, data: { id }, position: { x: i * 10, y: 1 - i } })),
  );
  return { graph, cy };
}

describe('restyleActors', () => {
  it('touches only the actors whose look differs from the look they were last given', () => {
    const { graph, cy } = setUp();
    const grey: NodeLook = { color: '#888', shape: 'ellipse', size: 22 };
    const looks: Looks = new Map(['a', 'b', 'c'].map((key) => [key, grey]));
    const touched: string[] = [];
    cy.on('data', 'node', (event) => {
      touched.push(event.target.id());
    });
    expect(restyleActors(cy, graph, looks, () => ({ ...grey }))).toBe(0);
    expect(touched).toEqual([]);
    const bigB = (_attrs: unknown, key: string) => (key === 'b' ? { ...grey, size: 40 } : { ...grey });
    expect(restyleActors(cy, graph, looks, bigB)).toBe(1);
    expect(touched).toEqual(['b']);
    expect(cy.getElementById('b').data('size')).toBe(40);
    expect(looks.get('b')?.size).toBe(40);
    // Even when the core's data was changed behind the canvas's back, the comparison is with the looks kept.
    cy.getElementById('c').data('size', 99);
    touched.length = 0;
    expect(restyleActors(cy, graph, looks, bigB)).toBe(0);
  });
});

describe('actor positions', () => {
  it('reads every actor once in graph order, and moves one actor at a time', () => {
    const { graph, cy } = setUp();
    const positions = createActorPositions(graph);
    expect(positions.nodes).toEqual(['a', 'b', 'c']);
    expect(Number.isNaN(positions.xy[0])).toBe(true);
    positions.readAll(cy);
    expect([...positions.xy]).toEqual([0, 1, 10, 0, 20, -1]);
    positions.move('b', 5, 6);
    positions.move('unknown', 1, 1);
    expect([...positions.xy]).toEqual([0, 1, 5, 6, 20, -1]);
  });
});
