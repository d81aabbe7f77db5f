// Pure transitions for exploring: filters, focus on an actor, the path question, and a whole shared view.

import type { Filters } from '../model/filters';
import { DEFAULT_FILTERS } from '../model/filters';
import type { FocusDepth, FocusDirection } from '../model/focus';
import type { AppState } from './app-state';
import { select } from './app-state';
import type { PathQuery } from './explore-queries';
import type { ViewQuery } from './view-query';

/** Changes some filters; the attribute the kind checkboxes use is kept unless given. */
export function setFilters(state: AppState, change: Partial<Filters>): AppState {
  return { ...state, filters: { ...state.filters, ...change } };
}

/**
 * Clears the Filters panel's filters, keeping the attribute the kind checkboxes use and the Time panel's as-of date
 * and "Include undated": a user who resets the kinds at a date expects to stay at that date.
 */
export function resetFilters(state: AppState): AppState {
  const { attribute, asOf, includeUndated } = state.filters;
  const filters: Filters = { ...DEFAULT_FILTERS, attribute };
  if (asOf !== undefined) filters.asOf = asOf;
  if (includeUndated !== undefined) filters.includeUndated = includeUndated;
  return { ...state, filters };
}

/** Focuses on an actor's neighbourhood, or leaves focus with null. */
export function setFocus(
  state: AppState,
  focus: { centre: string; depth: FocusDepth; direction: FocusDirection } | null,
): AppState {
  if (!focus) return state.focus ? { ...state, focus: null } : state;
  if (!state.dataset?.graph.hasNode(focus.centre)) return state;
  return { ...state, focus: { ...focus, expanded: [] } };
}

/** Adds a neighbour's own neighbourhood to the focus, in place. */
export function expandFocus(state: AppState, key: string): AppState {
  if (!state.focus || state.focus.expanded.includes(key)) return state;
  return { ...state, focus: { ...state.focus, expanded: [...state.focus.expanded, key] } };
}

/** Sets the Paths panel's question, or clears it. */
export function setPathQuery(state: AppState, path: PathQuery | null): AppState {
  return { ...state, path };
}

/** Applies a shared link's view to the freshly loaded dataset: everything but the camera, which the canvas owns. */
export function applyViewQuery(state: AppState, query: ViewQuery): AppState {
  const graph = state.dataset?.graph;
  if (!graph) return state;
  const view = { ...state.view };
  if (query.sizeBy !== undefined) view.sizeBy = query.sizeBy;
  if (query.colorBy !== undefined) view.colorBy = query.colorBy;
  if (query.layout) view.layout = query.layout;
  let next: AppState = { ...state, view, filters: query.filters, compare: query.compare ?? null };
  next = setFocus(next, query.focus);
  const path = query.path;
  next = setPathQuery(next, path && graph.hasNode(path.from) && graph.hasNode(path.to) ? path : null);
  return select(next, query.selection);
}
