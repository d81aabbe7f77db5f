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

/** The top `n` actors by a measure, highest first, ties by label; keys not in the graph and non-numbers are skipped. */
export function rankActors(graph: ActorGraph, values: Record<string, number>, n: number): RankedActor[] {
  const rows: RankedActor[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (graph.hasNode(key) && Number.isFinite(value)) rows.push({ key, label: actorLabel(graph, key), value });
  }
  rows.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return rows.slice(0, Math.max(0, Math.trunc(n) || 0));
}
