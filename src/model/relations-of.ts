// The question the inspector asks of the graph: an actor's relations grouped by relation and direction.

import type { ActorGraph } from './actor-graph';
import { actorLabel as labelOf } from './describe-element';
import type { RelationAttributes } from './schema';
import { isRelationName, relationLabel } from './schema';

/** Which way a relation points from the actor asked about; 'both' for symmetric (undirected) relations. */
export type RelationDirection = 'out' | 'in' | 'both';

/** One relation of an actor: the edge, the actor at its other end, and the edge's attributes. */
export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  attributes: RelationAttributes;
}

/** An actor's relations of one name and direction, labelled as read from the actor ("led by", "→ Married"). */
export interface RelationGroup {
  /** The relation's value, or undefined for relations that carry none ("links to", "related to"). */
  relation: string | undefined;
  direction: RelationDirection;
  label: string;
  items: RelationItem[];
}

const DIRECTION_ORDER: Record<RelationDirection, number> = { out: 0, both: 1, in: 2 };

/** The relation a relation's attribute names (the mapped relation field), as text; undefined when it has none. */
export function relationValue(attributes: RelationAttributes, attribute: string | null): string | undefined {
  if (!attribute) return undefined;
  const value = attributes[attribute];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * A relation in words, read from one end: the vocabulary's ("led by"), the file's own ("Married"), or, for relations
 * without a name, "links to" / "linked from" along a direction and "related to" without one.
 */
export function relationWords(relation: string | undefined, direction: RelationDirection): string {
  if (relation === undefined)
    return direction === 'out' ? 'links to' : direction === 'in' ? 'linked from' : 'related to';
  return relationLabel(relation, direction);
}

/** A group's title: the vocabulary reads both ways by itself; a file's own words get an arrow ("← Director"). */
export function groupLabel(relation: string | undefined, direction: RelationDirection): string {
  const words = relationWords(relation, direction);
  if (relation === undefined || isRelationName(relation) || direction === 'both') return words;
  return `${direction === 'out' ? '→' : '←'} ${words}`;
}

const byLabel = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' });

/**
 * The relations of an actor grouped by relation (the attribute `relationAttribute` names) and direction, groups by
 * their words, items by the other's label.
 */
export function getRelationGroups(
  graph: ActorGraph,
  nodeKey: string,
  relationAttribute: string | null = 'relation',
): RelationGroup[] {
  if (!graph.hasNode(nodeKey)) return [];
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(nodeKey, (edge, attributes, source, target, _s, _t, undirected) => {
    const relation = relationValue(attributes, relationAttribute);
    const direction: RelationDirection = undirected ? 'both' : source === nodeKey ? 'out' : 'in';
    const other = source === nodeKey ? target : source;
    const id = `${direction}\u0000${relation ?? ''}`;
    let group = groups.get(id);
    if (!group) {
      group = { relation, direction, label: groupLabel(relation, direction), items: [] };
      groups.set(id, group);
    }
    group.items.push({ edge, other, otherLabel: labelOf(graph, other), attributes });
  });
  // Relations without a name come first, in direction order: "links to", "related to", "linked from".
  const words = (g: RelationGroup) => (g.relation === undefined ? '' : relationWords(g.relation, g.direction));
  const sorted = [...groups.values()].sort(
    (a, b) => byLabel(words(a), words(b)) || DIRECTION_ORDER[a.direction] - DIRECTION_ORDER[b.direction],
  );
  for (const group of sorted)
    group.items.sort((a, b) => byLabel(a.otherLabel, b.otherLabel) || byLabel(a.edge, b.edge));
  return sorted;
}
