// The measures the explorer offers and ranking actors by one: light, loaded with the first screen.

import type { ActorGraph } from './actor-graph';
import { actorLabel } from './describe-element';

/** The measures nodes can be sized and ranked by. */
export const MEASURES = ['degree', 'betweenness', 'pagerank'] as const;
export type Measure = (typeof MEASURES)[number];

/** One row of the ranked list. */
export interface RankedActor {
  key: string;
  label: string;
  value: number;
}

/** Whether a string names a measure. */
export function isMeasure(name: unknown): name is Measure {
  return typeof name === 'string' && (MEASURES as readonly string[]).includes(name);
}

/** Ranking order: the higher value first, then the label, then the key. */
function rankOrder(a: RankedActor, b: RankedActor): number {
  return b.value - a.value || a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
}

/**
 * The top `n` actors by a measure, highest first, ties by label; keys not in the graph and non-numbers are skipped.
 * Only the best `n` are kept as it goes (the panel asks for ten of 50,000 after every edit): no sort of them all.
 * `shown`, when given, limits the ranking to those actors.
 */
export function rankActors(
  graph: ActorGraph,
  values: Record<string, number>,
  n: number,
  shown?: ReadonlySet<string>,
): RankedActor[] {
  const top: RankedActor[] = [];
  const count = Math.max(0, Math.trunc(n) || 0);
  for (const key in values) {
    const value = values[key];
    if (value === undefined || !Number.isFinite(value) || (shown && !shown.has(key)) || !graph.hasNode(key)) continue;
    keepBest(top, count, key, value, () => actorLabel(graph, key));
  }
  return top;
}

/** Puts an actor into `top` (kept sorted, at most `count` long) when it ranks among the best; its label read only then. */
function keepBest(top: RankedActor[], count: number, key: string, value: number, label: () => string): void {
  const last = top.at(-1);
  const full = top.length >= count;
  if (count === 0 || (full && last && value < last.value)) return; // cannot enter, whatever its label
  const row = { key, label: label(), value };
  if (full && last && rankOrder(row, last) >= 0) return;
  let at = top.length;
  while (at > 0 && rankOrder(row, top[at - 1] as RankedActor) < 0) at--;
  top.splice(at, 0, row);
  if (top.length > count) top.pop();
}
