// applySelection: cytoscape's selection and the highlight/fade classes follow the store, and each change clears
// exactly what the previous one marked.

import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applySelection, FADE_LIMIT } from '../../../src/view/sync-selection';

/** A path a - b - c - d, plus e alone, in a headless core. */
function core(): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ group: 'nodes' as const, data: { id } })),
    { group: 'edges', data: { id: 'ab', key: 'ab', source: 'a', target: 'b' } },
    { group: 'edges', data: { id: 'bc', key: 'bc', source: 'b', target: 'c' } },
    { group: 'edges', data: { id: 'cd', key: 'cd', source: 'c', target: 'd' } },
  ]);
  return cy;
}

const ids = (cy: Core, selector: string) =>
  cy
    .$(selector)
    .map((e) => e.id())
    .sort();

describe('applySelection', () => {
  it('selects the actor, highlights its neighbourhood and fades the rest', () => {
    const cy = core();
    applySelection(cy, { type: 'node', key: 'b' });
    expect(ids(cy, ':selected')).toEqual(['b']);
    expect(ids(cy, '.highlighted')).toEqual(['a', 'ab', 'b', 'bc', 'c']);
    expect(ids(cy, '.faded')).toEqual(['cd', 'd', 'e']);
  });

  it('clears the previous selection completely when another one is made, and when it is cleared', () => {
    const cy = core();
    applySelection(cy, { type: 'node', key: 'b' });
    applySelection(cy, { type: 'edge', key: 'cd' });
    expect(ids(cy, ':selected')).toEqual(['cd']);
    expect(ids(cy, '.highlighted')).toEqual(['c', 'cd', 'd']);
    expect(ids(cy, '.faded')).toEqual(['a', 'ab', 'b', 'bc', 'e']);
    applySelection(cy, null);
    expect(ids(cy, ':selected')).toEqual([]);
    expect(ids(cy, '.highlighted, .faded')).toEqual([]);
  });

  it('also clears the selection cytoscape made itself on a tap', () => {
    const cy = core();
    applySelection(cy, { type: 'node', key: 'a' });
    cy.getElementById('a').unselect();
    cy.getElementById('d').select(); // what a tap on d does before the store hears of it
    applySelection(cy, { type: 'node', key: 'd' });
    expect(ids(cy, ':selected')).toEqual(['d']);
  });

  it('survives the marked elements being removed, and does not fade above the limit', () => {
    const cy = core();
    applySelection(cy, { type: 'node', key: 'b' });
    cy.elements().remove();
    const many = Array.from({ length: FADE_LIMIT + 1 }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` } }));
    cy.add(many);
    expect(() => applySelection(cy, { type: 'node', key: 'n1' })).not.toThrow();
    expect(ids(cy, ':selected')).toEqual(['n1']);
    expect(cy.$('.faded').length).toBe(0);
  });
});

describe('applySelection on a core of actors only (huge graphs)', () => {
  it('reads the neighbourhood from the graph, since the core holds no relations', async () => {
    const { createActorGraph } = await import('../../../src/model/actor-graph');
    const graph = createActorGraph();
    for (const key of ['a', 'b', 'c', 'd', 'e']) graph.addNode(key, { label: key });
    graph.addEdgeWithKey('ab', 'a', 'b', {});
    graph.addEdgeWithKey('bc', 'b', 'c', {});
    graph.addEdgeWithKey('cd', 'c', 'd', {});
    const cy = cytoscape({ headless: true, styleEnabled: true });
    cy.add(['a', 'b', 'c', 'd', 'e'].map((id) => ({ group: 'nodes' as const, data: { id } })));
    applySelection(cy, { type: 'node', key: 'b' }, graph);
    expect(ids(cy, ':selected')).toEqual(['b']);
    expect(ids(cy, '.highlighted')).toEqual(['a', 'b', 'c']);
    expect(ids(cy, '.faded')).toEqual(['d', 'e']);
    // A relation, selected from the inspector: its two actors stand out.
    applySelection(cy, { type: 'edge', key: 'cd' }, graph);
    expect(ids(cy, ':selected')).toEqual([]);
    expect(ids(cy, '.highlighted')).toEqual(['c', 'd']);
    expect(ids(cy, '.faded')).toEqual(['a', 'b', 'e']);
  });
});
