// Reading a hub: an actor's relation groups filtered by a word and sorted by name, the other's degree or date.

import type { ActorGraph } from './actor-graph';
import { type RelationGroup, type RelationItem, relationValue } from './relations-of';

/** How a hub's relations are ordered within each group. */
export const RELATION_SORTS = ['name', 'degree', 'date'] as const;
export type RelationSort = (typeof RELATION_SORTS)[number];

/** Text folded for matching: case and accents ignored ("Zoë" matches "zoe"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** How to narrow: the words typed, the order, and the attribute holding each relation's date. */
export interface RelationNarrowing {
  filter: string;
  sort: RelationSort;
  dateAttribute: string | null;
}

function sortItems(graph: ActorGraph, items: RelationItem[], how: RelationNarrowing): RelationItem[] {
  if (how.sort === 'name') return items; // getRelationGroups already orders by the other's label
  const sorted = [...items];
  if (how.sort === 'degree') {
    const degree = (item: RelationItem) => (graph.hasNode(item.other) ? graph.degree(item.other) : 0);
    return sorted.sort((a, b) => degree(b) - degree(a));
  }
  // Newest first; relations without a date last, in name order (the sort is stable).
  const date = (item: RelationItem) => relationValue(item.attributes, how.dateAttribute) ?? '';
  return sorted.sort((a, b) => (date(a) === date(b) ? 0 : date(a) < date(b) ? 1 : -1));
}

/**
 * The groups with only the relations whose other actor or relation words hold every word typed, sorted as asked;
 * groups left empty are dropped.
 */
export function narrowRelations(graph: ActorGraph, groups: RelationGroup[], how: RelationNarrowing): RelationGroup[] {
  const words = foldText(how.filter).split(/\s+/).filter(Boolean);
  return groups
    .map((group) => {
      const label = foldText(group.label);
      const items = group.items.filter((item) => {
        const text = `${label} ${foldText(item.otherLabel)}`;
        return words.every((word) => text.includes(word));
      });
      return { ...group, items: sortItems(graph, items, how) };
    })
    .filter((group) => group.items.length > 0);
}
