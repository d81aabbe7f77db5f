// The raw graph a parser fills in: duplicate ids, edges to undeclared nodes and edge keys handled the same way for every format.

import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import { GRAPH_OPTIONS } from '../model/actor-graph';

/** What a parser hands the loader: a graph in the file's own terms (or a finished actor graph) and its warnings. */
export type ParsedGraph =
  | { kind: 'raw'; graph: Graph; warnings: string[] }
  | { kind: 'actor'; graph: ActorGraph; warnings: string[]; formatLabel: string };

/** How many ids a warning names before it says "and N more". */
const NAMED_IDS = 5;

/** Names the first few ids of a list in quotes, so a warning stays one readable line. */
export function nameIds(ids: readonly string[]): string {
  const shown = ids.slice(0, NAMED_IDS).map((id) => `"${id}"`);
  const more = ids.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** The warning for edges dropped because an end is not declared: how many, and which ids were missing. */
export function describeDroppedEdges(count: number, missingIds: readonly string[]): string {
  const edges = count === 1 ? '1 edge was' : `${count} edges were`;
  return `${edges} dropped because ${count === 1 ? 'it points' : 'they point'} at nodes the file never declares: ${nameIds(missingIds)}`;
}

interface PendingEdge {
  key: string | undefined;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attributes;
}

/** Collects nodes and edges in file order, then builds a mixed multi-graph; edges may name nodes declared later. */
export class GraphBuilder {
  readonly graph: Graph = new Graph(GRAPH_OPTIONS);
  readonly warnings: string[] = [];
  private readonly duplicateNodes: string[] = [];
  private readonly edges: PendingEdge[] = [];

  /** Adds a node; a repeated id keeps the first node's values and only adds attributes it lacked. */
  addNode(key: string, attributes: Attributes): void {
    if (!this.graph.hasNode(key)) {
      this.graph.addNode(key, { ...attributes });
      return;
    }
    this.duplicateNodes.push(key);
    const existing = this.graph.getNodeAttributes(key);
    for (const [name, value] of Object.entries(attributes)) {
      // defineProperty, not assignment: a "__proto__" attribute from JSON must stay data, not become a prototype.
      if (!Object.hasOwn(existing, name))
        Object.defineProperty(existing, name, { value, enumerable: true, writable: true, configurable: true });
    }
  }

  /** Queues an edge; its key is kept when it is given and unique, otherwise one is made up. */
  addEdge(key: string | undefined, source: string, target: string, undirected: boolean, attributes: Attributes): void {
    this.edges.push({ key, source, target, undirected, attributes });
  }

  /** Adds the queued edges and returns the graph with every warning gathered on the way. */
  finish(): ParsedGraph {
    const taken = new Set<string>();
    const duplicateEdges: string[] = [];
    for (const edge of this.edges) {
      if (edge.key === undefined) continue;
      if (taken.has(edge.key)) {
        duplicateEdges.push(edge.key);
        edge.key = undefined;
      } else taken.add(edge.key);
    }
    const missing = new Set<string>();
    let dropped = 0;
    let counter = 0;
    for (const edge of this.edges) {
      const absent = [edge.source, edge.target].filter((end) => !this.graph.hasNode(end));
      if (absent.length > 0) {
        dropped += 1;
        for (const end of absent) missing.add(end);
        continue;
      }
      let key = edge.key;
      if (key === undefined) {
        // Made-up keys skip every key the file gave, so they never collide with a later explicit one.
        do key = `e${counter++}`;
        while (taken.has(key));
        taken.add(key);
      }
      if (edge.undirected) this.graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
      else this.graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
    }
    this.report(duplicateEdges, dropped, [...missing]);
    return { kind: 'raw', graph: this.graph, warnings: this.warnings };
  }

  private report(duplicateEdges: string[], dropped: number, missing: string[]): void {
    if (this.duplicateNodes.length > 0) {
      const unique = [...new Set(this.duplicateNodes)];
      this.warnings.push(
        `${unique.length === 1 ? '1 node id appears' : `${unique.length} node ids appear`} more than once (${nameIds(unique)}): the first one is kept, later ones only add attributes it lacked`,
      );
    }
    if (duplicateEdges.length > 0) {
      this.warnings.push(
        `${duplicateEdges.length} edge ids are repeated (${nameIds(duplicateEdges)}): the repeats got new ids`,
      );
    }
    if (dropped > 0) this.warnings.push(describeDroppedEdges(dropped, missing));
  }
}
