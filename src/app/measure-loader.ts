// Computes the measures the state asks for, on demand: small graphs on the main thread, large ones in a worker.

import { createWorkerClient, type WorkerClient, WorkerFailed } from '../io/call-worker';
import type { ActorGraph } from '../model/actor-graph';
import { isMeasure } from '../model/measure-names';
import { type AppState, setMeasure, setStatus } from '../state/app-state';
import { isComputed, selectMeasure } from '../state/select-explore';
import type { Store } from '../state/store';
import type { MeasureRequest } from './measure-worker';

/** Above this many relations, measures are computed in a worker. See docs/design-choices.md#workers. */
export const WORKER_MEASURE_EDGES = 5000;

/** The measures worker of a mounted loader, started on first use. */
type MeasureClient = WorkerClient<MeasureRequest, never, Record<string, number>>;

async function compute(graph: ActorGraph, name: string, client: MeasureClient | null): Promise<Record<string, number>> {
  if (graph.size <= WORKER_MEASURE_EDGES || !client) {
    const { computeCommunities, computeMeasure } = await import('../model/measures');
    return name === 'community' ? computeCommunities(graph) : isMeasure(name) ? computeMeasure(graph, name) : {};
  }
  return client.call({ name, graph: graph.export() });
}

/**
 * Keeps the measures the view needs computed (the size and colour mappings, the ranking, and degree for the list)
 * and puts each into the store as it arrives. Returns an unmount that also stops the measures worker.
 */
export function mountMeasureLoader(store: Store<AppState>): () => void {
  const client: MeasureClient | null =
    typeof Worker === 'undefined'
      ? null
      : createWorkerClient({
          name: 'The measures worker',
          create: () => new Worker(new URL('./measure-worker.ts', import.meta.url), { type: 'module' }),
        });
  // Measures under way, for the graph and revision they were asked for: a new dataset, or an edit (which changes
  // the graph in place and drops the measures it made stale), starts a new set.
  let pending: { graph: ActorGraph; revision: number; names: Set<string> } | null = null;
  const ensure = (state: AppState, name: string) => {
    const graph = state.dataset?.graph;
    if (!graph || !isComputed(name) || selectMeasure(state, name)) return;
    const revision = state.history.revision;
    if (pending?.graph !== graph || pending.revision !== revision) pending = { graph, revision, names: new Set() };
    const under = pending.names;
    if (under.has(name)) return;
    under.add(name);
    compute(graph, name, client).then(
      // An answer computed before a later edit is dropped by setMeasure; the edit asked for it again.
      (values) => store.update((s) => setMeasure(s, graph, name, values, revision)),
      (error: unknown) => {
        under.delete(name); // asked again later (another Size by, another load), it is tried again
        if (!(error instanceof WorkerFailed) || store.get().dataset?.graph !== graph) return;
        const message = `${error.worker} stopped unexpectedly while computing ${name} (${error.reason}). The graph is shown without it; reload the page and try again.`;
        store.update((s) => setStatus(s, { kind: 'error', message }));
      },
    );
  };
  const need = (state: AppState) => {
    for (const name of ['degree', state.view.rankBy, state.view.sizeBy, state.view.colorBy]) {
      if (name) ensure(state, name);
    }
  };
  need(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const edited = state.history.revision !== previous.history.revision || state.measures !== previous.measures;
    if (state.dataset !== previous.dataset || state.view !== previous.view || edited) need(state);
  });
  return () => {
    unsubscribe();
    client?.terminate();
  };
}
