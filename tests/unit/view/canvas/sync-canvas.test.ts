// syncCanvas: from one state to the next, the core's actors and the edge drawing follow selection, filters, focus
// and paths, and each change clears exactly what the previous one marked.

import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { type ActorGraph, createActorGraph } from '../../../../src/model/actor-graph';
import { type AppState, INITIAL_STATE, select, setDataset } from '../../../../src/state/app-state';
import { setFilters, setFocus, setPathQuery } from '../../../../src/state/explore-state';
import { mountEdgeRelations } from '../../../../src/view/canvas/edge-relations';
import { FADE_LIMIT, fadesRest, selectedActors } from '../../../../src/view/canvas/sync-actors';
import { labelFocus, relationScene, syncCanvas } from '../../../../src/view/canvas/sync-canvas';

/** A path a - b - c - d, plus e alone. */
function graph(): ActorGraph {
  const g = createActorGraph();
  for (const key of ['a', 'b', 'c', 'd', 'e']) g.addNode(key, { label: key, kind: 'person' });
  g.addEdgeWithKey('ab', 'a', 'b', { relation: 'meets', stance: 'cooperative' });
  g.addEdgeWithKey('bc', 'b', 'c', { relation: 'meets', stance: 'conflictual' });
  g.addEdgeWithKey('cd', 'c', 'd', { relation: 'meets', stance: 'neutral' });
  return g;
}

/** A headless core holding the graph as the detailed profile does: actors and relations. */
function core(g: ActorGraph): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  g.forEachNode((id) => {
    cy.add({ group: 'nodes', data: { id } });
  });
  g.forEachEdge((key, _a, source, target) => {
    cy.add({ group: 'edges', data: { id: key, key, source, target } });
  });
  return cy;
}

const ids = (cy: Core, selector: string) =>
  cy
    .$(selector)
    .map((e) => e.id())
    .sort();

/** A canvas-like harness: each step syncs from the last applied state to the next. */
function harness() {
  const g = graph();
  const cy = core(g);
  const target = { cy, relations: mountEdgeRelations(cy) };
  let applied: AppState | null = null;
  let state = setDataset(INITIAL_STATE, { graph: g, id: 't', name: 't', formatLabel: 'test', warnings: [] });
  const step = (change: (s: AppState) => AppState) => {
    state = change(state);
    syncCanvas(target, applied, state);
    applied = state;
  };
  step((s) => s);
  return { cy, step };
}

describe('syncCanvas', () => {
  it('selects an actor, highlights its neighbourhood with its relations and fades the rest', () => {
    const { cy, step } = harness();
    step((s) => select(s, { type: 'node', key: 'b' }));
    expect(ids(cy, ':selected')).toEqual(['b']);
    expect(ids(cy, '.highlighted')).toEqual(['a', 'ab', 'b', 'bc', 'c']);
    expect(ids(cy, '.faded')).toEqual(['cd', 'd', 'e']);
  });

  it('clears the previous selection completely when another is made, and when it is cleared', () => {
    const { cy, step } = harness();
    step((s) => select(s, { type: 'node', key: 'b' }));
    step((s) => select(s, { type: 'edge', key: 'cd' }));
    expect(ids(cy, ':selected')).toEqual(['cd']);
    expect(ids(cy, '.highlighted')).toEqual(['c', 'cd', 'd']);
    expect(ids(cy, '.faded')).toEqual(['a', 'ab', 'b', 'bc', 'e']);
    step((s) => select(s, null));
    expect(ids(cy, ':selected')).toEqual([]);
    expect(ids(cy, '.highlighted, .faded')).toEqual([]);
  });

  it('also clears the selection cytoscape made itself on a tap', () => {
    const { cy, step } = harness();
    step((s) => select(s, { type: 'node', key: 'a' }));
    cy.getElementById('d').select(); // what a tap on d does before the store hears of it
    step((s) => select(s, { type: 'node', key: 'd' }));
    expect(ids(cy, ':selected')).toEqual(['d']);
  });

  it('hides what filters and focus leave out, and shows it again when they are cleared', () => {
    const { cy, step } = harness();
    step((s) => setFilters(s, { stances: ['cooperative'] }));
    expect(ids(cy, 'edge.hidden')).toEqual(['bc', 'cd']);
    step((s) => setFilters(s, { stances: null }));
    expect(ids(cy, '.hidden')).toEqual([]);
    step((s) => setFocus(s, { centre: 'a', depth: 1, direction: 'both' }));
    expect(ids(cy, 'node.hidden')).toEqual(['c', 'd', 'e']);
    expect(ids(cy, 'edge.hidden')).toEqual(['bc', 'cd']);
  });

  it('marks a found path on actors and relations and dims the rest; clears it with the question', () => {
    const { cy, step } = harness();
    step((s) => setPathQuery(s, { from: 'a', to: 'c', followDirection: false }));
    expect(ids(cy, '.on-path')).toEqual(['a', 'ab', 'b', 'bc', 'c']);
    expect(ids(cy, '.off-path')).toEqual(['cd', 'd', 'e']);
    step((s) => setPathQuery(s, null));
    expect(ids(cy, '.on-path, .off-path')).toEqual([]);
  });
});

describe('relationScene', () => {
  it('keeps the same parts while the state parts they come from stay the same', () => {
    const g = graph();
    const state = select(setDataset(INITIAL_STATE, { graph: g, id: 't', name: 't', formatLabel: 't', warnings: [] }), {
      type: 'node',
      key: 'b',
    });
    const first = relationScene(state);
    const again = relationScene({ ...state, status: { kind: 'info', message: 'x' } });
    expect(again.highlighted).toBe(first.highlighted);
    expect([...first.highlighted].sort()).toEqual(['ab', 'bc']);
    expect(first.fade).toBe(true);
  });

  it('reads the actors around a selection from the graph, and fades only graphs small enough', () => {
    const g = graph();
    expect(selectedActors(g, { type: 'node', key: 'b' }).sort()).toEqual(['a', 'b', 'c']);
    expect(selectedActors(g, { type: 'edge', key: 'cd' })).toEqual(['c', 'd']);
    expect(fadesRest(g)).toBe(true);
    const big = createActorGraph();
    for (let i = 0; i <= FADE_LIMIT; i++) big.addNode(`n${i}`, { label: `n${i}` });
    expect(fadesRest(big)).toBe(false);
  });

  it('names the actors whose labels matter: the selected one, its neighbours, and those on a found path', () => {
    let state = setDataset(INITIAL_STATE, { graph: graph(), id: 't', name: 't', formatLabel: 'test', warnings: [] });
    expect(labelFocus(state)).toEqual({ selected: null, neighbours: [], path: null });
    state = select(state, { type: 'node', key: 'b' });
    expect(labelFocus(state).selected).toBe('b');
    expect([...labelFocus(state).neighbours].sort()).toEqual(['a', 'c']);
    state = setPathQuery(state, { from: 'a', to: 'd', followDirection: false });
    expect([...(labelFocus(state).path ?? [])].sort()).toEqual(['a', 'b', 'c', 'd']);
    // A selected relation names its two ends as neighbours, and no actor as selected.
    state = select(state, { type: 'edge', key: 'cd' });
    expect(labelFocus(state).selected).toBeNull();
    expect([...labelFocus(state).neighbours].sort()).toEqual(['c', 'd']);
  });
});
