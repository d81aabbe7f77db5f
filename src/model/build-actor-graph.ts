// Turns a validated native dataset into the typed actor graph every view reads.

import type { ActorGraph } from './actor-graph';
import { createActorGraph } from './actor-graph';
import type { ValidatedDataset } from './validate-dataset';

/** Builds a fresh actor graph from validated data; node and edge keys stay the file's strings. */
export function buildActorGraph(dataset: ValidatedDataset): ActorGraph {
  const graph = createActorGraph();
  // graphology keeps the attribute objects it is given: clone so the graph never shares state with the parsed file.
  graph.import(structuredClone(dataset.data));
  return graph;
}
