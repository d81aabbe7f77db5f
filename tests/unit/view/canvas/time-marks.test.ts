// Comparing two dates: the marks come from the state's changes as the view stands (appeared among those shown,
// ghosts hidden with both actors shown), keep their identity while unchanged, and reach both relation drawings.

import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { type ActorGraph, createActorGraph } from '../../../../src/model/actor-graph';
import { type AppState, INITIAL_STATE, setDataset } from '../../../../src/state/app-state';
import { setFilters } from '../../../../src/state/explore-state';
import { selectChanges } from '../../../../src/state/select-time';
import { mountEdgeRelations } from '../../../../src/view/canvas/edge-relations';
import { relationScene, syncCanvas } from '../../../../src/view/canvas/sync-canvas';
import { timeMarks } from '../../../../src/view/canvas/time-marks';

/**
 * ab lasts from 2020 and ends 2024-06; bc begins 2024-03; cd is a meeting in 2021; de (2020 on) ends 2024-05 with
 * its actor e, who leaves on 2024-05-01.
 */
function graph(): ActorGraph {
  const g = createActorGraph();
  for (const key of ['a', 'b', 'c', 'd']) g.addNode(key, { label: key });
  g.addNode('e', { label: 'e', end: '2024-05-01' });
  g.addEdgeWithKey('ab', 'a', 'b', { relation: 'member-of', start: '2020', end: '2024-06' });
  g.addEdgeWithKey('bc', 'b', 'c', { relation: 'member-of', start: '2024-03', stance: 'cooperative' });
  g.addEdgeWithKey('cd', 'c', 'd', { relation: 'meets', date: '2021-05-01' });
  g.addEdgeWithKey('de', 'd', 'e', { relation: 'member-of', start: '2020', end: '2024-05' });
  return g;
}

function open(g = graph()): AppState {
  return setDataset(INITIAL_STATE, { graph: g, id: 't', name: 't', formatLabel: 'test', warnings: [] });
}

/** Compares two dates with the as-of date at the later one, as the Time panel does. */
function comparing(state: AppState, from: string, to: string): AppState {
  return { ...setFilters(state, { ...state.filters, asOf: to }), compare: { from, to } };
}

describe('timeMarks', () => {
  it('is null while nothing is compared', () => {
    expect(timeMarks(open())).toBeNull();
    expect(relationScene(open()).marks).toBeNull();
  });

  it('marks what appeared and, as ghosts, what ended, leaving out a ghost whose actor is hidden', () => {
    const state = comparing(open(), '2024-01-01', '2024-12-31');
    const ended = selectChanges(state)
      ?.changes.filter((c) => c.kind === 'ended')
      .map((c) => c.edge);
    expect(ended?.sort()).toEqual(['ab', 'de']);
    // de ended too, but its actor e is gone as of the date: cytoscape draws no edge to a hidden actor, nor do we.
    expect(timeMarks(state)).toEqual({ appeared: ['bc'], ended: ['ab'] });
    expect(relationScene(state).marks).toBe(timeMarks(state));
  });

  it('draws a ghost only in place of a hidden relation, and marks an appeared one only while shown', () => {
    let state = comparing(open(), '2024-01-01', '2024-12-31');
    // Back before both changes: ab is shown again (drawn as usual), bc is not shown yet.
    state = setFilters(state, { ...state.filters, asOf: '2024-02-01' });
    expect(timeMarks(state)).toEqual({ appeared: [], ended: [] });
    // No date at all: everything is shown, so nothing stands in for a hidden relation.
    state = setFilters(state, { ...state.filters, asOf: undefined });
    expect(timeMarks(state)).toEqual({ appeared: ['bc'], ended: [] });
  });

  it('keeps the same object while a step of the date moves no mark, so drawings redraw no mark', () => {
    const state = comparing(open(), '2024-01-01', '2024-12-31');
    const first = timeMarks(state);
    const later = timeMarks(setFilters(state, { ...state.filters, asOf: '2025-06-01' }));
    expect(later).toBe(first);
    const other = timeMarks({ ...state, compare: { from: '2024-01-01', to: '2024-05-15' } });
    expect(other).not.toBe(first);
    expect(other?.ended).toEqual([]);
  });
});

/** A headless core holding the graph as the detailed profile does: actors and relations. */
function core(g: ActorGraph): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  g.forEachNode((id) => void cy.add({ group: 'nodes', data: { id } }));
  g.forEachEdge((key, _a, source, target) => void cy.add({ group: 'edges', data: { id: key, key, source, target } }));
  return cy;
}

describe('the edge drawing (small graphs)', () => {
  it('puts the scene’s marks on the edges as classes, and clears them when the comparison stops', () => {
    const g = graph();
    const cy = core(g);
    const target = { cy, relations: mountEdgeRelations(cy) };
    const classed = (name: string) => cy.edges(`.${name}`).map((edge) => edge.id());
    let state = open(g);
    syncCanvas(target, null, state);
    const previous = state;
    state = comparing(state, '2024-01-01', '2024-12-31');
    syncCanvas(target, previous, state);
    expect(classed('appeared')).toEqual(['bc']);
    expect(classed('ghost')).toEqual(['ab']);
    const stopped = { ...state, compare: null };
    syncCanvas(target, state, stopped);
    expect(classed('appeared')).toEqual([]);
    expect(classed('ghost')).toEqual([]);
  });
});
