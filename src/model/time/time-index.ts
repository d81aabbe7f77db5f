// A sorted index of the instants at which actors and relations begin and end, built once per graph revision.

import type { ActorGraph } from '../actor-graph';
import { holdsAt, type Interval, intervalsOf, sliceBoundaries } from './intervals';
import { type TimeAxis, timeAxisOf } from './time-value';

/** Every begin and end instant of a graph, sorted, with the intervals of each dated actor and relation. */
export interface TimeIndex {
  graph: ActorGraph;
  axis: TimeAxis;
  /** The distinct finite instants, ascending: the slider's stops. */
  dates: readonly number[];
  edgeIntervals: ReadonlyMap<string, readonly Interval[]>;
  nodeIntervals: ReadonlyMap<string, readonly Interval[]>;
  /** Event instants ascending, and at the same position the element each concerns. */
  times: Float64Array;
  keys: readonly string[];
  isNode: Uint8Array;
  /** The relations with a finite start, by when they begin: the histogram's counts. */
  begins: readonly number[];
}

/** Builds the index: O((n + m) log(n + m)) once, after which a step costs O(changes + log n). */
export function buildTimeIndex(graph: ActorGraph): TimeIndex {
  const axis = timeAxisOf(graph.getAttributes());
  const edgeIntervals = new Map<string, Interval[]>();
  const nodeIntervals = new Map<string, Interval[]>();
  const events: { t: number; key: string; node: boolean }[] = [];
  const begins: number[] = [];
  const push = (intervals: Interval[], key: string, node: boolean) => {
    for (const { start, end } of intervals) {
      if (Number.isFinite(start)) events.push({ t: start, key, node });
      if (Number.isFinite(end)) events.push({ t: end, key, node });
    }
  };
  graph.forEachNode((key, attrs) => {
    const intervals = intervalsOf(attrs, axis, false);
    if (intervals) nodeIntervals.set(key, intervals);
    if (intervals) push(intervals, key, true);
  });
  graph.forEachEdge((key, attrs) => {
    const intervals = intervalsOf(attrs, axis, true);
    if (intervals) {
      edgeIntervals.set(key, intervals);
      push(intervals, key, false);
      const first = Math.min(...intervals.map((i) => i.start));
      if (Number.isFinite(first)) begins.push(first);
    }
    for (const t of sliceBoundaries(attrs, axis)) events.push({ t, key, node: false });
  });
  events.sort((a, b) => a.t - b.t);
  const dates: number[] = [];
  for (const { t } of events) if (dates[dates.length - 1] !== t) dates.push(t);
  return {
    graph,
    axis,
    dates,
    edgeIntervals,
    nodeIntervals,
    times: Float64Array.from(events, (e) => e.t),
    keys: events.map((e) => e.key),
    isNode: Uint8Array.from(events, (e) => (e.node ? 1 : 0)),
    begins: begins.sort((a, b) => a - b),
  };
}

/** Whether anything in the graph is dated, so the Time panel has something to show. */
export function hasTime(index: TimeIndex): boolean {
  return index.dates.length > 0;
}

/** Whether an actor is shown at `at`: undated actors always are. */
export function actorShownAt(index: TimeIndex, key: string, at: number): boolean {
  const intervals = index.nodeIntervals.get(key);
  return !intervals || holdsAt(intervals, at);
}

/** Whether a relation is shown at `at`: it holds (or is undated and undated ones are included), and so do its ends. */
export function relationShownAt(index: TimeIndex, key: string, at: number, includeUndated: boolean): boolean {
  const intervals = index.edgeIntervals.get(key);
  if (intervals ? !holdsAt(intervals, at) : !includeUndated) return false;
  const [source, target] = index.graph.extremities(key) as [string, string];
  return actorShownAt(index, source, at) && actorShownAt(index, target, at);
}

/** The actors and relations shown as of `at`: one pass over the graph, for a first position or a jump. */
export function shownAt(index: TimeIndex, at: number, includeUndated: boolean) {
  const nodes = new Set(index.graph.filterNodes((key) => actorShownAt(index, key, at)));
  const edges = new Set<string>();
  index.graph.forEachEdge((key) => {
    if (relationShownAt(index, key, at, includeUndated)) edges.add(key);
  });
  return { nodes, edges };
}

/** The position of the first event after `at` (binary search). */
export function firstAfter(times: Float64Array, at: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The actors and relations with an event between two instants (after the earlier, up to the later): all that may differ. */
export function touchedBetween(index: TimeIndex, a: number, b: number) {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (let i = firstAfter(index.times, lo); i < index.times.length && (index.times[i] as number) <= hi; i++) {
    const key = index.keys[i] as string;
    if (index.isNode[i]) {
      nodes.add(key);
      for (const edge of index.graph.edges(key)) edges.add(edge);
    } else edges.add(key);
  }
  return { nodes, edges };
}
