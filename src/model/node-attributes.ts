// Which node attributes can colour or size a graph: categorical and numeric columns, and the obvious default.

import type { ActorGraph } from './actor-graph';

/** Attributes that never make a category or a size: identity, geometry and free text. */
const NOT_MAPPABLE = new Set(['label', 'x', 'y', 'z', 'color', 'size', 'description', 'aliases', 'parent', 'role']);

/** Names, in order of preference, of attributes that are obviously the category of a node. */
export const OBVIOUS_CATEGORIES = [
  'kind',
  'type',
  'group',
  'category',
  'class',
  'modularity_class',
  'community',
  'cluster',
];

/** The most distinct values a categorical attribute may have to be worth a colour each. */
export const MAX_CATEGORIES = 24;

/** The node attributes of a graph, split into categorical (few distinct strings or integers) and numeric ones. */
export function describeNodeAttributes(graph: ActorGraph): { categorical: string[]; numeric: string[] } {
  const values = new Map<string, Set<string>>();
  const numeric = new Map<string, boolean>();
  graph.forEachNode((_key, attrs) => {
    for (const [name, value] of Object.entries(attrs)) {
      if (NOT_MAPPABLE.has(name) || value === null || value === undefined || typeof value === 'object') continue;
      const seen = values.get(name) ?? new Set<string>();
      if (seen.size <= MAX_CATEGORIES) seen.add(String(value));
      values.set(name, seen);
      const isNumber = typeof value === 'number' && Number.isFinite(value);
      numeric.set(name, (numeric.get(name) ?? true) && isNumber);
    }
  });
  const categorical: string[] = [];
  const numbers: string[] = [];
  for (const [name, seen] of values) {
    if (seen.size >= 2 && seen.size <= MAX_CATEGORIES) categorical.push(name);
    if (numeric.get(name) && seen.size >= 2) numbers.push(name);
  }
  const rank = (name: string) => {
    const i = OBVIOUS_CATEGORIES.indexOf(name.toLowerCase());
    return i === -1 ? OBVIOUS_CATEGORIES.length : i;
  };
  categorical.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  numbers.sort((a, b) => a.localeCompare(b));
  return { categorical, numeric: numbers };
}

/** The attribute to colour by when the user has not chosen: an obvious category name, else none. */
export function defaultColorBy(categorical: readonly string[]): string | null {
  return categorical.find((name) => OBVIOUS_CATEGORIES.includes(name.toLowerCase())) ?? null;
}

/** Whether any node stores its own colour (GEXF viz, Cytoscape data), which the canvas honours by default. */
export function hasStoredColors(graph: ActorGraph): boolean {
  return graph.someNode((_key, attrs) => typeof attrs.color === 'string' && attrs.color.length > 0);
}

/** Whether any node stores its own size. */
export function hasStoredSizes(graph: ActorGraph): boolean {
  return graph.someNode((_key, attrs) => typeof attrs.size === 'number' && Number.isFinite(attrs.size));
}

/** The distinct values of an attribute over the nodes, most frequent first (ties by value), for a legend. */
export function categoriesOf(graph: ActorGraph, attribute: string): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, attrs) => {
    const value = ownAttribute(attrs, attribute);
    if (value === undefined || value === null || typeof value === 'object') return;
    counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  });
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The minimum and maximum of a numeric attribute, or null when no node has a finite value. */
export function numericRange(graph: ActorGraph, attribute: string): { min: number; max: number } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_key, attrs) => {
    const value = ownAttribute(attrs, attribute);
    if (typeof value !== 'number' || !Number.isFinite(value)) return;
    min = Math.min(min, value);
    max = Math.max(max, value);
  });
  return Number.isFinite(min) ? { min, max } : null;
}

/** An attribute's own value, never an inherited one: names come from data and links ("constructor", "__proto__"). */
export function ownAttribute(attrs: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(attrs, name) ? attrs[name] : undefined;
}
