// Derived time data: the graph's time index, and what the as-of date shows, stepped by deltas from the last answer.

import type { ActorGraph } from '../model/actor-graph';
import type { VisibleSet } from '../model/filters';
import { changesBetween, type TimeChange } from '../model/time/changes-between';
import { deltaBetween, type TimeDelta } from '../model/time/time-delta';
import { asOfInstant } from '../model/time/time-filter';
import { buildTimeIndex, shownAt, type TimeIndex } from '../model/time/time-index';
import type { AppState } from './app-state';
import { memoize } from './memoize';

/** What an as-of date shows on its own, and, when it was stepped from the previous answer, that answer and the delta. */
export interface AsOfSet extends VisibleSet {
  index: TimeIndex;
  at: number;
  includeUndated: boolean;
  /** The answer this one was stepped from and what changed: views apply the delta instead of the whole set. */
  step?: { from: VisibleSet; delta: TimeDelta };
}

// The revision stands for the graph's contents: an edit changes the graph in place, so the index is built again.
const indexOf = memoize((graph: ActorGraph, _revision: number) => buildTimeIndex(graph));

/** The time index of the graph shown, built once per dataset and revision; null without a dataset. */
export function selectTimeIndex(state: Pick<AppState, 'dataset' | 'history'>): TimeIndex | null {
  const graph = state.dataset?.graph;
  return graph ? indexOf(graph, state.history.revision) : null;
}

/** The time index of a graph at a revision (the visible-set pipeline's way in). */
export function timeIndexOf(graph: ActorGraph, revision: number): TimeIndex {
  return indexOf(graph, revision);
}

let last: AsOfSet | null = null;

/** How a set of keys was stepped from the previous one: what joined and what left. */
export interface SetStep {
  from: ReadonlySet<string>;
  added: readonly string[];
  removed: readonly string[];
}

// Only the newest sets keep their step (the previous ones' are dropped), so steps do not chain through memory.
const steps = new WeakMap<ReadonlySet<string>, SetStep>();

/** How a visible set's actors or relations were stepped from the previous as-of answer; undefined when made whole. */
export function stepOf(set: ReadonlySet<string> | null | undefined): SetStep | undefined {
  return set ? steps.get(set) : undefined;
}

/**
 * What the as-of date shows: from the last answer plus the delta when only the date moved (O(changes + log n) to
 * find, one copy of each set to keep answers immutable), else from one pass over the graph.
 */
export function asOfSetOf(graph: ActorGraph, revision: number, asOf: string, includeUndated: boolean): AsOfSet | null {
  const at = asOfInstant(graph, asOf);
  if (at === undefined) return null;
  const index = indexOf(graph, revision);
  const prev = last;
  if (prev && prev.index === index && prev.at === at && prev.includeUndated === includeUndated) return prev;
  last =
    prev && prev.index === index && prev.includeUndated === includeUndated
      ? steppedFrom(prev, at)
      : { index, at, includeUndated, ...shownAt(index, at, includeUndated) };
  return last;
}

/** The answer at `at` from the previous one and the delta; the steps of the previous one's sets are dropped. */
function steppedFrom(prev: AsOfSet, at: number): AsOfSet {
  const { index, includeUndated } = prev;
  const delta = deltaBetween(index, prev.at, at, includeUndated);
  // A step that moves no actor keeps the same actor set (no copy of every key, and views keyed on it stand).
  const sameNodes = delta.shownNodes.length === 0 && delta.hiddenNodes.length === 0;
  const nodes = sameNodes ? prev.nodes : new Set(prev.nodes);
  const edges = new Set(prev.edges);
  for (const key of delta.hiddenNodes) (nodes as Set<string>).delete(key);
  for (const key of delta.shownNodes) (nodes as Set<string>).add(key);
  for (const key of delta.hiddenEdges) edges.delete(key);
  for (const key of delta.shownEdges) edges.add(key);
  // Only the newest answer keeps its step, so answers do not chain back through every position.
  prev.step = undefined;
  steps.delete(prev.nodes);
  steps.delete(prev.edges);
  steps.set(nodes, { from: prev.nodes, added: delta.shownNodes, removed: delta.hiddenNodes });
  steps.set(edges, { from: prev.edges, added: delta.shownEdges, removed: delta.hiddenEdges });
  return { index, at, includeUndated, nodes, edges, step: { from: prev, delta } };
}

/** The changes between the two dates compared, with the instants read; null when not comparing or unreadable. */
export function selectChanges(state: AppState): { from: number; to: number; changes: TimeChange[] } | null {
  const graph = state.dataset?.graph;
  const compare = state.compare;
  if (!graph || !compare) return null;
  return changesOf(indexOf(graph, state.history.revision), compare.from, compare.to);
}

const changesOf = memoize((index: TimeIndex, fromText: string, toText: string) => {
  const from = asOfInstant(index.graph, fromText);
  const to = asOfInstant(index.graph, toText);
  return from === undefined || to === undefined ? null : { from, to, changes: changesBetween(index, from, to) };
});

/** What the as-of date alone shows in a state (the Filters panel counts it); null when no date is set. */
export function selectAsOfSet(state: AppState): AsOfSet | null {
  const graph = state.dataset?.graph;
  const asOf = state.filters.asOf;
  if (!graph || !asOf) return null;
  return asOfSetOf(graph, state.history.revision, asOf, state.filters.includeUndated !== false);
}
