// The native JSON exporter (graphology's own serialisation) and the visible-subgraph selection every writer shares.

import type { SerializedEdge, SerializedGraph } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import type { ActorAttributes, DatasetAttributes, RelationAttributes } from '../model/schema';

/** The `format` graph attribute that marks a file as a Backchannel native dataset. */
export const NATIVE_FORMAT = 'backchannel/1';

/** graphology's serialised form of an actor graph, the common input of every data writer. */
export type ActorGraphData = SerializedGraph<ActorAttributes, RelationAttributes, DatasetAttributes>;

/** Options of the native writer. */
export interface NativeWriteOptions {
  /** Keys of the visible nodes: only they and the edges between them are written. Omit to write everything. */
  keys?: ReadonlySet<string>;
  /** The graph came from a native dataset: stamp it with `format: "backchannel/1"`. Otherwise attributes stay as they are. */
  native?: boolean;
}

/**
 * What `graph.export()` returns, with every attribute object copied by spreading. export() copies with Object.assign,
 * whose assignment turns an attribute named "__proto__" into a prototype change: the attribute would be lost.
 */
export function serialiseGraph(graph: ActorGraph): ActorGraphData {
  const copy = <T extends object>(attributes: T): T | undefined =>
    Object.keys(attributes).length > 0 ? { ...attributes } : undefined;
  const nodes = graph.mapNodes((key, attributes) => {
    const own = copy(attributes);
    return own ? { key, attributes: own } : { key };
  });
  const edges = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => {
    const own = copy(attributes);
    const edge: SerializedEdge<RelationAttributes> = own
      ? { key, source, target, attributes: own }
      : { key, source, target };
    if (graph.type === 'mixed' && undirected) edge.undirected = true;
    return edge;
  });
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  // Copied too: export() hands out the live graph attributes object, which writers must never mutate.
  return { options, attributes: { ...graph.getAttributes() }, nodes, edges };
}

/** The graph's serialisation, restricted to the nodes in `keys` (when given) and the edges between them. */
export function exportVisible(graph: ActorGraph, keys?: ReadonlySet<string>): ActorGraphData {
  const data = serialiseGraph(graph);
  if (!keys) return data;
  return {
    ...data,
    nodes: data.nodes.filter((node) => keys.has(node.key)),
    edges: data.edges.filter((edge) => keys.has(edge.source) && keys.has(edge.target)),
  };
}

/** Whether a serialised edge is undirected: export() only flags edges of mixed graphs, so ask the graph type too. */
export function isUndirectedEdge(data: ActorGraphData, edge: SerializedEdge<RelationAttributes>): boolean {
  return edge.undirected ?? data.options.type === 'undirected';
}

/** The graph as pretty graphology JSON, readable back with `Graph.from(JSON.parse(text))`. */
export function writeNative(graph: ActorGraph, options: NativeWriteOptions = {}): string {
  const data = exportVisible(graph, options.keys);
  if (options.native) data.attributes = { ...data.attributes, format: NATIVE_FORMAT };
  // JSON has no NaN, Infinity or undefined: such values come out as null or are left out, as JSON.stringify does.
  return `${JSON.stringify(data, null, 2)}\n`;
}
