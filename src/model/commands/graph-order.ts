// Where actors and relations sit in the graph's own order, and putting re-added ones back in their places.

import type { ActorGraph } from '../actor-graph';

/** A key and the position it held (or is to hold) in the graph's node or edge order. */
export interface Placed {
  key: string;
  index: number;
}

/** Which of the graph's two registers: its nodes or its edges. */
export type Register = 'nodes' | 'edges';

/** The positions of `keys` in the graph's node or edge order, found in one pass, ascending by position. */
export function positionsOf(graph: ActorGraph, register: Register, keys: Iterable<string>): Placed[] {
  const wanted = new Set(keys);
  const found: Placed[] = [];
  let index = 0;
  const visit = (key: string) => {
    if (wanted.has(key)) found.push({ key, index });
    index += 1;
  };
  // The register's own keys when it can be reached: forEachEdge builds every edge's arguments, ten times slower.
  const map = registerOf(graph, register);
  if (map) for (const key of map.keys()) visit(key);
  else if (register === 'nodes') graph.forEachNode(visit);
  else graph.forEachEdge(visit);
  return found;
}

/**
 * graphology's registers: the Maps whose insertion order is the order of `forEachNode`, `forEachEdge` and `export()`.
 * graphology has no public way to insert at a position, and these fields are private, so they are checked before use.
 */
function registerOf(graph: ActorGraph, register: Register): Map<string, unknown> | null {
  const field = (graph as unknown as Record<string, unknown>)[register === 'nodes' ? '_nodes' : '_edges'];
  return field instanceof Map ? (field as Map<string, unknown>) : null;
}

/**
 * Moves keys just added (so last in the order) to the positions they are given, ascending, without events: only the
 * entries from the first position on are taken out and put back, the node and edge objects themselves untouched.
 * Returns false when graphology's register cannot be reached (a future version): the keys then stay at the end.
 */
export function restorePositions(graph: ActorGraph, register: Register, placed: readonly Placed[]): boolean {
  const map = registerOf(graph, register);
  if (!map) return false;
  const first = placed[0];
  if (!first) return true;
  const inserted = new Set(placed.map((p) => p.key));
  const rest: string[] = [];
  let position = 0;
  for (const key of map.keys()) {
    if (inserted.has(key)) continue;
    if (position >= first.index) rest.push(key);
    position += 1;
  }
  const order: string[] = [];
  let next = 0;
  for (const { key, index } of placed) {
    while (first.index + order.length < index && next < rest.length) order.push(rest[next++] as string);
    order.push(key);
  }
  while (next < rest.length) order.push(rest[next++] as string);
  for (const key of order) {
    const value = map.get(key);
    map.delete(key);
    map.set(key, value);
  }
  return true;
}
