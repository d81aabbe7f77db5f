// Keeps the URL hash in step with the shareable view, both ways: selection, filters, focus, path, mappings, camera.

import { describeElement } from '../model/describe-element';
import type { AppState } from '../state/app-state';
import { currentViewQuery } from '../state/current-view-query';
import { applyViewQuery } from '../state/explore-state';
import { applyFields } from '../state/field-state';
import type { Store } from '../state/store';
import { onlyTimeMoved } from '../state/time-state';
import { decodeViewQuery, encodeViewQuery } from '../state/view-query';
import type { CanvasHandle } from '../view/canvas/mount-canvas';
import { LOCAL_PREFIX } from './copy-link';

/** How long the link waits for the as-of date to rest before it is written. */
const STEP_WRITE_MS = 150;

/** Whether only the as-of date (or Include undated) moved between two states of one dataset. */
function onlyTimeStep(state: AppState, previous: AppState): boolean {
  const same = state.view === previous.view && state.fields === previous.fields && state.compare === previous.compare;
  return same && state.dataset === previous.dataset && onlyTimeMoved(state.filters, previous.filters);
}

/** Whether a part of the link other than the selection, focus and path changed. */
function linkChanged(state: AppState, previous: AppState): boolean {
  return (
    state.filters !== previous.filters ||
    state.view !== previous.view ||
    state.dataset !== previous.dataset ||
    state.fields !== previous.fields ||
    state.compare !== previous.compare
  );
}

/** Says what is selected now, in the announcer. */
function announceSelection(announcer: HTMLElement, state: AppState): void {
  const graph = state.dataset?.graph;
  announcer.textContent =
    graph && state.selection
      ? `Selected ${describeElement(graph, state.selection.key, state.selection.type === 'node')}`
      : 'Selection cleared';
}

/**
 * Writes the hash on every change (a history entry for selection, focus and path), and follows back and forward.
 * Returns an unmount.
 */
export function syncUrl(
  store: Store<AppState>,
  canvas: CanvasHandle,
  announcer: HTMLElement,
  datasetInLink: (state: AppState) => string | undefined,
): () => void {
  let userMovedCamera = false;
  let stepTimer: ReturnType<typeof setTimeout> | undefined;
  const write = (push: boolean) => {
    const state = store.get();
    if (!state.dataset) return;
    const camera = userMovedCamera ? canvas.getCamera() : null;
    const hash = encodeViewQuery(currentViewQuery(state, camera, datasetInLink(state)));
    if (hash === location.hash || (hash === '' && location.hash === '')) return;
    const url = hash || `${location.pathname}${location.search}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) userMovedCamera = false;
    const moved =
      state.selection !== previous.selection || state.focus !== previous.focus || state.path !== previous.path;
    if (moved || linkChanged(state, previous)) {
      clearTimeout(stepTimer);
      // Steps of the as-of date (a drag, Play) write the link once they rest: a write costs a pass over the actors.
      if (!moved && onlyTimeStep(state, previous)) stepTimer = setTimeout(() => write(false), STEP_WRITE_MS);
      else write(moved && state.dataset === previous.dataset);
    }
    if (state.selection !== previous.selection) announceSelection(announcer, state);
  });
  // Only the user's own pans and zooms go into the link; fits done by the app leave the camera out.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const offViewport = canvas.events.on('userViewport', () => {
    userMovedCamera = true;
    clearTimeout(timer);
    timer = setTimeout(() => write(false), 300);
  });
  const onPopState = () => {
    const query = decodeViewQuery(location.hash);
    // An entry written for a local file opened before (or while one is shown) says nothing about another dataset.
    const shown = datasetInLink(store.get());
    const local = [query.dataset, shown].some((name) => name?.startsWith(LOCAL_PREFIX));
    if (local && query.dataset !== shown) return;
    store.update((s) => applyViewQuery(query.fields ? applyFields(s, query.fields) : s, query));
    if (query.camera) canvas.setCamera(query.camera);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    offViewport();
    unsubscribe();
    clearTimeout(timer);
    clearTimeout(stepTimer);
    window.removeEventListener('popstate', onPopState);
  };
}
