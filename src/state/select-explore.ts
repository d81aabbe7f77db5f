// Derived data for exploring, memoised on the state's parts: the visible set, the found paths, and measures.

import type { ActorGraph } from '../model/actor-graph';
import { activeRules, applyFilters, DEFAULT_FILTERS, type Filters, type VisibleSet } from '../model/filters';
import { explainNoPath, type FoundPath, findPaths } from '../model/find-paths';
import { expandNode, getFocusSet } from '../model/focus';
import { isMeasure } from '../model/measure-names';
import type { AppState, Focus } from './app-state';
import type { PathQuery } from './explore-queries';
import { measureKey } from './measure-key';
import { memoize } from './memoize';
import { asOfSetOf } from './select-time';

const EMPTY: VisibleSet = { nodes: new Set(), edges: new Set() };

/** Whether any filter or a focus hides something, so views can skip per-element work when nothing is hidden. */
export function isNarrowed(state: AppState): boolean {
  const f = state.filters;
  const d = DEFAULT_FILTERS;
  const lists = f.kinds !== d.kinds || f.relations !== d.relations || f.stances !== d.stances;
  const dates = !!f.dateFrom || !!f.dateTo || !!f.asOf;
  return lists || f.certainties !== d.certainties || dates || f.hideIsolated || !!state.focus;
}

/** The actors and relations that pass the filters and lie within the focus. */
export function selectVisible(state: AppState): VisibleSet {
  const graph = state.dataset?.graph;
  return graph ? visibleOf(graph, state.history.revision, selectFilters(state), state.focus) : EMPTY;
}

/** The filters with the relation checkboxes reading the file's mapped relation field (a link never carries it). */
export function selectFilters(state: AppState): Filters {
  return withRelationField(state.filters, state.fields.relation);
}

const withRelationField = memoize(
  (filters: Filters, relation: string | null): Filters =>
    filters.relationAttribute === relation ? filters : { ...filters, relationAttribute: relation },
);

// The revision stands for the graph's contents: an edit changes the graph in place, not its identity.
// The as-of date is read from the time index; when it is the only rule, its answer (with its step) is the visible set.
const visibleOf = memoize((graph: ActorGraph, revision: number, filters: Filters, focus: Focus | null): VisibleSet => {
  const time = filters.asOf ? asOfSetOf(graph, revision, filters.asOf, filters.includeUndated !== false) : null;
  const onlyTime = time && !filters.hideIsolated && activeRules(filters).every((rule) => rule === 'time');
  let result: VisibleSet = onlyTime ? time : applyFilters(graph, filters, time ?? undefined);
  if (focus && graph.hasNode(focus.centre)) {
    let set = getFocusSet(graph, focus.centre, focus.depth, focus.direction, result);
    for (const key of focus.expanded) set = expandNode(graph, set, key, focus.direction, result);
    result = set;
  }
  return result;
});

/** The paths for the Paths panel's question, or why there are none. */
export interface PathResult {
  paths: FoundPath[];
  explanation: string | null;
}

/** Finds up to three shortest paths through what is visible; null when no question is asked. */
export function selectPaths(state: AppState): PathResult | null {
  const graph = state.dataset?.graph;
  const query = state.path;
  if (!graph || !query) return null;
  return pathsOf(graph, query, selectVisible(state), selectFilters(state));
}

const pathsOf = memoize((graph: ActorGraph, query: PathQuery, visible: VisibleSet, filters: Filters): PathResult => {
  const paths = findPaths(graph, query.from, query.to, { followDirection: query.followDirection, visible });
  const explanation =
    paths.length > 0 ? null : explainNoPath(graph, query.from, query.to, filters, query.followDirection);
  return { paths, explanation: explanation ?? (paths.length ? null : 'No path through the actors shown.') };
});

/** Whether a name is one the measure table holds: a measure, or 'community'. */
export function isComputed(name: unknown): name is string {
  return isMeasure(name) || name === 'community';
}

/**
 * A computed measure ('degree', 'betweenness', 'pagerank') or 'community' for every actor, of the network the as-of
 * date shows (the whole one without a date); null until computed for it, so a value for another date never passes.
 */
export function selectMeasure(
  state: Pick<AppState, 'measures' | 'measuresOf' | 'dataset' | 'filters' | 'history'>,
  name: string,
): Readonly<Record<string, number>> | null {
  const values = state.measures[name];
  return values && (state.measuresOf?.[name] ?? '') === measureKey(state) ? values : null;
}

/**
 * Whether the graph shown may differ between two states: another dataset, or an edit (which changes the graph in
 * place and moves the revision on). Views that read the graph re-read it when this says so.
 */
export function graphChanged(
  state: Pick<AppState, 'dataset' | 'history'>,
  previous: Pick<AppState, 'dataset' | 'history'>,
): boolean {
  return state.dataset !== previous.dataset || state.history.revision !== previous.history.revision;
}
