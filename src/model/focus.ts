// Focus on an actor: its neighbourhood to a depth, following relations in, out or both ways, grown one actor at a time.

import type { ActorGraph } from './actor-graph';
import type { VisibleSet } from './filters';

/** How far the focus reaches, in relations from the centre. */
export const FOCUS_DEPTHS = [1, 2, 3] as const;
export type FocusDepth = (typeof FOCUS_DEPTHS)[number];

/** Which relations the focus follows: incoming, outgoing, or both; symmetric relations count both ways. */
export const FOCUS_DIRECTIONS = ['in', 'out', 'both'] as const;
export type FocusDirection = (typeof FOCUS_DIRECTIONS)[number];

/** The actors and relations a focus shows. */
export interface FocusSet {
  nodes: Set<string>;
  edges: Set<string>;
}

const visibleNode = (graph: ActorGraph, node: string, visible?: VisibleSet) =>
  graph.hasNode(node) && (!visible || visible.nodes.has(node));

/** The neighbours reached from a node in one step in the direction, through visible relations only. */
function stepFrom(graph: ActorGraph, node: string, direction: FocusDirection, visible?: VisibleSet): string[] {
  const reached: string[] = [];
  graph.forEachEdge(node, (edge, _attrs, source, target, _s, _t, undirected) => {
    if (visible && !visible.edges.has(edge)) return;
    const outgoing = source === node;
    // A self-loop is both; an undirected relation may be stored either way round, so it counts in both directions.
    if (!undirected && direction === 'out' && !outgoing) return;
    if (!undirected && direction === 'in' && target !== node) return;
    const other = outgoing ? target : source;
    if (visibleNode(graph, other, visible)) reached.push(other);
  });
  return reached;
}

/** The visible relations whose both ends are in the set: the context among neighbours is what a reader wants to see. */
function inducedEdges(graph: ActorGraph, nodes: ReadonlySet<string>, visible?: VisibleSet): Set<string> {
  const edges = new Set<string>();
  for (const node of nodes) {
    graph.forEachEdge(node, (edge, _attrs, source, target) => {
      if (nodes.has(source) && nodes.has(target) && (!visible || visible.edges.has(edge))) edges.add(edge);
    });
  }
  return edges;
}

/**
 * The actors within `depth` relations of the centre (breadth-first, respecting direction) and the relations among
 * them; empty for an unknown or hidden centre.
 */
export function getFocusSet(
  graph: ActorGraph,
  centre: string,
  depth: FocusDepth,
  direction: FocusDirection,
  visible?: VisibleSet,
): FocusSet {
  if (!visibleNode(graph, centre, visible)) return { nodes: new Set(), edges: new Set() };
  const nodes = new Set([centre]);
  let frontier = [centre];
  // Clamped so that an odd depth from a URL neither loops forever nor returns nothing.
  const steps = Math.max(1, Math.min(3, Math.trunc(Number(depth)) || 1));
  for (let level = 0; level < steps && frontier.length > 0; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of stepFrom(graph, node, direction, visible)) {
        if (nodes.has(other)) continue;
        nodes.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return { nodes, edges: inducedEdges(graph, nodes, visible) };
}

/** The focus grown by one actor's own neighbours in the direction, without changing the given set. */
export function expandNode(
  graph: ActorGraph,
  current: FocusSet,
  key: string,
  direction: FocusDirection,
  visible?: VisibleSet,
): FocusSet {
  if (!visibleNode(graph, key, visible)) return { nodes: new Set(current.nodes), edges: new Set(current.edges) };
  const nodes = new Set(current.nodes).add(key);
  for (const other of stepFrom(graph, key, direction, visible)) nodes.add(other);
  return { nodes, edges: inducedEdges(graph, nodes, visible) };
}
