// The intervals an actor or relation holds over: start/end (or date), or several spells; null when undated.

import { parseTime, type TimeAxis } from './time-value';

/** A half-open interval [start, end) on the axis; ±Infinity for an open side. */
export interface Interval {
  start: number;
  end: number;
}

function interval(start: unknown, end: unknown, axis: TimeAxis): Interval | null {
  const s = parseTime(start, axis);
  const e = parseTime(end, axis);
  if (s === undefined && e === undefined) return null;
  return { start: s ?? Number.NEGATIVE_INFINITY, end: e ?? Number.POSITIVE_INFINITY };
}

/**
 * When an element holds: its spells when it has any, else from `start` (or, for relations, `date`) until `end`.
 * Null means undated. A dated relation without an end holds from its date on, lasting or not (the rule of issue 18).
 */
export function intervalsOf(attrs: Record<string, unknown>, axis: TimeAxis, useDate: boolean): Interval[] | null {
  const spells = attrs.spells;
  if (Array.isArray(spells) && spells.length > 0) {
    const found: Interval[] = [];
    for (const spell of spells) {
      if (spell && typeof spell === 'object') {
        const s = spell as Record<string, unknown>;
        found.push(interval(s.start, s.end, axis) ?? { start: -Infinity, end: Infinity });
      }
    }
    return found.length > 0 ? found : null;
  }
  const start = attrs.start ?? (useDate ? attrs.date : undefined);
  const one = interval(start, attrs.end, axis);
  return one ? [one] : null;
}

/** Whether any interval holds at `at`: begun (start ≤ at) and not ended (at < end). */
export function holdsAt(intervals: readonly Interval[], at: number): boolean {
  return intervals.some((i) => i.start <= at && at < i.end);
}

/** The slices of one time-sliced attribute, as intervals with their values; [] when it has none. */
function slicesOf(attrs: Record<string, unknown>, name: string, axis: TimeAxis): { span: Interval; value: unknown }[] {
  const list = (attrs.slices as Record<string, unknown> | undefined)?.[name];
  if (!Array.isArray(list)) return [];
  return list
    .filter((slice): slice is Record<string, unknown> => !!slice && typeof slice === 'object')
    .map((slice) => ({
      span: interval(slice.start, slice.end, axis) ?? { start: -Infinity, end: Infinity },
      value: slice.value,
    }));
}

/** The value a time-sliced attribute has at `at`: the last slice holding then, else the plain attribute. */
export function valueAt(attrs: Record<string, unknown>, name: string, at: number, axis: TimeAxis): unknown {
  const holding = slicesOf(attrs, name, axis).filter(({ span }) => span.start <= at && at < span.end);
  return holding.length > 0 ? holding[holding.length - 1]?.value : attrs[name];
}

/** The finite boundaries of a relation's time-sliced attributes, where its stance or certainty may change. */
export function sliceBoundaries(attrs: Record<string, unknown>, axis: TimeAxis): number[] {
  const slices = attrs.slices;
  if (!slices || typeof slices !== 'object') return [];
  return Object.keys(slices)
    .flatMap((name) => slicesOf(attrs, name, axis))
    .flatMap(({ span }) => [span.start, span.end])
    .filter(Number.isFinite);
}
