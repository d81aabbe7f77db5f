// The seed dataset as an actor graph, for tests of the queries that run on it (no validation, no loader).
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { type ActorGraph, createActorGraph } from '../../src/model/actor-graph';
import type { ActorAttributes, DatasetAttributes, RelationAttributes } from '../../src/model/schema';

const SEED = new URL('../../graph-data/sixth-call.json', import.meta.url);

/** A fresh actor graph of graph-data/sixth-call.json. */
export function seed(): ActorGraph {
  const graph = createActorGraph();
  graph.import(
    Graph.from<ActorAttributes, RelationAttributes, DatasetAttributes>(JSON.parse(readFileSync(SEED, 'utf8'))),
  );
  return graph;
}
