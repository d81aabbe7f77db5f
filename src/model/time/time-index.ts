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
  begins: Float64Array;
}

/** Events as they are gathered: parallel arrays, sorted together at the end. */
class EventList {
  readonly times: number[] = [];
  readonly keys: string[] = [];
  readonly nodes: number[] = [];

  add(t: number, key: string, node: boolean): void {
    if (!Number.isFinite(t)) return;
    this.times.push(t);
    this.keys.push(key);
    this.nodes.push(node ? 1 : 0);
  }

  addIntervals(intervals: readonly Interval[], key: string, node: boolean): void {
    for (const { start, end } of intervals) {
      this.add(start, key, node);
      this.add(end, key, node);
    }
  }

  /** The events in time order, and the distinct times. */
  sorted() {
    const n = this.times.length;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const t = this.times;
    order.sort((a, b) => (t[a] as number) - (t[b] as number));
    const times = new Float64Array(n);
    const keys: string[] = new Array(n);
    const isNode = new Uint8Array(n);
    const dates: number[] = [];
    for (let i = 0; i < n; i++) {
      const j = order[i] as number;
      times[i] = t[j] as number;
      keys[i] = this.keys[j] as string;
      isNode[i] = this.nodes[j] as number;
      if (dates[dates.length - 1] !== times[i]) dates.push(times[i] as number);
    }
    return { times, keys, isNode, dates };
  }
}

/** The earliest start of some intervals (−Infinity when one is open at its start). */
function firstStart(intervals: readonly Interval[]): number {
  let first = Number.POSITIVE_INFINITY;
  for (const { start } of intervals) if (start < first) first = start;
  return first;
}

/** Builds the index: O((n + m) log(n + m)) once, after which a step costs O(changes + log n). */
export function buildTimeIndex(graph: ActorGraph): TimeIndex {
  const axis = timeAxisOf(graph.getAttributes());
  const edgeIntervals = new Map<string, Interval[]>();
  const nodeIntervals = new Map<string, Interval[]>();
  const events = new EventList();
  const begins: number[] = [];
  graph.forEachNode((key, attrs) => {
    const intervals = intervalsOf(attrs, axis, false);
    if (!intervals) return;
    nodeIntervals.set(key, intervals);
    events.addIntervals(intervals, key, true);
  });
  graph.forEachEdge((key, attrs) => {
    const intervals = intervalsOf(attrs, axis, true);
    if (intervals) {
      edgeIntervals.set(key, intervals);
      events.addIntervals(intervals, key, false);
      const first = firstStart(intervals);
      if (Number.isFinite(first)) begins.push(first);
    }
    if (attrs.slices) for (const t of sliceBoundaries(attrs, axis)) events.add(t, key, false);
  });
  const { times, keys, isNode, dates } = events.sorted();
  return {
    graph,
    axis,
    dates,
    edgeIntervals,
    nodeIntervals,
    times,
    keys,
    isNode,
    begins: Float64Array.from(begins).sort(),
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
