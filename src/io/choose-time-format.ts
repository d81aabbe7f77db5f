// The time axis of a loaded graph: the one it names (GEXF timeformat, a saved timeFormat), else the one its bounds fit.

import type { Attributes } from 'graphology-types';
import type { ActorGraph } from '../model/actor-graph';
import type { TimeFormat } from '../model/time/time-value';
import { isRecord } from './fit-time-list';
import { inferTimeFormat, namedTimeFormat, readAsYears } from './time-axis';

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
  const format = inferTimeFormat(bounds);
  if (format === 'date' && readAsYears(bounds)) warnings.push(yearsNote(bounds));
  return format;
}

/** The note that four-digit whole numbers were read as years, with their range and how to have them read as numbers. */
function yearsNote(bounds: readonly unknown[]): string {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const bound of bounds) {
    low = Math.min(low, Number(bound));
    high = Math.max(high, Number(bound));
  }
  const range = low === high ? `${low}` : `${low} to ${high}`;
  return `the times ${range} are whole numbers of four digits and were read as years: if they count something else (rounds, steps), name the columns "start (integer)" and "end (integer)"`;
}
