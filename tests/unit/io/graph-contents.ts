// What the io tests compare graphs by: every actor and relation with its attributes, in graph order.
import type { ActorGraph } from '../../../src/model/actor-graph';

/** Nodes and edges with every attribute, in order, for deep comparison. */
export function graphContents(graph: ActorGraph) {
  return {
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
      key,
      source,
      target,
      undirected,
      attributes,
    })),
  };
}
