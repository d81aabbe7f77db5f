// Pure transitions for time: the as-of date, whether undated relations show, and the two dates compared.

import type { Filters } from '../model/filters';
import type { AppState, TimeCompare } from './app-state';

/** Shows the network as of a date (null: all dates); kept in the filters, so everything that follows them follows it. */
export function setAsOf(state: AppState, asOf: string | null): AppState {
  if ((state.filters.asOf ?? null) === asOf) return state;
  const filters = { ...state.filters };
  if (asOf === null) delete filters.asOf;
  else filters.asOf = asOf;
  return { ...state, filters };
}

/** Includes or leaves out undated relations as of a date. */
export function setIncludeUndated(state: AppState, include: boolean): AppState {
  if ((state.filters.includeUndated !== false) === include) return state;
  const filters = { ...state.filters };
  if (include) delete filters.includeUndated;
  else filters.includeUndated = false;
  return { ...state, filters };
}

/** Compares two dates, or stops comparing with null. */
export function setCompare(state: AppState, compare: TimeCompare | null): AppState {
  const same = compare && state.compare && compare.from === state.compare.from && compare.to === state.compare.to;
  return same || (compare === null && state.compare === null) ? state : { ...state, compare };
}

/** Whether only the as-of date or "Include undated" differs between two filters. */
export function onlyTimeMoved(a: Filters, b: Filters): boolean {
  const { asOf: _a, includeUndated: _u, ...restA } = a;
  const { asOf: _b, includeUndated: _v, ...restB } = b;
  return (Object.keys({ ...restA, ...restB }) as (keyof typeof restA)[]).every((key) => restA[key] === restB[key]);
}
