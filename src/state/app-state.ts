// The application state and its pure transitions: dataset, selection, status.

import type { ActorGraph } from '../model/actor-graph';
import { type FieldMap, type FieldRole, NATIVE_FIELDS } from '../model/fields';
import { DEFAULT_FILTERS, type Filters } from '../model/filters';
import type { FocusQuery, PathQuery } from './explore-queries';
import { type History, startHistory } from './history';
import { measureKey } from './measure-key';
import { DEFAULT_VIEW_SETTINGS, defaultViewSettings, FROM_FILE, type ViewSettings } from './view-settings';

/** Focus on an actor, plus the neighbours the user expanded in place. */
export interface Focus extends FocusQuery {
  expanded: string[];
}

/**
 * A loaded dataset: the graph and where it came from. Opening a file replaces the dataset whole; an edit changes the
 * graph in place, only through a command (src/model/commands), and moves `history.revision` on: selectors memoised
 * on the graph take the revision too.
 */
export interface Dataset {
  graph: ActorGraph;
  /** The revision it was saved at, when it was reopened from this browser's storage; 0 otherwise. */
  revision?: number;
  /** A stable id: the bundled dataset's id, or the file name. */
  id: string;
  /** The file name or URL it was read from. */
  name: string;
  formatLabel: string;
  warnings: string[];
  /** What means what in this file, when the loader guessed it; the native meaning otherwise. */
  fields?: FieldMap;
  /** What the guesser made of the file, when `fields` came from elsewhere (the user's remembered choice). */
  guessed?: FieldMap;
  /** The roles guessed from the values alone, worth checking in the Fields dialog. */
  weak?: readonly FieldRole[];
  /** The graph as loaded, when `graph` is a copy labelled from another attribute (the Label field). */
  original?: ActorGraph;
}

/** What is selected: one actor or one relation. */
export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

/** What the status region says: a load in progress, a problem, or a notice. */
export interface Status {
  kind: 'idle' | 'loading' | 'info' | 'warning' | 'error';
  message: string;
}

/** Everything the views render from. */
export interface AppState {
  dataset: Dataset | null;
  selection: Selection;
  status: Status;
  /** How nodes are coloured and sized, and the layout. */
  view: ViewSettings;
  filters: Filters;
  focus: Focus | null;
  path: PathQuery | null;
  /** The measures computed so far for this dataset, by name; replaced (never mutated) as each one arrives. */
  measures: MeasureTable;
  /** What each measure was computed on (see measureKey): '' or absent for the whole network. */
  measuresOf?: Readonly<Record<string, string>>;
  /** Which attribute plays which role (label, kind, relation, evidence, source link, date) in this dataset. */
  fields: FieldMap;
  /** The undo and redo stacks of the dataset shown, its revision, and the last step (what views follow). */
  history: History;
  /** The two dates the Time panel compares (its Changes list and the canvas's marks); null when not comparing. */
  compare: TimeCompare | null;
}

/** Two as-of values to compare, as written ("2025-03-01", or numbers on a numeric axis). */
export interface TimeCompare {
  from: string;
  to: string;
}

/** Computed measures ('degree', 'betweenness', 'pagerank', 'community'): a value for every actor, by measure name. */
export type MeasureTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

const NO_MEASURES: MeasureTable = {};

/** The state before any dataset has loaded. */
export const INITIAL_STATE: AppState = {
  dataset: null,
  selection: null,
  status: { kind: 'idle', message: '' },
  view: DEFAULT_VIEW_SETTINGS,
  filters: DEFAULT_FILTERS,
  focus: null,
  path: null,
  measures: NO_MEASURES,
  fields: NATIVE_FIELDS,
  history: startHistory(),
  compare: null,
};

/** Replaces the dataset with the view settings it suggests; a selection not in the new graph is dropped. */
export function setDataset(state: AppState, dataset: Dataset, selection: Selection = null): AppState {
  const view = defaultViewSettings(dataset.graph);
  return {
    ...state,
    dataset,
    selection: existingSelection(dataset.graph, selection),
    view,
    // The kind checkboxes filter on what colours the actors, so the legend and the filters speak of the same thing.
    filters: { ...DEFAULT_FILTERS, attribute: view.colorBy && view.colorBy !== FROM_FILE ? view.colorBy : 'kind' },
    focus: null,
    path: null,
    measures: NO_MEASURES,
    measuresOf: {},
    fields: dataset.fields ?? NATIVE_FIELDS,
    history: startHistory(dataset.revision ?? 0),
    compare: null,
  };
}

/** Changes what means what in the dataset shown (the Fields dialog). */
export function setFields(state: AppState, fields: FieldMap): AppState {
  return state.fields === fields ? state : { ...state, fields };
}

/** Changes how nodes are coloured or sized. */
export function setViewSettings(state: AppState, change: Partial<ViewSettings>): AppState {
  const view = { ...state.view, ...change };
  const same = (Object.keys(view) as (keyof ViewSettings)[]).every((k) => view[k] === state.view[k]);
  return same ? state : { ...state, view };
}

/** Selects an actor or relation, or clears the selection when it names nothing in the graph. */
export function select(state: AppState, selection: Selection): AppState {
  const next = state.dataset ? existingSelection(state.dataset.graph, selection) : null;
  if (sameSelection(next, state.selection)) return state;
  return { ...state, selection: next };
}

/** Sets the status line. */
export function setStatus(state: AppState, status: Status): AppState {
  if (state.status.kind === status.kind && state.status.message === status.message) return state;
  return { ...state, status };
}

/** Whether two selections name the same element. */
export function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.type === b.type && a.key === b.key);
}

function existingSelection(graph: ActorGraph, selection: Selection): Selection {
  if (!selection) return null;
  const exists = selection.type === 'node' ? graph.hasNode(selection.key) : graph.hasEdge(selection.key);
  return exists ? selection : null;
}

/**
 * Adds a computed measure, if it was computed for the graph still shown (a late answer for another is dropped),
 * when `revision` is given, for the graph as it is now (an answer computed before an edit is dropped too), and for
 * the network the as-of date now shows (`key`, see measureKey: an answer for another date is dropped).
 */
export function setMeasure(
  state: AppState,
  graph: ActorGraph,
  name: string,
  values: Readonly<Record<string, number>>,
  revision?: number,
  key = '',
): AppState {
  const of = state.measuresOf ?? {};
  if (state.dataset?.graph !== graph || (state.measures[name] === values && (of[name] ?? '') === key)) return state;
  if (revision !== undefined && revision !== state.history.revision) return state;
  if (key !== measureKey(state)) return state;
  return { ...state, measures: { ...state.measures, [name]: values }, measuresOf: { ...of, [name]: key } };
}
