// One-line descriptions of actors and relations, for hover labels, announcements and titles.

import type { ActorGraph } from './actor-graph';
import { relationLabel } from './schema';

/** The display label of an actor: its label, else its key. */
export function actorLabel(graph: ActorGraph, key: string): string {
  if (!graph.hasNode(key)) return key;
  const label = graph.getNodeAttribute(key, 'label');
  return typeof label === 'string' && label ? label : key;
}

/** A relation read as a sentence fragment: "Donald Trump talks with Vladimir Putin". */
export function describeRelation(graph: ActorGraph, edge: string): string {
  if (!graph.hasEdge(edge)) return edge;
  const relation = graph.getEdgeAttribute(edge, 'relation');
  const label = relationLabel(typeof relation === 'string' ? relation : undefined, 'out');
  return `${actorLabel(graph, graph.source(edge))} ${label} ${actorLabel(graph, graph.target(edge))}`;
}

/** Describes a node by its label or an edge as a relation, whichever the id names. */
export function describeElement(graph: ActorGraph, id: string, isNode: boolean): string {
  return isNode ? actorLabel(graph, id) : describeRelation(graph, id);
}
