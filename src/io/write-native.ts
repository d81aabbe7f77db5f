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

/** The graph's serialisation, restricted to the nodes in `keys` (when given) and the edges between them. */
export function exportVisible(graph: ActorGraph, keys?: ReadonlySet<string>): ActorGraphData {
  const data = graph.export();
  // export() hands out the live graph attributes object: copy it so writers can never mutate the graph.
  const attributes = { ...data.attributes };
  if (!keys) return { ...data, attributes };
  return {
    ...data,
    attributes,
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
