// The network as of a date, as a copy to write: the actors and relations the as-of rule shows, nothing else.

import type { ActorGraph } from '../../model/actor-graph';
import { applyFilters, DEFAULT_FILTERS } from '../../model/filters';

/** A copy of the graph keeping what is shown as of `asOf` (the time rule alone: other filters do not apply). */
export function graphAsOf(graph: ActorGraph, asOf: string, includeUndated: boolean | undefined): ActorGraph {
  const shown = applyFilters(graph, { ...DEFAULT_FILTERS, asOf, includeUndated: includeUndated !== false });
  const copy = graph.copy();
  // Keys first, then drops: a graph is not changed while it is being iterated.
  for (const edge of graph.edges()) if (!shown.edges.has(edge)) copy.dropEdge(edge);
  for (const node of graph.nodes()) if (!shown.nodes.has(node)) copy.dropNode(node);
  return copy;
}
