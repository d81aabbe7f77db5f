// Spells and slices fitted to a graph's time axis: every bound on the axis, none running backwards.

import { endsBeforeStart, type TimeFormat, type TimeInterval } from '../model/time/time-value';
import { fitBound } from './time-axis';

/** Whether a value is a plain object (an interval, the slices by attribute), not a list or null. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An interval with its bounds fitted to the axis, or undefined when a bound does not fit. */
function fitInterval(item: unknown, format: TimeFormat): TimeInterval | undefined {
  if (!isRecord(item)) return undefined;
  const fitted: Record<string, unknown> = { ...item };
  for (const bound of ['start', 'end'] as const) {
    if (item[bound] === undefined) continue;
    const value = fitBound(item[bound], format);
    if (value === undefined) return undefined;
    fitted[bound] = value;
  }
  return fitted as TimeInterval;
}

/** A list of intervals (spells, or one attribute's slices) fitted to the axis, or undefined when one does not fit or runs backwards. */
export function fitTimeList(value: unknown, format: TimeFormat, slices: boolean): TimeInterval[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const fitted = value.map((item) => fitInterval(item, format));
  const fits = (item: TimeInterval | undefined) => item && !endsBeforeStart(item) && (!slices || 'value' in item);
  return fitted.every(fits) ? (fitted as TimeInterval[]) : undefined;
}

/** Slices fitted to the axis, attribute by attribute, or undefined when one list does not fit. */
export function fitTimeSlices(value: unknown, format: TimeFormat): Record<string, TimeInterval[]> | undefined {
  if (!isRecord(value)) return undefined;
  const fitted: [string, TimeInterval[]][] = [];
  for (const [name, list] of Object.entries(value)) {
    const lists = fitTimeList(list, format, true);
    if (!lists) return undefined;
    fitted.push([name, lists]);
  }
  // fromEntries defines own properties: slices of an attribute named "__proto__" stay data, not a prototype.
  return Object.fromEntries(fitted);
}
