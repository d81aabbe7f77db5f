// Turns a validated native dataset into the typed actor graph every view reads.

import type { ActorGraph } from './actor-graph';
import { createActorGraph } from './actor-graph';
import type { ValidatedDataset } from './validate-dataset';

/**
 * Builds a fresh actor graph from validated data; node and edge keys stay the file's strings. `take` hands the data
 * over instead of copying it, for callers (the loader) whose parsed data nobody else holds.
 */
export function buildActorGraph(dataset: ValidatedDataset, options: { take?: boolean } = {}): ActorGraph {
  const graph = createActorGraph();
  // graphology keeps the attribute objects it is given: clone unless the caller gives the data away (a 50k-actor
  // file costs a second or more to clone).
  graph.import(options.take ? dataset.data : structuredClone(dataset.data));
  return graph;
}
