// The colours of "Colour by" categories: the file's own when they follow the attribute, else the palette; the twelve
// largest categories get a colour each and the rest share one grey "others", so no two categories share a colour.

import type { ActorGraph } from '../../model/actor-graph';
import { categoriesOf, ownAttribute } from '../../model/node-attributes';
import type { MeasureTable } from '../../state/app-state';
import { CATEGORY_PALETTE, DEFAULT_KIND_STYLE, kindStyle } from './kind-style';

/** The "Colour by" value for Louvain communities, computed rather than read from the data. */
export const COMMUNITY = 'community';

/** How many of the largest categories get a colour of their own (as many as the palette has colours). */
export const MAX_COLORED_CATEGORIES = CATEGORY_PALETTE.length;

/** The one grey of the categories beyond the twelve largest: lighter than the palette's slate and the kind grey. */
export const OTHERS_COLOR = '#b4bac2';

/** A category with its number of actors, most frequent first. */
export interface CategoryCount {
  value: string;
  count: number;
}

/** The categories of an attribute (or of the computed communities) with their actor counts, largest first. */
export function categoryCounts(graph: ActorGraph, attribute: string, measures: MeasureTable): CategoryCount[] {
  if (attribute !== COMMUNITY) return categoriesOf(graph, attribute);
  const counts = new Map<string, number>();
  for (const id of Object.values(measures[COMMUNITY] ?? {})) counts.set(String(id), (counts.get(String(id)) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || Number(a.value) - Number(b.value));
}

/**
 * The file's own colour of each value of `attribute`, when every actor with a value stores a colour and actors of one
 * value share it (GEXF viz colours a tool gave by this attribute); null otherwise, or when all values share a colour.
 */
export function fileColorsOf(graph: ActorGraph, attribute: string): Map<string, string> | null {
  if (attribute === COMMUNITY) return null;
  const colors = new Map<string, string>();
  const follows = graph.everyNode((_key, attrs) => {
    const value = ownAttribute(attrs, attribute);
    if (value === undefined || value === null || typeof value === 'object') return true;
    const color = attrs.color;
    if (typeof color !== 'string' || !color) return false;
    const seen = colors.get(String(value));
    colors.set(String(value), color);
    return seen === undefined || seen === color;
  });
  return follows && new Set(colors.values()).size > 1 ? colors : null;
}

/**
 * Each category's colour: a vocabulary kind keeps its own, the file's colours are reused when they follow the
 * attribute, else the palette in frequency order; past the twelve largest, every category is the grey "others".
 */
export function categoryColors(graph: ActorGraph, attribute: string, measures: MeasureTable): Map<string, string> {
  const own = fileColorsOf(graph, attribute);
  const colors = new Map<string, string>();
  categoryCounts(graph, attribute, measures).forEach(({ value }, i) => {
    const kind = attribute === 'kind' ? kindStyle(value) : DEFAULT_KIND_STYLE;
    if (kind !== DEFAULT_KIND_STYLE) colors.set(value, kind.color);
    else if (i >= MAX_COLORED_CATEGORIES) colors.set(value, OTHERS_COLOR);
    else colors.set(value, own?.get(value) ?? (CATEGORY_PALETTE[i] as string));
  });
  return colors;
}
