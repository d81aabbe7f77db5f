// The time columns of a CSV export, named with the graph's numeric time axis so the CSV reads back on it.

import type { Attributes } from 'graphology-types';
import type { TimeFormat } from '../model/time/time-value';

/** The attributes whose values are times: their CSV headers name a numeric axis. */
const TIMED = new Set(['start', 'end', 'spells', 'slices']);

/** The interval columns some element fills, start before end, written next to the fixed columns (and date). */
export function csvTimeNames(records: readonly Attributes[]): string[] {
  return ['start', 'end'].filter((name) => records.some((attributes) => attributes[name] !== undefined));
}

/**
 * A column's header: on a numeric axis a time column names it ("start (integer)", "spells (integer)"), since a CSV
 * has no place for the graph's `timeFormat` and rounds 1000 to 1010 would read back as years (time-names.ts).
 */
export function csvTimeHeader(name: string, format: TimeFormat): string {
  return format !== 'date' && TIMED.has(name) ? `${name} (${format})` : name;
}
