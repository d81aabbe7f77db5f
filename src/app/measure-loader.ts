// Computes the measures the state asks for, on demand: small graphs on the main thread, large ones in a worker.

import type { ActorGraph } from '../model/actor-graph';
import { isMeasure } from '../model/measure-names';
import { type AppState, setMeasure } from '../state/app-state';
import { isComputed, selectMeasure } from '../state/select-explore';
import type { Store } from '../state/store';

/** Above this many relations, measures are computed in a worker so the page keeps answering. */
export const WORKER_MEASURE_EDGES = 5000;

/** Computes one measure of a graph, in `worker` (made on first need) for large graphs. */
async function compute(
  graph: ActorGraph,
  name: string,
  worker: () => Worker,
  id: number,
): Promise<Record<string, number>> {
  if (graph.size <= WORKER_MEASURE_EDGES || typeof Worker === 'undefined') {
    const { computeCommunities, computeMeasure } = await import('../model/measures');
    return name === 'community' ? computeCommunities(graph) : isMeasure(name) ? computeMeasure(graph, name) : {};
  }
  const target = worker();
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

/**
 * Keeps the measures the view needs computed (the size and colour mappings, the ranking, and degree for the list)
 * and puts each into the store as it arrives; returns an unmount that also ends the worker.
 */
export function mountMeasureLoader(store: Store<AppState>): () => void {
  // Measures under way, for the graph they were asked for: a new dataset starts a new set.
  let pending: { graph: ActorGraph; names: Set<string> } | null = null;
  let worker: Worker | undefined;
  let nextId = 1;
  const ensure = (state: AppState, name: string) => {
    const graph = state.dataset?.graph;
    if (!graph || !isComputed(name) || selectMeasure(state, name)) return;
    if (pending?.graph !== graph) pending = { graph, names: new Set() };
    if (pending.names.has(name)) return;
    pending.names.add(name);
    const lazyWorker = () => {
      worker ??= new Worker(new URL('./measure-worker.ts', import.meta.url), { type: 'module' });
      return worker;
    };
    void compute(graph, name, lazyWorker, nextId++).then((values) => {
      store.update((s) => setMeasure(s, graph, name, values));
    });
  };
  const need = (state: AppState) => {
    for (const name of ['degree', state.view.rankBy, state.view.sizeBy, state.view.colorBy]) {
      if (name) ensure(state, name);
    }
  };
  need(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset || state.view !== previous.view) need(state);
  });
  return () => {
    unsubscribe();
    worker?.terminate();
  };
}
