// Changing what means what in the dataset shown: the fields, and for a new Label field a relabelled graph.

import { FIELD_ROLES, type FieldMap, NATIVE_FIELDS } from '../model/fields';
import { withLabelsFrom } from '../model/with-labels-from';
import type { AppState, Dataset } from './app-state';
import { setFields } from './app-state';

/** Whether two field maps give every role the same attribute. */
export function sameFields(a: FieldMap, b: FieldMap): boolean {
  return FIELD_ROLES.every((role) => a[role] === b[role]);
}

/** The graph as loaded, before any Label field relabelled it. */
export function loadedGraph(dataset: Dataset) {
  return dataset.original ?? dataset.graph;
}

/** The fields a dataset opened with, before any change: the guess (or the native meaning). */
export function openingFields(dataset: Dataset): FieldMap {
  return dataset.guessed ?? dataset.fields ?? NATIVE_FIELDS;
}

/**
 * Applies a field mapping to the dataset shown. A new Label field replaces the graph with a copy of the graph as
 * loaded, labelled from that attribute (the loaded graph is kept, so every original attribute is still exported);
 * selection, filters and the rest of the view stay.
 */
export function applyFields(state: AppState, fields: FieldMap): AppState {
  const dataset = state.dataset;
  if (!dataset || sameFields(fields, state.fields)) return state;
  const next = relationFilterFor(state, fields);
  const label = fields.label ?? 'label';
  if (label === (state.fields.label ?? 'label')) return setFields(next, fields);
  const loaded = loadedGraph(dataset);
  const graph = withLabelsFrom(loaded, label);
  const original = graph === loaded ? undefined : loaded;
  return { ...next, dataset: { ...dataset, graph, original }, fields };
}

/** A relation filter chose values of the old Relation field: a new field clears it rather than hide everything. */
function relationFilterFor(state: AppState, fields: FieldMap): AppState {
  if (fields.relation === state.fields.relation || state.filters.relations === null) return state;
  return { ...state, filters: { ...state.filters, relations: null } };
}
