// How panels say which network a measure is of: the as-of date as written on the slider, and whether it is current.

import type { Measure } from '../../model/measure-names';
import { asOfInstant } from '../../model/time/time-filter';
import { formatTime, timeAxisOf } from '../../model/time/time-value';
import type { AppState } from '../../state/app-state';
import { selectMeasure } from '../../state/select-explore';
import { MEASURE_LABELS } from '../appearance/measure-labels';
import { el } from '../dom';

/** The as-of date as the Time panel writes it, or null when measures are of the whole network. */
export function asOfText(state: AppState): string | null {
  const graph = state.dataset?.graph;
  const at = graph ? asOfInstant(graph, state.filters.asOf) : undefined;
  return graph && at !== undefined ? formatTime(at, timeAxisOf(graph.getAttributes())) : null;
}

/** What a measure key (see measureKey) says in words: "the whole network" or "as of 2025-03-01". */
export function keyText(state: AppState, key: string): string {
  const graph = state.dataset?.graph;
  const at = Number(key.split('@')[1]?.split(' ')[0]);
  if (!graph || key === '' || !Number.isFinite(at)) return 'the whole network';
  return `as of ${formatTime(at, timeAxisOf(graph.getAttributes()))}`;
}

/** A measure's values for the network shown now, or, while those are computed, the last ones with what they are of. */
export interface MeasureReading {
  values: Readonly<Record<string, number>> | null;
  current: boolean;
  /** What the values are of, in words, when they are not current. */
  of: string | null;
}

/** Reads a measure for a panel: current values, or stale ones said to be stale, or none yet. */
export function readMeasure(state: AppState, name: string): MeasureReading {
  const current = selectMeasure(state, name);
  if (current) return { values: current, current: true, of: null };
  const stale = state.measures[name] ?? null;
  return { values: stale, current: false, of: stale ? keyText(state, state.measuresOf?.[name] ?? '') : null };
}

/**
 * An actor's degree (and the ranking's measure when another) for the inspector, of the network shown as of the
 * date: an actor absent then has no value ("not present"), never a 0 that reads as measured.
 */
export function actorMeasures(state: AppState, key: string): HTMLElement {
  const date = asOfText(state);
  const names = [...new Set<Measure>(['degree', state.view.rankBy])];
  const parts = names.map((name) => {
    const label = date ? `${MEASURE_LABELS[name]} as of ${date}` : MEASURE_LABELS[name];
    const values = selectMeasure(state, name);
    const value = values?.[key];
    const text = !values
      ? 'computing…'
      : value === undefined
        ? 'none (not present then)'
        : value.toFixed(name === 'degree' ? 0 : 3);
    return el('span', { 'data-measure': name }, `${label}: ${text}`);
  });
  const line = el('p', { class: 'measures', id: 'actor-measures' });
  for (const [i, part] of parts.entries()) line.append(...(i > 0 ? [' · ', part] : [part]));
  return line;
}
