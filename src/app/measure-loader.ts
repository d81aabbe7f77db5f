// Computes the measures the state asks for, on demand: small graphs on the main thread, large ones in a worker.

import type { ActorGraph } from '../model/actor-graph';
import { isMeasure } from '../model/measure-names';
import { type AppState, noteMeasureReady } from '../state/app-state';
import { isComputed, selectMeasure, storeMeasure } from '../state/select-explore';
import type { Store } from '../state/store';

/** Above this many relations, measures are computed in a worker. See docs/design-choices.md#workers. */
export const WORKER_MEASURE_EDGES = 5000;

const pending = new WeakMap<ActorGraph, Set<string>>();
let worker: Worker | undefined;
let nextId = 1;

async function compute(graph: ActorGraph, name: string): Promise<Record<string, number>> {
  if (graph.size <= WORKER_MEASURE_EDGES || typeof Worker === 'undefined') {
    const { computeCommunities, computeMeasure } = await import('../model/measures');
    return name === 'community' ? computeCommunities(graph) : isMeasure(name) ? computeMeasure(graph, name) : {};
  }
  worker ??= new Worker(new URL('./measure-worker.ts', import.meta.url), { type: 'module' });
  const target = worker;
  const id = nextId++;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<{ id: number; values: Record<string, number> }>) => {
      if (event.data.id !== id) return;
      target.removeEventListener('message', onMessage);
      resolve(event.data.values);
    };
    target.addEventListener('message', onMessage);
    target.postMessage({ id, name, graph: graph.export() });
  });
}

/** Starts computing a measure unless it is cached or under way; the store hears when it is ready. */
export function ensureMeasure(store: Store<AppState>, name: string): void {
  const graph = store.get().dataset?.graph;
  if (!graph || !isComputed(name) || selectMeasure(graph, name)) return;
  const under = pending.get(graph) ?? new Set<string>();
  if (under.has(name)) return;
  pending.set(graph, under.add(name));
  void compute(graph, name).then((values) => {
    storeMeasure(graph, name, values);
    under.delete(name);
    if (store.get().dataset?.graph === graph) store.update(noteMeasureReady);
  });
}

/** Keeps the measures the view needs computed: the size and colour mappings, the ranking, and degree for the list. */
export function mountMeasureLoader(store: Store<AppState>): () => void {
  const need = (state: AppState) => {
    for (const name of ['degree', state.view.rankBy, state.view.sizeBy, state.view.colorBy]) {
      if (name) ensureMeasure(store, name);
    }
  };
  need(store.get());
  return store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset || state.view !== previous.view) need(state);
  });
}
