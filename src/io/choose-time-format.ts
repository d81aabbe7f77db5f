// The time axis of a loaded graph: the one it names (GEXF timeformat, a saved timeFormat), else the one its bounds fit.

import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import type { TimeFormat } from '../model/time/time-value';
import { isRecord } from './fit-time-list';
import { inferTimeFormat, namedTimeFormat } from './time-axis';

/** Every interval bound an element carries, for guessing the axis. */
function boundsOf(attributes: Attributes): unknown[] {
  const intervals: unknown[] = [attributes, ...(Array.isArray(attributes.spells) ? attributes.spells : [])];
  if (isRecord(attributes.slices))
    for (const list of Object.values(attributes.slices)) intervals.push(...[list].flat());
  return intervals
    .filter(isRecord)
    .flatMap((interval) => [interval.start, interval.end].filter((b) => b !== undefined));
}

/**
 * The axis the graph names, else the one its bounds fit; removes the graph's `timeFormat` (the caller sets it back
 * when numeric) and reports an unknown name, kept as `timeFormat_original`.
 */
export function chooseTimeFormat(graph: ActorGraph, warnings: string[]): TimeFormat | undefined {
  const named = namedTimeFormat(graph.getAttribute('timeFormat'));
  if (named === 'unknown') {
    warnings.push(`the time format "${graph.getAttribute('timeFormat')}" is unknown: read from the values instead`);
    graph.setAttribute('timeFormat_original', graph.getAttribute('timeFormat'));
  }
  graph.removeAttribute('timeFormat');
  if (named && named !== 'unknown') return named;
  const bounds = [...graph.nodeEntries(), ...graph.edgeEntries()].flatMap(({ attributes }) => boundsOf(attributes));
  return inferTimeFormat(bounds);
}
