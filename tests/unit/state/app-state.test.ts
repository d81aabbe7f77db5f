// Pure transitions of the application state, and the store.
import { describe, expect, it, vi } from 'vitest';
import { createActorGraph } from '../../../src/model/actor-graph';
import { INITIAL_STATE, select, setDataset, setMeasure, setStatus } from '../../../src/state/app-state';
import { selectMeasure } from '../../../src/state/select-explore';
import { createStore } from '../../../src/state/store';

function dataset() {
  const graph = createActorGraph();
  graph.addNode('a', { label: 'A' });
  graph.addNode('b', { label: 'B' });
  graph.addEdgeWithKey('e1', 'a', 'b', { relation: 'talks-with' });
  return { graph, id: 'test', name: 'test.json', formatLabel: 'Backchannel JSON', warnings: [] };
}

describe('app state transitions', () => {
  it('selects nodes and edges that exist and drops those that do not', () => {
    const s = setDataset(INITIAL_STATE, dataset());
    expect(select(s, { type: 'node', key: 'a' }).selection).toEqual({ type: 'node', key: 'a' });
    expect(select(s, { type: 'edge', key: 'e1' }).selection).toEqual({ type: 'edge', key: 'e1' });
    expect(select(s, { type: 'node', key: 'zzz' }).selection).toBeNull();
  });

  it('returns the same object when nothing changes, so listeners do not fire', () => {
    const s = select(setDataset(INITIAL_STATE, dataset()), { type: 'node', key: 'a' });
    expect(select(s, { type: 'node', key: 'a' })).toBe(s);
    expect(setStatus(s, s.status)).toBe(s);
  });

  it('keeps a selection across a new dataset only when it exists there', () => {
    const s = setDataset(INITIAL_STATE, dataset(), { type: 'node', key: 'b' });
    expect(s.selection).toEqual({ type: 'node', key: 'b' });
    expect(setDataset(INITIAL_STATE, dataset(), { type: 'node', key: 'x' }).selection).toBeNull();
  });

  it('keeps measures as state: added immutably for the graph shown, dropped for another, reset by a new dataset', () => {
    const first = setDataset(INITIAL_STATE, dataset());
    const graph = first.dataset?.graph ?? createActorGraph();
    const degree = { a: 1, b: 1 };
    const measured = setMeasure(first, graph, 'degree', degree);
    expect(measured.measures).toEqual({ degree });
    expect(first.measures).toEqual({}); // the previous state is untouched
    expect(selectMeasure(measured, 'degree')).toBe(degree);
    expect(selectMeasure(measured, 'pagerank')).toBeNull();
    expect(setMeasure(measured, graph, 'degree', degree)).toBe(measured);
    // A late answer computed for a graph no longer shown changes nothing.
    expect(setMeasure(measured, createActorGraph(), 'pagerank', { a: 0.5 })).toBe(measured);
    expect(setDataset(measured, dataset()).measures).toEqual({});
  });
});

describe('store', () => {
  it('notifies subscribers with the new and previous state, and stops after unsubscribe', () => {
    const store = createStore({ n: 1 });
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.update((s) => ({ n: s.n + 1 }));
    expect(listener).toHaveBeenCalledWith({ n: 2 }, { n: 1 });
    store.update((s) => s);
    expect(listener).toHaveBeenCalledTimes(1);
    off();
    store.update(() => ({ n: 5 }));
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
