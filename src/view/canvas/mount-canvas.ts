// The graph canvas: composes the core, the load pipeline, the sync and the camera, and follows the store.

import cytoscape, { type Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import { describeElement } from '../../model/describe-element';
import { type AppState, type Dataset, INITIAL_STATE, select, setStatus } from '../../state/app-state';
import type { Store } from '../../state/store';
import type { LayoutName } from '../../state/view-settings';
import { createNodeLook } from '../appearance/node-appearance';
import { type LayoutContext, runLayout } from '../layout/run-layout';
import { createActorPositions } from './actor-positions';
import { type Camera, type CameraPosition, createCamera } from './camera';
import { createCoreSlot } from './canvas-core';
import { type CanvasEvents, createEmitter, type Emitter } from './canvas-events';
import type { Point } from './edit-diff';
import { followEdit } from './follow-edit';
import { drawGraph } from './load-pipeline';
import type { RelationSnapshot } from './relation-layer';
import { renderProfileOf } from './render-profile';
import { type Looks, restyleActors } from './restyle-actors';
import { actorsToFit, relationScene, syncCanvas } from './sync-canvas';

/** What the app can ask of the canvas besides following the store. */
export interface CanvasHandle {
  /** The current cytoscape core; a dataset of another size class gets a new one (the `core` event says so). */
  readonly cy: Core;
  /** The canvas's one channel to the app: ready, core, userViewport, layoutProgress. */
  readonly events: Emitter<CanvasEvents>;
  /** The dataset last drawn completely (null before the first): the store's dataset once it is ready. */
  drawn(): Dataset | null;
  /** Fits the whole graph in view. */
  resetView(): void;
  getCamera(): CameraPosition;
  /** Moves the camera to a zoom and pan (from a shared link). */
  setCamera(camera: CameraPosition): void;
  /** Stops a running worker layout, keeping the positions reached so far. */
  cancelLayout(): void;
  /** Runs the current layout again (a new random start for force-directed). */
  rerunLayout(): Promise<void>;
  /** The relations an image export must draw itself (those the core does not hold), or null. */
  relationSnapshot(): RelationSnapshot | null;
  /** The actors whose labels the canvas shows now (placed without overlap, readable at this zoom). */
  labelledActors(): string[];
  /** Centres the view on an actor, keeping the zoom unless it is too far out to read labels. */
  centreOn(key: string): void;
  zoomBy(factor: number): void;
  unmount(): void;
}

/** The layout hooks that turn a worker layout's progress and cancel into canvas events, and its failure into an alert. */
function layoutHooks(events: Emitter<CanvasEvents>, store: Store<AppState>) {
  let cancelRunning: (() => void) | null = null;
  const hooks: Pick<LayoutContext, 'onProgress' | 'onCancellable' | 'onFailure'> = {
    onProgress: (done, total) => events.emit('layoutProgress', { done, total }),
    onCancellable: (cancel) => {
      cancelRunning = cancel;
      if (!cancel) events.emit('layoutProgress', null);
    },
    // A crashed layout worker: the alert says so, and the graph is drawn where the layout left it.
    onFailure: (message) => store.update((s) => setStatus(s, { kind: 'error', message })),
  };
  return { hooks, cancel: () => cancelRunning?.() };
}

/** What the concentric layout ranks by: the "Size by" choice and the measures computed so far. */
function ringBasis(state: AppState): Pick<LayoutContext, 'sizeBy' | 'measures'> {
  return { sizeBy: state.view.sizeBy, measures: state.measures };
}

/**
 * Creates the canvas in `container` and keeps it in step with the store; the store stays the truth. One closure
 * composes the rooms (core slot, load pipeline, sync, camera) because they share the few variables below; each step
 * is its own small function.
 */
export function mountCanvas(container: HTMLElement, store: Store<AppState>): CanvasHandle {
  const events = createEmitter<CanvasEvents>();
  const layout = layoutHooks(events, store);
  const slot = createCoreSlot(container, {
    onTap: (target) => store.update((s) => select(s, target)),
    describe: (key, isNode) => {
      const graph = store.get().dataset?.graph;
      return graph ? describeElement(graph, key, isNode) : key;
    },
    onUserViewport: () => events.emit('userViewport', undefined),
    onActorMoved: (key, { x, y }) => {
      slot.positions?.move(key, x, y);
      slot.relations.positionsChanged();
    },
  });
  const camera: Camera = createCamera(
    () => slot.cy,
    () => events.emit('userViewport', undefined),
  );
  let looks: Looks = new Map();
  /** The state the canvas shows (null while a dataset is being drawn): syncs go from it to the store's. */
  let applied: AppState | null = null;
  let drawn: Dataset | null = null;
  let loading = new AbortController();
  /** Where actors removed by edits stood, so an undo puts them back there (for the dataset drawn now). */
  let departed = new Map<string, Point>();

  const restyle = (state: AppState) => {
    const graph = state.dataset?.graph;
    if (graph) restyleActors(slot.cy, graph, looks, createNodeLook(graph, state.view, state.measures));
  };

  const syncNow = () => {
    const next = store.get();
    syncCanvas(slot, applied, next);
    applied = next;
  };

  /** Draws a dataset from scratch; a newer call aborts it wherever it is. */
  const render = async (dataset: Dataset | null) => {
    loading.abort();
    layout.cancel(); // a layout of the previous dataset has nothing left to place
    loading = new AbortController();
    const { signal } = loading;
    [applied, drawn, looks, departed] = [null, null, new Map(), new Map()];
    container.dataset.state = 'loading';
    const graph = dataset?.graph ?? null;
    if (slot.useProfile(renderProfileOf(graph ?? undefined))) events.emit('core', { cy: slot.cy });
    container.dataset.profile = slot.profile;
    slot.positions = graph ? createActorPositions(graph) : null;
    slot.relations.show(relationScene(INITIAL_STATE));
    const state = store.get();
    let lookedWith = state;
    if (graph) {
      const context = {
        cy: slot.cy,
        container,
        withRelations: slot.profile === 'detailed',
        layout: state.view.layout,
        look: () => {
          lookedWith = store.get();
          return createNodeLook(graph, lookedWith.view, lookedWith.measures);
        },
        looks,
        hooks: { ...layout.hooks, ...ringBasis(state) },
      };
      if (!(await drawGraph(context, graph, signal))) return;
      slot.positions?.readAll(slot.cy);
    } else slot.cy.elements().remove();
    const now = store.get();
    // An edit made while drawing is not in the elements built: drawn again (rare: edits wait for the canvas).
    if (now.history.revision !== lookedWith.history.revision) return void render(dataset);
    // Settings or measures that changed while drawing (the measures often arrive meanwhile).
    if (now.view !== lookedWith.view || now.measures !== lookedWith.measures) restyle(now);
    syncNow();
    container.dataset.state = 'ready';
    drawn = dataset;
    events.emit('ready', { dataset });
  };

  // On large graphs a selection is shown after the next paint: restyling a neighbourhood and redrawing thousands of
  // elements would otherwise hold back the inspector's answer to the same click by a few hundred ms.
  let syncQueued = false;
  const syncSoon = () => {
    if (syncQueued) return;
    syncQueued = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        syncQueued = false;
        if (applied) syncNow();
      }, 0),
    );
  };

  const relayout = async (graph: ActorGraph, name: LayoutName) => {
    const { signal } = loading;
    container.dataset.state = 'layout';
    const context = { graph, use: cytoscape.use, animate: true, ...layout.hooks, ...ringBasis(store.get()) };
    await runLayout(slot.cy, name, context);
    if (signal.aborted) return;
    slot.positions?.readAll(slot.cy);
    slot.relations.positionsChanged();
    container.dataset.state = 'ready';
  };

  /** Colours, sizes and layout follow the view settings and the measures. */
  const followView = (state: AppState, previous: AppState, graph: ActorGraph) => {
    if (state.view !== previous.view || state.measures !== previous.measures) restyle(state);
    if (state.view.layout !== previous.view.layout) void relayout(graph, state.view.layout);
  };

  /** Classes follow selection, filters, focus and paths; the camera follows a new focus or path. */
  const followExplore = (state: AppState, previous: AppState) => {
    const onlySelection =
      state.selection !== previous.selection &&
      state.filters === previous.filters &&
      state.focus === previous.focus &&
      state.path === previous.path &&
      state.history.revision === previous.history.revision; // an edit is drawn at once, its selection with it
    if (onlySelection && slot.profile !== 'detailed') syncSoon();
    else syncNow();
    if (state.focus !== previous.focus || (state.path !== previous.path && state.path))
      camera.fitActors(actorsToFit(state));
  };

  /**
   * An edit changed the graph in place: its change set is applied to the core and the relation drawing, never a
   * rebuild (docs/design-choices.md#views-follow-edits). A wholesale change is drawn again.
   */
  const followHistory = (state: AppState, dataset: Dataset) => {
    const last = state.history.last;
    if (!last) return; // the history was cleared, the graph unchanged
    if (last.changes.whole) return void render(dataset);
    const graph = dataset.graph;
    const target = {
      cy: slot.cy,
      positions: slot.positions,
      looks,
      withRelations: slot.profile === 'detailed',
      departed,
    };
    followEdit(target, graph, last.changes, createNodeLook(graph, state.view, state.measures));
    slot.relations.edited(last.changes);
  };

  const follow = (state: AppState, previous: AppState) => {
    if (state.dataset !== previous.dataset) return void render(state.dataset);
    if (!applied || !state.dataset) return; // still drawing: the end of the draw catches up with the store
    if (state.history.revision !== previous.history.revision) followHistory(state, state.dataset);
    if (!applied) return; // drawn again whole
    followView(state, previous, state.dataset.graph);
    followExplore(state, previous);
  };
  const unsubscribe = store.subscribe(follow);

  // Cytoscape caches its container size; tell it when the page layout changes it.
  const resizeObserver = new ResizeObserver(() => slot.cy.resize());
  resizeObserver.observe(container);
  if (store.get().dataset) void render(store.get().dataset);

  return {
    get cy() {
      return slot.cy;
    },
    events,
    drawn: () => drawn,
    resetView: () => camera.fitAll(),
    getCamera: () => camera.get(),
    setCamera: (position) => camera.set(position),
    cancelLayout: () => layout.cancel(),
    rerunLayout: async () => {
      const state = store.get();
      if (state.dataset)
        await relayout(state.dataset.graph, state.view.layout === 'auto' ? 'force' : state.view.layout);
    },
    relationSnapshot: () => slot.relations.snapshot(),
    labelledActors: () => slot.labels.shown(),
    centreOn: (key) => camera.centreOn(key),
    zoomBy: (factor) => camera.zoomBy(factor),
    unmount() {
      loading.abort();
      layout.cancel();
      unsubscribe();
      resizeObserver.disconnect();
      slot.destroy();
      events.clear();
    },
  };
}
