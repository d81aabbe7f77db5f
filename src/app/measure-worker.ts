// Web Worker entry: computes a measure or the communities of a serialised graph off the main thread.

import { createActorGraph } from '../model/actor-graph';
import { computeCommunities, computeMeasure, isMeasure } from '../model/measures';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; name: string; graph: never }>) => void) | null;
  postMessage(message: { id: number; values: Record<string, number> }): void;
};

scope.onmessage = (event) => {
  const { id, name, graph: serialised } = event.data;
  const graph = createActorGraph();
  graph.import(serialised);
  const values = name === 'community' ? computeCommunities(graph) : isMeasure(name) ? computeMeasure(graph, name) : {};
  scope.postMessage({ id, values });
};
