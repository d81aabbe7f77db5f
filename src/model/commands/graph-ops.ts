// The primitive changes every command is made of, each applied in one step and answered by its exact inverse.

import type { ActorGraph } from '../actor-graph';
import type { ActorAttributes, DatasetAttributes, RelationAttributes } from '../schema';
import { type Placed, positionsOf, restorePositions } from './graph-order';

/** An actor to add; `index` puts it back where it was in the graph's order (undo), otherwise it goes last. */
export interface NodeEntry {
  key: string;
  attributes: ActorAttributes;
  index?: number;
}

/** The two ends of a relation and whether it is undirected. */
export interface EdgeEnds {
  key: string;
  source: string;
  target: string;
  undirected: boolean;
}

/** A relation to add; `index` puts it back where it was in the graph's order. */
export interface EdgeEntry extends EdgeEnds {
  attributes: RelationAttributes;
  index?: number;
}

/** One primitive change. Nodes are dropped only once their edges are (commands drop the edges first). */
export type GraphOp =
  | { op: 'add-nodes'; nodes: readonly NodeEntry[] }
  | { op: 'drop-nodes'; keys: readonly string[] }
  | { op: 'add-edges'; edges: readonly EdgeEntry[] }
  | { op: 'drop-edges'; keys: readonly string[] }
  | { op: 'reattach-edges'; edges: readonly EdgeEnds[] }
  | { op: 'set-node'; key: string; attributes: ActorAttributes }
  | { op: 'set-edge'; key: string; attributes: RelationAttributes }
  | { op: 'set-graph'; attributes: DatasetAttributes };

/** Entries with a place first, ascending, so that each lands where it was once those before it are back. */
function placedOf(entries: readonly { key: string; index?: number }[]): Placed[] {
  const placed: Placed[] = [];
  for (const { key, index } of entries) if (index !== undefined) placed.push({ key, index });
  return placed.sort((a, b) => a.index - b.index);
}

function addEdge(graph: ActorGraph, edge: EdgeEntry): void {
  if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
}

function dropNodes(graph: ActorGraph, keys: readonly string[]): GraphOp {
  const nodes = positionsOf(graph, 'nodes', keys).map(({ key, index }) => ({
    key,
    index,
    attributes: graph.getNodeAttributes(key),
  }));
  for (const key of keys) graph.dropNode(key);
  return { op: 'add-nodes', nodes };
}

function dropEdges(graph: ActorGraph, keys: readonly string[]): GraphOp {
  const edges = positionsOf(graph, 'edges', keys).map(({ key, index }) => ({
    ...endsOf(graph, key),
    index,
    attributes: graph.getEdgeAttributes(key),
  }));
  for (const key of keys) graph.dropEdge(key);
  return { op: 'add-edges', edges };
}

/** A relation's ends as they are now. */
export function endsOf(graph: ActorGraph, key: string): EdgeEnds {
  return { key, source: graph.source(key), target: graph.target(key), undirected: graph.isUndirected(key) };
}

/** Gives relations new ends, each keeping its key, attributes and place in the order. */
function reattachEdges(graph: ActorGraph, edges: readonly EdgeEnds[]): GraphOp {
  const before = edges.map((edge) => endsOf(graph, edge.key));
  const places = new Map(
    positionsOf(
      graph,
      'edges',
      before.map((e) => e.key),
    ).map((p) => [p.key, p.index]),
  );
  const entries = edges.map((edge) => ({
    ...edge,
    attributes: graph.getEdgeAttributes(edge.key),
    index: places.get(edge.key),
  }));
  for (const edge of edges) graph.dropEdge(edge.key);
  for (const edge of entries) addEdge(graph, edge);
  restorePositions(graph, 'edges', placedOf(entries));
  return { op: 'reattach-edges', edges: before };
}

type OpOf<K extends GraphOp['op']> = Extract<GraphOp, { op: K }>;

const endsExist = (graph: ActorGraph, edges: readonly EdgeEnds[]) =>
  edges.every((edge) => graph.hasNode(edge.source) && graph.hasNode(edge.target));

/** Whether each kind of change fits the graph, checked before anything moves so that a change is whole or not at all. */
const FITS: { [K in GraphOp['op']]: (graph: ActorGraph, op: OpOf<K>) => boolean } = {
  'add-nodes': (graph, op) => op.nodes.every((node) => !graph.hasNode(node.key)),
  'drop-nodes': (graph, op) => op.keys.every((key) => graph.hasNode(key) && graph.degree(key) === 0),
  'add-edges': (graph, op) => op.edges.every((edge) => !graph.hasEdge(edge.key)) && endsExist(graph, op.edges),
  'drop-edges': (graph, op) => op.keys.every((key) => graph.hasEdge(key)),
  'reattach-edges': (graph, op) => op.edges.every((edge) => graph.hasEdge(edge.key)) && endsExist(graph, op.edges),
  'set-node': (graph, op) => graph.hasNode(op.key),
  'set-edge': (graph, op) => graph.hasEdge(op.key),
  'set-graph': () => true,
};

/** Applies one primitive change and returns the change that undoes it exactly, order of keys and of attributes included. */
export function applyOp(graph: ActorGraph, op: GraphOp): GraphOp {
  const fits = FITS[op.op] as (graph: ActorGraph, op: GraphOp) => boolean;
  if (!fits(graph, op))
    throw new Error(`The change ${op.op} does not fit the graph: an element is missing, present or linked.`);
  switch (op.op) {
    case 'add-nodes':
      for (const node of op.nodes) graph.addNode(node.key, node.attributes);
      restorePositions(graph, 'nodes', placedOf(op.nodes));
      return { op: 'drop-nodes', keys: op.nodes.map((node) => node.key) };
    case 'drop-nodes':
      return dropNodes(graph, op.keys);
    case 'add-edges':
      for (const edge of op.edges) addEdge(graph, edge);
      restorePositions(graph, 'edges', placedOf(op.edges));
      return { op: 'drop-edges', keys: op.edges.map((edge) => edge.key) };
    case 'drop-edges':
      return dropEdges(graph, op.keys);
    case 'reattach-edges':
      return reattachEdges(graph, op.edges);
    case 'set-node': {
      const previous = graph.getNodeAttributes(op.key);
      graph.replaceNodeAttributes(op.key, op.attributes);
      return { op: 'set-node', key: op.key, attributes: previous };
    }
    case 'set-edge': {
      const previous = graph.getEdgeAttributes(op.key);
      graph.replaceEdgeAttributes(op.key, op.attributes);
      return { op: 'set-edge', key: op.key, attributes: previous };
    }
    case 'set-graph': {
      const previous = graph.getAttributes();
      graph.replaceAttributes(op.attributes);
      return { op: 'set-graph', attributes: previous };
    }
  }
}

/**
 * Applies changes in order and returns their inverses in the reverse order, ready to apply. Should one fail (a
 * patch that does not fit the graph), those already applied are undone before the error goes on: all or nothing.
 */
export function applyOps(graph: ActorGraph, ops: readonly GraphOp[]): GraphOp[] {
  const inverses: GraphOp[] = [];
  try {
    for (const op of ops) inverses.unshift(applyOp(graph, op));
  } catch (error) {
    for (const inverse of inverses) applyOp(graph, inverse);
    throw error;
  }
  return inverses;
}
