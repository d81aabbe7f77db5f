// The as-of rule as a filter: which actors and relations an as-of date hides, read element by element.

import type { ActorGraph } from '../actor-graph';
import { holdsAt, intervalsOf } from './intervals';
import { parseTime, type TimeAxis, timeAxisOf } from './time-value';

/** The as-of instant on the graph's axis, or undefined when none is set or it cannot be read. */
export function asOfInstant(graph: ActorGraph, asOf: string | undefined): number | undefined {
  if (asOf === undefined || asOf === '') return undefined;
  const axis: TimeAxis = timeAxisOf(graph.getAttributes());
  return parseTime(axis === 'number' ? Number(asOf) : asOf, axis);
}

/** Whether an actor is hidden as of `at`: it has an interval and none holds then. */
export function actorHiddenAsOf(graph: ActorGraph, key: string, at: number): boolean {
  const intervals = intervalsOf(graph.getNodeAttributes(key), timeAxisOf(graph.getAttributes()), false);
  return intervals !== null && !holdsAt(intervals, at);
}

/** Whether a relation is hidden as of `at` on its own account: not begun or ended, or undated when those are left out. */
export function relationHiddenAsOf(graph: ActorGraph, key: string, at: number, includeUndated: boolean): boolean {
  const intervals = intervalsOf(graph.getEdgeAttributes(key), timeAxisOf(graph.getAttributes()), true);
  return intervals === null ? !includeUndated : !holdsAt(intervals, at);
}
