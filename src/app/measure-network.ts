// What measures are computed on (the whole graph, or the network an as-of date shows) and where: the main thread
// for small networks, the measures worker for large ones.

import type { WorkerClient } from '../io/call-worker';
import type { ActorGraph } from '../model/actor-graph';
import { isMeasure } from '../model/measure-names';
import { serialisedSubgraph, subgraphOf } from '../model/time/graph-as-of';
import type { AppState } from '../state/app-state';
import { selectAsOfSet } from '../state/select-time';
import type { MeasureRequest } from './measure-worker';

/** Above this many relations, measures are computed in a worker. See docs/design-choices.md#workers. */
export const WORKER_MEASURE_EDGES = 5000;

/** The measures worker of a mounted loader, started on first use. */
export type MeasureClient = WorkerClient<MeasureRequest, never, Record<string, number>>;

/** A measure or the communities of a network: on the main thread when small, else in the worker (stoppable). */
export async function compute(
  network: Network,
  name: string,
  client: MeasureClient | null,
  signal: AbortSignal,
): Promise<Record<string, number>> {
  if (network.size <= WORKER_MEASURE_EDGES || !client) {
    const { computeCommunities, computeMeasure } = await import('../model/measures');
    const graph = network.graph();
    return name === 'community' ? computeCommunities(graph) : isMeasure(name) ? computeMeasure(graph, name) : {};
  }
  return client.call({ name, graph: network.serialised() }, { signal });
}

/** What measures are computed on: its relation count, and itself as a graph (main thread) or serialised (worker). */
export interface Network {
  size: number;
  graph(): ActorGraph;
  serialised(): unknown;
}

/** A value made on first use and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** The network a measure key stands for: the whole graph, or the one the as-of date shows, made once per key. */
export function networkFor(): (state: AppState, graph: ActorGraph, key: string) => Network {
  let last: { graph: ActorGraph; key: string; network: Network } | null = null;
  return (state, graph, key) => {
    const shown = key === '' ? null : selectAsOfSet(state);
    if (!shown) return { size: graph.size, graph: () => graph, serialised: () => graph.export() };
    if (last?.graph !== graph || last.key !== key) {
      const network = {
        size: shown.edges.size,
        graph: once(() => subgraphOf(graph, shown)),
        serialised: once(() => serialisedSubgraph(graph, shown)),
      };
      last = { graph, key, network };
    }
    return last.network;
  };
}
