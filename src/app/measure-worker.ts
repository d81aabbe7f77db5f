// Web Worker entry: computes a measure or the communities of a serialised graph off the main thread.

import { serveCalls } from '../io/serve-calls';
import { createActorGraph } from '../model/actor-graph';
import { computeCommunities, computeMeasure, isMeasure } from '../model/measures';

/** A request: the measure's name and the graph's `export()`. */
export interface MeasureRequest {
  name: string;
  graph: unknown;
}

serveCalls<MeasureRequest, never, Record<string, number>>(({ name, graph: serialised }) => {
  const graph = createActorGraph();
  graph.import(serialised as never);
  return name === 'community' ? computeCommunities(graph) : isMeasure(name) ? computeMeasure(graph, name) : {};
});
