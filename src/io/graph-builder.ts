// The raw graph a parser fills in: duplicate ids, edges to undeclared nodes and edge keys handled the same way for every format.

import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import { GRAPH_OPTIONS } from '../model/actor-graph';
import { pluralise } from '../model/pluralise';
import { isReservedKey } from '../model/validate-dataset';
import { pickLabel } from './normalise-attributes';

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
  const edges = pluralise(count, 'edge was', 'edges were');
  return `${edges} dropped because ${count === 1 ? 'it points' : 'they point'} at nodes the file never declares: ${nameIds(missingIds)}`;
}

/** Sets an attribute as the object's own data: assignment would turn a "__proto__" name into a prototype change. */
export function setOwn(attributes: Attributes, name: string, value: unknown): void {
  Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
}

/** A key for a renamed node: the old one with underscores added, not taken and not reserved itself. */
export function freeKey(key: string, taken: (candidate: string) => boolean): string {
  let candidate = `${key}_`;
  for (let n = 2; taken(candidate) || isReservedKey(candidate); n += 1) candidate = `${key}_${n}`;
  return candidate;
}

/** The warning for node ids renamed because they are names every JavaScript object has. */
export function describeRenamed(renamed: ReadonlyMap<string, string>, what = 'node id'): string {
  const pairs = [...renamed].map(([from, to]) => `"${from}" → "${to}"`);
  const shown =
    pairs.slice(0, NAMED_IDS).join(', ') + (pairs.length > NAMED_IDS ? ` and ${pairs.length - NAMED_IDS} more` : '');
  const count = pluralise(renamed.size, `${what} is a name`, `${what}s are names`);
  return `${count} every JavaScript object has, which the graph cannot hold safely: renamed (${shown})`;
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
      if (!Object.hasOwn(existing, name)) setOwn(existing, name, value);
    }
  }

  /** Queues an edge; its key is kept when it is given and unique, otherwise one is made up. */
  addEdge(key: string | undefined, source: string, target: string, undirected: boolean, attributes: Attributes): void {
    this.edges.push({ key, source, target, undirected, attributes });
  }

  /**
   * Moves nodes keyed "__proto__", "constructor", ... to free keys while the graph has no edges yet: graphology
   * indexes neighbours in plain objects, where an edge to such a key would write into Object.prototype.
   */
  private renameReservedNodes(): void {
    const renamed = new Map<string, string>();
    for (const key of this.graph.filterNodes((node) => isReservedKey(node))) {
      const attributes = this.graph.getNodeAttributes(key);
      const to = freeKey(key, (candidate) => this.graph.hasNode(candidate));
      // The label stays what the file means: the old key, unless the node names itself otherwise.
      if (pickLabel(attributes, to) === to) attributes.label = key;
      this.graph.dropNode(key);
      this.graph.addNode(to, attributes);
      renamed.set(key, to);
    }
    if (renamed.size === 0) return;
    for (const edge of this.edges) {
      edge.source = renamed.get(edge.source) ?? edge.source;
      edge.target = renamed.get(edge.target) ?? edge.target;
    }
    this.graph.forEachNode((_key, attributes) => {
      if (typeof attributes.parent === 'string')
        attributes.parent = renamed.get(attributes.parent) ?? attributes.parent;
    });
    this.warnings.push(describeRenamed(renamed));
  }

  /** Adds the queued edges and returns the graph with every warning gathered on the way. */
  finish(): ParsedGraph {
    this.renameReservedNodes();
    const { taken, duplicateEdges } = this.claimEdgeKeys();
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

  /** The edge keys the file gave, each kept once: a repeat loses its key (and gets a made-up one when added). */
  private claimEdgeKeys(): { taken: Set<string>; duplicateEdges: string[] } {
    const taken = new Set<string>();
    const duplicateEdges: string[] = [];
    for (const edge of this.edges) {
      if (edge.key === undefined) continue;
      if (taken.has(edge.key)) {
        duplicateEdges.push(edge.key);
        edge.key = undefined;
      } else taken.add(edge.key);
    }
    return { taken, duplicateEdges };
  }

  private report(duplicateEdges: string[], dropped: number, missing: string[]): void {
    if (this.duplicateNodes.length > 0) {
      const unique = [...new Set(this.duplicateNodes)];
      this.warnings.push(
        `${pluralise(unique.length, 'node id appears', 'node ids appear')} more than once (${nameIds(unique)}): the first one is kept, later ones only add attributes it lacked`,
      );
    }
    if (duplicateEdges.length > 0) {
      this.warnings.push(
        `${pluralise(duplicateEdges.length, 'edge id is', 'edge ids are')} repeated (${nameIds(duplicateEdges)}): the repeats got new ids`,
      );
    }
    if (dropped > 0) this.warnings.push(describeDroppedEdges(dropped, missing));
  }
}
