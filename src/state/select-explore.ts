// Derived data for exploring, memoised on the state's parts: the visible set, the found paths, and measures.

import type { ActorGraph } from '../model/actor-graph';
import { applyFilters, DEFAULT_FILTERS, type VisibleSet } from '../model/filters';
import { explainNoPath, type FoundPath, findPaths } from '../model/find-paths';
import { expandNode, getFocusSet } from '../model/focus';
import { isMeasure } from '../model/measure-names';
import type { AppState } from './app-state';

const EMPTY: VisibleSet = { nodes: new Set(), edges: new Set() };

/** Whether any filter or a focus hides something, so views can skip per-element work when nothing is hidden. */
export function isNarrowed(state: AppState): boolean {
  const f = state.filters;
  const d = DEFAULT_FILTERS;
  const lists = f.kinds !== d.kinds || f.relations !== d.relations || f.stances !== d.stances;
  return lists || f.certainties !== d.certainties || !!f.dateFrom || !!f.dateTo || f.hideIsolated || !!state.focus;
}

let visibleMemo: { graph: ActorGraph; filters: unknown; focus: unknown; result: VisibleSet } | undefined;

/** The actors and relations that pass the filters and lie within the focus. */
export function selectVisible(state: AppState): VisibleSet {
  const graph = state.dataset?.graph;
  if (!graph) return EMPTY;
  const m = visibleMemo;
  if (m && m.graph === graph && m.filters === state.filters && m.focus === state.focus) return m.result;
  let result: VisibleSet = applyFilters(graph, state.filters);
  const focus = state.focus;
  if (focus && graph.hasNode(focus.centre)) {
    let set = getFocusSet(graph, focus.centre, focus.depth, focus.direction, result);
    for (const key of focus.expanded) set = expandNode(graph, set, key, focus.direction, result);
    result = set;
  }
  visibleMemo = { graph, filters: state.filters, focus: state.focus, result };
  return result;
}

/** The paths for the Paths panel's question, or why there are none. */
export interface PathResult {
  paths: FoundPath[];
  explanation: string | null;
}

let pathMemo: { graph: ActorGraph; path: unknown; visible: VisibleSet; result: PathResult } | undefined;

/** Finds up to three shortest paths through what is visible; null when no question is asked. */
export function selectPaths(state: AppState): PathResult | null {
  const graph = state.dataset?.graph;
  const query = state.path;
  if (!graph || !query) return null;
  const visible = selectVisible(state);
  const m = pathMemo;
  if (m && m.graph === graph && m.path === query && m.visible === visible) return m.result;
  const paths = findPaths(graph, query.from, query.to, { followDirection: query.followDirection, visible });
  const explanation =
    paths.length > 0 ? null : explainNoPath(graph, query.from, query.to, state.filters, query.followDirection);
  const result = { paths, explanation: explanation ?? (paths.length ? null : 'No path through the actors shown.') };
  pathMemo = { graph, path: query, visible, result };
  return result;
}

const measureMemo = new WeakMap<ActorGraph, Map<string, Record<string, number>>>();

/** Whether a name is one the measure cache holds: a measure, or 'community'. */
export function isComputed(name: unknown): name is string {
  return isMeasure(name) || name === 'community';
}

/** A computed measure ('degree', 'betweenness', 'pagerank') or 'community' for every actor; null until computed. */
export function selectMeasure(graph: ActorGraph, name: string): Record<string, number> | null {
  return measureMemo.get(graph)?.get(name) ?? null;
}

/** Caches a computed measure for a graph (the graph is replaced, never mutated, so the cache never goes stale). */
export function storeMeasure(graph: ActorGraph, name: string, values: Record<string, number>): void {
  const cache = measureMemo.get(graph) ?? new Map<string, Record<string, number>>();
  measureMemo.set(graph, cache.set(name, values));
}
