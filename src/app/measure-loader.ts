// Computes the measures the state asks for, on demand, of the network the as-of date shows (or the whole one):
// small graphs on the main thread, large ones in a worker; betweenness and the like only once the date rests.

import { createWorkerClient, WorkerFailed } from '../io/call-worker';
import type { ActorGraph } from '../model/actor-graph';
import { degreesOf, stepDegrees } from '../model/time/graph-as-of';
import { type AppState, setMeasure, setStatus } from '../state/app-state';
import { measureKey } from '../state/measure-key';
import { isComputed, selectMeasure } from '../state/select-explore';
import { type AsOfSet, selectAsOfSet } from '../state/select-time';
import type { Store } from '../state/store';
import { createMeasureCache } from './measure-cache';
import { compute, type MeasureClient, networkFor, WORKER_MEASURE_EDGES } from './measure-network';

/** How long the as-of date must rest before measures other than degree are computed for it (Play, dragging). */
export const REST_MS = 300;

/**
 * The rest asked of a date whose network goes to the worker: longer than Play's slowest step (1.2 s), so a play never
 * starts betweenness at 20k (minutes of work, and 0.3 s of the main thread to send) only to stop it a step later.
 */
export const LARGE_REST_MS = 1500;

/** A computation under way: what it is of, and how to stop it when the date has moved on. */
interface Run {
  graph: ActorGraph;
  revision: number;
  key: string;
  stop: AbortController;
}

/**
 * Keeps the measures the view needs computed (the size and colour mappings, the ranking, and degree for the list)
 * for the network shown as of the date, and puts each into the store as it arrives, keyed by that network. Degree
 * follows every step; the others wait for the date to rest REST_MS (LARGE_REST_MS for the worker), one computation per measure at a time (one for
 * a date left behind is stopped).
 * Returns an unmount that also stops the measures worker.
 */
export function mountMeasureLoader(store: Store<AppState>): () => void {
  const client: MeasureClient | null =
    typeof Worker === 'undefined'
      ? null
      : createWorkerClient({
          name: 'The measures worker',
          create: () => new Worker(new URL('./measure-worker.ts', import.meta.url), { type: 'module' }),
        });
  const cache = createMeasureCache();
  const network = networkFor();
  let cachedFor: { graph: ActorGraph; revision: number } | null = null;
  const running = new Map<string, Run>(); // by measure name: one at a time, the newest network's
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restingKey = '';
  const put = (graph: ActorGraph, name: string, values: Record<string, number>, revision: number, key: string) => {
    if (cachedFor?.graph === graph && cachedFor.revision === revision) cache.put(key, name, values);
    // An answer for an earlier date, or computed before a later edit, is dropped by setMeasure (but kept cached).
    store.update((s) => setMeasure(s, graph, name, values, revision, key));
  };
  const start = (state: AppState, graph: ActorGraph, name: string, key: string) => {
    const revision = state.history.revision;
    const under = running.get(name);
    if (under?.graph === graph && under.revision === revision && under.key === key) return;
    // Betweenness at 20k actors takes minutes in the worker: one for a date left behind is stopped, not waited for.
    under?.stop.abort();
    const run: Run = { graph, revision, key, stop: new AbortController() };
    running.set(name, run);
    const done = () => {
      if (running.get(name) === run) running.delete(name); // asked again later, it is tried again
    };
    compute(network(state, graph, key), name, client, run.stop.signal).then(
      (values) => {
        done();
        put(graph, name, values, revision, key);
      },
      (error: unknown) => {
        done();
        if (!(error instanceof WorkerFailed) || store.get().dataset?.graph !== graph) return;
        const message = `${error.worker} stopped unexpectedly while computing ${name} (${error.reason}). The graph is shown without it; reload the page and try again.`;
        store.update((s) => setStatus(s, { kind: 'error', message }));
      },
    );
  };
  // Degree as of a date follows each step of the slider: stepped from the last answer when the set was stepped from
  // its set (a few changes instead of a pass over every relation shown: 20 ms at 20k on this machine).
  let lastDegrees: { edges: ReadonlySet<string>; values: Record<string, number> } | null = null;
  const degreesAsOf = (graph: ActorGraph, shown: AsOfSet) => {
    const step = shown.step;
    const values =
      step && lastDegrees && step.from.edges === lastDegrees.edges
        ? stepDegrees(graph, lastDegrees.values, step.delta)
        : degreesOf(graph, shown);
    lastDegrees = { edges: shown.edges, values };
    return values;
  };
  // Betweenness and the like wait for the date to rest: each new date restarts the wait, the same date does not.
  const afterRest = (state: AppState, key: string) => {
    if (timer !== undefined && restingKey === key) return;
    clearTimeout(timer);
    restingKey = key;
    timer = setTimeout(
      () => {
        timer = undefined;
        need(store.get(), true);
      },
      (selectAsOfSet(state)?.edges.size ?? 0) > WORKER_MEASURE_EDGES ? LARGE_REST_MS : REST_MS,
    );
  };
  // The cache holds one graph at one revision: an edit or another dataset empties it.
  const forget = (graph: ActorGraph, revision: number) => {
    if (cachedFor?.graph === graph && cachedFor.revision === revision) return;
    cache.clear();
    cachedFor = { graph, revision };
  };
  const ensure = (state: AppState, name: string, rested: boolean) => {
    const graph = state.dataset?.graph;
    if (!graph || !isComputed(name) || selectMeasure(state, name)) return;
    const revision = state.history.revision;
    forget(graph, revision);
    const key = measureKey(state);
    const hit = cache.get(key, name);
    const shown = key !== '' && name === 'degree' ? selectAsOfSet(state) : null;
    if (hit) store.update((s) => setMeasure(s, graph, name, hit, revision, key));
    else if (shown) put(graph, name, degreesAsOf(graph, shown), revision, key);
    else if (key === '' || rested) start(state, graph, name, key);
    else afterRest(state, key);
  };
  const need = (state: AppState, rested = false) => {
    for (const name of ['degree', state.view.rankBy, state.view.sizeBy, state.view.colorBy]) {
      if (name) ensure(state, name, rested);
    }
  };
  need(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    const edited = state.history.revision !== previous.history.revision || state.measures !== previous.measures;
    const moved = state.filters !== previous.filters;
    if (state.dataset !== previous.dataset || state.view !== previous.view || edited || moved) need(state);
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
    client?.terminate();
  };
}
