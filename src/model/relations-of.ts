// The question the inspector asks of the graph: an actor's relations grouped by relation and direction.

import type { ActorGraph } from './actor-graph';
import { actorLabel as labelOf } from './describe-element';
import type { RelationAttributes } from './schema';
import { relationLabel } from './schema';

/** Which way a relation points from the actor asked about; 'both' for symmetric (undirected) relations. */
export type RelationDirection = 'out' | 'in' | 'both';

/** One relation of an actor: the edge, the actor at its other end, and the edge's attributes. */
export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  attributes: RelationAttributes;
}

/** An actor's relations of one name and direction, labelled as read from the actor ("led by", "talks with"). */
export interface RelationGroup {
  /** The relation name, or undefined for edges of foreign datasets that carry none ("related to"). */
  relation: string | undefined;
  direction: RelationDirection;
  label: string;
  items: RelationItem[];
}

const DIRECTION_ORDER: Record<RelationDirection, number> = { out: 0, both: 1, in: 2 };

function relationOf(attributes: RelationAttributes): string | undefined {
  return typeof attributes.relation === 'string' && attributes.relation !== '' ? attributes.relation : undefined;
}

const byLabel = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

/** The relations of an actor grouped by relation name and direction, groups by label, items by the other's label. */
export function getRelationGroups(graph: ActorGraph, nodeKey: string): RelationGroup[] {
  if (!graph.hasNode(nodeKey)) return [];
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(nodeKey, (edge, attributes, source, target, _s, _t, undirected) => {
    const relation = relationOf(attributes);
    const direction: RelationDirection = undirected ? 'both' : source === nodeKey ? 'out' : 'in';
    const other = source === nodeKey ? target : source;
    const id = `${direction}\u0000${relation ?? ''}`;
    let group = groups.get(id);
    if (!group) {
      group = { relation, direction, label: relationLabel(relation, direction), items: [] };
      groups.set(id, group);
    }
    group.items.push({ edge, other, otherLabel: labelOf(graph, other), attributes });
  });
  const sorted = [...groups.values()].sort(
    (a, b) => byLabel(a.label, b.label) || DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction],
  );
  for (const group of sorted)
    group.items.sort((a, b) => byLabel(a.otherLabel, b.otherLabel) || byLabel(a.edge, b.edge));
  return sorted;
}
