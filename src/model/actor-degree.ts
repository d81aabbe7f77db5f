// An actor's degree as the measures count it, read for one actor at a time (edits update degrees one by one).

import type { ActorGraph } from './actor-graph';

/**
 * The number of relations of an actor: parallel ones each count, a self-loop once (graphology's `degree` counts a
 * self-loop at both its ends, so the loops are halved). Equal to what `computeMeasure(graph, 'degree')` gives.
 */
export function actorDegree(graph: ActorGraph, key: string): number {
  const all = graph.degree(key);
  const withoutLoops = graph.degreeWithoutSelfLoops(key);
  return withoutLoops + (all - withoutLoops) / 2;
}
