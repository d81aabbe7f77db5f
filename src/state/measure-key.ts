// Which network the measures are of: the whole one, or the one the as-of date shows by the time rule alone.

import type { ActorGraph } from '../model/actor-graph';
import type { Filters } from '../model/filters';
import { asOfInstant } from '../model/time/time-filter';

/** The parts of the state a measure key reads (spelled out, so the state module can import this one). */
export interface MeasureKeyInput {
  dataset: { graph: ActorGraph } | null;
  filters: Filters;
  history: { revision: number };
}

/**
 * '' for the whole network; else the revision, the as-of instant and whether undated relations count (an edit may
 * move a date, so as-of measures are of one revision). The other filters never change measures.
 */
export function measureKey(state: MeasureKeyInput): string {
  const graph = state.dataset?.graph;
  const at = graph ? asOfInstant(graph, state.filters.asOf) : undefined;
  if (at === undefined) return '';
  return `${state.history.revision}@${at}${state.filters.includeUndated === false ? ' dated' : ''}`;
}
