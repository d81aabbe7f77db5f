// currentViewQuery: the link of a state carries what differs from the dataset's defaults, and reopens the same view.
import { describe, expect, it } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { type AppState, INITIAL_STATE, select, setDataset, setViewSettings } from '../../../src/state/app-state';
import { currentViewQuery } from '../../../src/state/current-view-query';
import { applyViewQuery, expandFocus, setFilters, setFocus, setPathQuery } from '../../../src/state/explore-state';
import { applyFields } from '../../../src/state/field-state';
import { DEFAULT_VIEW_QUERY, decodeViewQuery, encodeViewQuery } from '../../../src/state/view-query';

/** A state with a small dataset open, as setDataset leaves it (colour by kind, one size, automatic layout). */
function opened(): AppState {
  const graph = createActorGraph();
  graph.addNode('trump', { label: 'Donald Trump', kind: 'person' });
  graph.addNode('putin', { label: 'Vladimir Putin', kind: 'person' });
  graph.addNode('russia', { label: 'Russia', kind: 'state' });
  graph.addEdge('trump', 'putin', { relation: 'talks-with' });
  graph.addEdge('putin', 'russia', { relation: 'leads' });
  return setDataset(INITIAL_STATE, { graph, id: 'test', name: 'test.json', formatLabel: 'JSON', warnings: [] });
}

describe('currentViewQuery', () => {
  it('leaves out what the dataset opens with, so a fresh view links to a bare address', () => {
    const query = currentViewQuery(opened(), null, undefined);
    expect(query).toEqual({ ...DEFAULT_VIEW_QUERY, filters: opened().filters });
    expect(encodeViewQuery(query)).toBe('');
  });

  it('carries the fields only once the user changed them, and the link reopens them', () => {
    const state = opened();
    expect(currentViewQuery(state, null, undefined).fields).toBeUndefined();
    const changed = applyFields(state, { ...state.fields, relation: null, kind: 'kind' });
    const query = currentViewQuery(changed, null, undefined);
    expect(query.fields).toEqual(changed.fields);
    expect(decodeViewQuery(encodeViewQuery(query)).fields).toEqual(changed.fields);
  });

  it('names the dataset and the camera it is given', () => {
    const query = currentViewQuery(opened(), { zoom: 2, x: 10, y: -5 }, 'sixth-call');
    expect(query.dataset).toBe('sixth-call');
    expect(query.camera).toEqual({ zoom: 2, x: 10, y: -5 });
  });

  it('carries the mappings and the layout only where they differ from the defaults', () => {
    const state = setViewSettings(opened(), { sizeBy: 'pagerank', layout: 'circle' });
    const query = currentViewQuery(state, null, undefined);
    expect(query.sizeBy).toBe('pagerank');
    expect(query.colorBy).toBeUndefined();
    expect(query.layout).toBe('circle');
    expect(currentViewQuery(setViewSettings(opened(), { colorBy: null }), null, undefined).colorBy).toBeNull();
  });

  it('keeps the focus as chosen, not the neighbours expanded in place', () => {
    const focused = expandFocus(setFocus(opened(), { centre: 'putin', depth: 1, direction: 'both' }), 'russia');
    expect(focused.focus?.expanded).toEqual(['russia']);
    expect(currentViewQuery(focused, null, undefined).focus).toEqual({ centre: 'putin', depth: 1, direction: 'both' });
  });

  it('makes a link that reopens the same selection, filters, focus, path and mappings', () => {
    let state = select(opened(), { type: 'node', key: 'putin' });
    state = setFilters(state, { kinds: ['person'], hideIsolated: true });
    state = setFocus(state, { centre: 'putin', depth: 2, direction: 'out' });
    state = setPathQuery(state, { from: 'trump', to: 'russia', followDirection: true });
    state = setViewSettings(state, { sizeBy: 'degree', colorBy: null, layout: 'grid' });
    const hash = encodeViewQuery(currentViewQuery(state, null, undefined));
    const reopened = applyViewQuery(opened(), decodeViewQuery(hash));
    expect(reopened.selection).toEqual(state.selection);
    expect(reopened.filters).toEqual(state.filters);
    expect(reopened.focus).toEqual(state.focus);
    expect(reopened.path).toEqual(state.path);
    expect(reopened.view).toEqual(state.view);
  });
});
