// GEXF 1.3 point times (timerepresentation="timestamp"): an element's instants, and slices valued at an instant.

import { timeInstant } from '../model/time/time-value';

/** Orders bounds along the axis: numbers when all read as numbers, else the instants dates stand for. */
export function axisOrder(bounds: readonly string[]): (bound: string | undefined, missing: number) => number {
  const numeric = bounds.every((bound) => bound.trim() !== '' && !Number.isNaN(Number(bound)));
  return (bound, missing) =>
    bound === undefined ? missing : ((numeric ? Number(bound) : timeInstant(bound)) ?? missing);
}

/** A `timestamps` list as Gephi writes it ("<[2.0, 5.0]>") or plainly ("2, 5"), one text per instant. */
export function parseTimestamps(text: string): string[] {
  return text
    .replace(/[<>[\]]/g, '')
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Instants sorted along the axis, each once ("2" and "2.0" are one instant). */
export function sortedInstants(found: readonly string[]): string[] {
  const order = axisOrder(found);
  const sorted = [...new Set(found)].sort((a, b) => order(a, 0) - order(b, 0));
  // An instant that reads as no time (NaN, never equal) is kept, for the loader to set aside with a warning.
  return sorted.filter((instant, i) => i === 0 || order(instant, Number.NaN) !== order(sorted[i - 1], Number.NaN));
}

/**
 * Instants as the model's time, by its rule that a dated element without an end holds from its date on: one instant
 * is a `start`; several are spells from each instant to the next (the last without an end), so every instant stays
 * a bound that GEXF, GraphML and CSV write back, and the element shows from the first on.
 */
export function instantTimes(instants: readonly string[]): {
  start?: string;
  spells?: { start: string; end?: string }[];
} {
  const [first] = instants;
  if (first === undefined) return {};
  if (instants.length === 1) return { start: first };
  return {
    spells: instants.map((start, i) => (i + 1 < instants.length ? { start, end: instants[i + 1] } : { start })),
  };
}

/** A slice valued at an instant (an `<attvalue timestamp>`) until the next instant of the same attribute. */
export interface InstantSlice {
  value: unknown;
  start?: string;
  end?: string;
  instant?: boolean;
}

/** Ends each instant slice where the attribute's next instant begins, and drops the marks. */
export function closeInstantSlices(slices: InstantSlice[]): void {
  const instants = slices.filter((slice) => slice.instant);
  const order = axisOrder(instants.flatMap((slice) => (slice.start === undefined ? [] : [slice.start])));
  instants.sort((a, b) => order(a.start, 0) - order(b.start, 0));
  instants.forEach((slice, i) => {
    const next = instants.slice(i + 1).find((later) => order(later.start, 0) > order(slice.start, 0));
    if (next?.start !== undefined) slice.end = next.start;
  });
  for (const slice of slices) delete slice.instant;
}
