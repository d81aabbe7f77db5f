// Projects the actor graph into cytoscape element definitions: display data only, derived from graphology.

import type { ElementDefinition } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import type { ActorAttributes } from '../../model/schema';
import { isRelationName, RELATIONS, relationLabel } from '../../model/schema';
import { CERTAINTY_LINES } from '../appearance/kind-style';
import type { NodeLook } from '../appearance/node-appearance';
import { relationColor } from './relation-lines';

/**
 * The cytoscape id of an edge: its key, unless a node (or another edge) has that id, since cytoscape keeps one id
 * space for both and would silently drop the clashing edge (Gephi writes node and edge ids from the same numbers).
 */
export function edgeElementId(graph: ActorGraph, key: string): string {
  let id = key;
  while (graph.hasNode(id) || (id !== key && graph.hasEdge(id))) id = `edge:${id}`;
  return id;
}

/** The graph key of a cytoscape element: its id for nodes, the key kept in its data for edges. */
export function keyOf(element: { isNode(): boolean; id(): string; data(name: string): unknown }): string {
  return element.isNode() ? element.id() : String(element.data('key') ?? element.id());
}

/** Whether every node has finite stored coordinates, so no layout needs to run. */
export function hasPositions(graph: ActorGraph): boolean {
  if (graph.order === 0) return false;
  let all = true;
  graph.someNode((_key, attrs) => {
    all = Number.isFinite(attrs.x) && Number.isFinite(attrs.y);
    return !all;
  });
  return all;
}

/** Where a node is drawn: its stored x/y (`true`), positions from a layout (a lookup), or cytoscape's default. */
export type Placement = boolean | ((key: string) => { x: number; y: number } | undefined);

/** How an actor is drawn: its look (colour, shape, size) for its attributes. */
export type LookOf = (attrs: ActorAttributes, key: string) => NodeLook;

/** The display data of an actor's node: its label, its look and its compound parent, from the graph. */
export function actorData(graph: ActorGraph, key: string, look: LookOf): Record<string, unknown> {
  const attrs = graph.getNodeAttributes(key);
  const data: Record<string, unknown> = { id: key, label: attrs.label || key, ...look(attrs, key) };
  if (typeof attrs.parent === 'string' && graph.hasNode(attrs.parent)) data.parent = attrs.parent;
  return data;
}

/** The element of an actor, at `position` when one is known. */
export function actorElement(
  graph: ActorGraph,
  key: string,
  look: LookOf,
  position?: { x: number; y: number },
): ElementDefinition {
  const element: ElementDefinition = { group: 'nodes', data: actorData(graph, key, look) as ElementDefinition['data'] };
  if (position) element.position = position;
  return element;
}

/** The display data of a relation's edge: ends, label, stance colour, certainty line and arrow, from the graph. */
export function relationData(graph: ActorGraph, key: string): ElementDefinition['data'] {
  const attrs = graph.getEdgeAttributes(key);
  const relation = attrs.relation;
  const directed = !graph.isUndirected(key) && (!isRelationName(relation) || RELATIONS[relation].directed);
  return {
    id: edgeElementId(graph, key),
    key,
    source: graph.source(key),
    target: graph.target(key),
    label: relationLabel(typeof relation === 'string' ? relation : undefined, 'out'),
    color: relationColor(attrs.stance),
    line:
      attrs.certainty && Object.hasOwn(CERTAINTY_LINES, attrs.certainty) ? CERTAINTY_LINES[attrs.certainty] : 'solid',
    arrow: directed ? 'triangle' : 'none',
  };
}

/** Builds the cytoscape elements for a graph, placing nodes as `positions` says and drawing each as `look` says; actors only without `relations`. */
export function buildElements(
  graph: ActorGraph,
  positions: Placement,
  look: LookOf,
  relations = true,
): ElementDefinition[] {
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key, attrs) => {
    const position =
      typeof positions === 'function'
        ? positions(key)
        : positions
          ? { x: Number(attrs.x), y: Number(attrs.y) }
          : undefined;
    elements.push(actorElement(graph, key, look, position));
  });
  if (!relations) return elements;
  graph.forEachEdge((key) => {
    elements.push({ group: 'edges', data: relationData(graph, key) });
  });
  return elements;
}
