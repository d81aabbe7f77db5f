// Any parsed graph into the actor graph: mixed multi-graph, keys as written, a label on every node, typed fields typed.

import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import { createActorGraph } from '../model/actor-graph';
import { pluralise } from '../model/pluralise';
import type { ActorAttributes, DatasetAttributes, RelationAttributes } from '../model/schema';
import {
  listFromJsonText,
  type Misfits,
  normaliseEdgeAttributes,
  normaliseNodeAttributes,
} from './normalise-attributes';
import { normaliseTime } from './normalise-time';

/** Graph attributes the actor graph types as text; others are copied as they are. */
const TEXT_GRAPH_FIELDS = ['title', 'description', 'asOf', 'licence'] as const;

function normaliseGraphAttributes(attributes: Attributes): DatasetAttributes {
  const result: Attributes = { ...attributes };
  for (const name of TEXT_GRAPH_FIELDS) {
    const value = result[name];
    if (value !== undefined && typeof value !== 'string') result[name] = String(value);
  }
  if (result.sources !== undefined) result.sources = listFromJsonText(result.sources);
  if (result.sources !== undefined && !Array.isArray(result.sources)) {
    result.sources_original = result.sources;
    delete result.sources;
  }
  return result;
}

/**
 * How deep compound nodes may nest. Cytoscape's compound drawing slows much faster than the depth grows: a chain of
 * 128 nested nodes froze the page for 1 s, of 256 for 9 s, of 500 for over 30 s; 16 levels cost about what flat does.
 */
export const MAX_PARENT_DEPTH = 16;

/** Cuts parent chains deeper than MAX_PARENT_DEPTH: a node that would sit deeper starts a new tree of its own. */
function limitNesting(graph: ActorGraph, warnings: string[]): void {
  const depths = new Map<string, number>();
  let cut = 0;
  graph.forEachNode((key) => {
    // Climb to a node whose depth is known (or a root), then number the path top down, cutting where it is too deep.
    const path: string[] = [];
    let at: string | undefined = key;
    while (at !== undefined && !depths.has(at)) {
      path.push(at);
      const parent: unknown = graph.getNodeAttribute(at, 'parent');
      at = typeof parent === 'string' ? parent : undefined;
    }
    let depth = at === undefined ? -1 : (depths.get(at) ?? 0);
    for (const node of path.reverse()) {
      depth += 1;
      if (depth > MAX_PARENT_DEPTH) {
        graph.removeNodeAttribute(node, 'parent');
        cut += 1;
        depth = 0;
      }
      depths.set(node, depth);
    }
  });
  if (cut > 0) {
    const nodes = pluralise(cut, 'node sits', 'nodes sit');
    warnings.push(`${nodes} more than ${MAX_PARENT_DEPTH} levels deep inside other nodes: drawn outside their parent`);
  }
}

/**
 * Removes `parent` where it names no node or loops back (GEXF pid, Cytoscape data): the canvas cannot draw either;
 * then cuts chains nested too deep to draw.
 */
export function checkParents(graph: ActorGraph, warnings: string[]): void {
  const rooted = new Set<string>();
  let removed = 0;
  graph.forEachNode((key, attributes) => {
    if (attributes.parent === undefined) return;
    const path = new Set([key]);
    let at: unknown = attributes.parent;
    // Walk up until a root or a node already known to reach one; a repeat on the path is a loop.
    while (typeof at === 'string' && graph.hasNode(at) && !rooted.has(at) && !path.has(at)) {
      path.add(at);
      at = graph.getNodeAttribute(at, 'parent');
    }
    if (at === undefined || (typeof at === 'string' && rooted.has(at))) {
      for (const node of path) rooted.add(node);
      return;
    }
    graph.removeNodeAttribute(key, 'parent');
    removed += 1;
  });
  if (removed > 0) {
    warnings.push(
      `${pluralise(removed, 'node names a parent that is', 'nodes name parents that are')} missing or inside them: drawn without one`,
    );
  }
  limitNesting(graph, warnings);
}

/** Copies a parsed graph into a new actor graph and appends a warning for every attribute set aside. */
export function normaliseGraph(raw: Graph, warnings: string[]): ActorGraph {
  const graph = createActorGraph();
  graph.replaceAttributes(normaliseGraphAttributes(raw.getAttributes()));
  const nodeMisfits: Misfits = new Map();
  const edgeMisfits: Misfits = new Map();
  raw.forEachNode((key, attributes) => {
    graph.addNode(key, normaliseNodeAttributes(attributes, key, nodeMisfits) as ActorAttributes);
  });
  raw.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    const data = normaliseEdgeAttributes(attributes, edgeMisfits) as RelationAttributes;
    if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, data);
    else graph.addDirectedEdgeWithKey(key, source, target, data);
  });
  checkParents(graph, warnings);
  normaliseTime(graph, warnings);
  for (const [kind, misfits] of [
    ['node', nodeMisfits],
    ['edge', edgeMisfits],
  ] as const) {
    for (const [name, count] of misfits) {
      warnings.push(
        `${pluralise(count, kind)} had a "${name}" that is not of the expected type: kept as "${name}_original"`,
      );
    }
  }
  return graph;
}
