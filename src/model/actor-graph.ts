// The typed graphology multi-graph every view reads, and the helpers that build one.

import Graph from 'graphology';
import type { ActorAttributes, DatasetAttributes, RelationAttributes } from './schema';

/** The actor graph: a mixed multi-graph of actors and their relations. */
export type ActorGraph = Graph<ActorAttributes, RelationAttributes, DatasetAttributes>;

/** Graph options every dataset is loaded with: directed and undirected relations, parallel relations allowed. */
export const GRAPH_OPTIONS = { type: 'mixed', multi: true, allowSelfLoops: true } as const;

/** An empty actor graph with the standard options. */
export function createActorGraph(): ActorGraph {
  return new Graph<ActorAttributes, RelationAttributes, DatasetAttributes>(GRAPH_OPTIONS);
}
