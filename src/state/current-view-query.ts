// The shareable view of a state: what a link to the app as it is now should reopen.

import type { AppState } from './app-state';
import { openingFields, sameFields } from './field-state';
import type { Camera, ViewQuery } from './view-query';
import { defaultViewSettings } from './view-settings';

/** The view a link should reopen, from the state and the camera; defaults are left out to keep links short. */
export function currentViewQuery(state: AppState, camera: Camera | null, datasetInLink: string | undefined): ViewQuery {
  const graph = state.dataset?.graph;
  const defaults = graph ? defaultViewSettings(graph) : null;
  const focus = state.focus;
  return {
    dataset: datasetInLink,
    selection: state.selection,
    filters: state.filters,
    // The neighbours expanded in place are not part of a link: it reopens the focus as chosen.
    focus: focus ? { centre: focus.centre, depth: focus.depth, direction: focus.direction } : null,
    path: state.path,
    sizeBy: defaults && state.view.sizeBy !== defaults.sizeBy ? state.view.sizeBy : undefined,
    colorBy: defaults && state.view.colorBy !== defaults.colorBy ? state.view.colorBy : undefined,
    layout: state.view.layout === 'auto' ? null : state.view.layout,
    camera,
    // The fields go into a link only when the user changed them: the app guesses the rest again on open.
    fields: state.dataset && !sameFields(state.fields, openingFields(state.dataset)) ? state.fields : undefined,
    compare: state.compare ?? undefined,
  };
}
