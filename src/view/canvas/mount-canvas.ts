// The graph canvas: composes the core, the load pipeline, the sync and the camera, and follows the store.

import cytoscape, { type Core } from 'cytoscape';
import type { ActorGraph } from '../../model/actor-graph';
import { describeElement } from '../../model/describe-element';
import type { LayoutName } from '../../model/view-settings';
import { type AppState, type Dataset, select } from '../../state/app-state';
import type { Store } from '../../state/store';
import { createNodeLook } from '../node-appearance';
import { type LayoutContext, runLayout } from '../run-layout';
import { type ActorPositions, createActorPositions } from './actor-positions';
import { type Camera, type CameraPosition, createCamera } from './camera';
import { bindCore, createCore } from './canvas-core';
import { type CanvasEvents, createEmitter, type Emitter } from './canvas-events';
import { drawGraph } from './load-pipeline';
import { createRelationDrawing, type RelationDrawing } from './relation-drawing';
import type { RelationSnapshot } from './relation-layer';
import { type RenderProfile, renderProfileOf } from './render-profile';
import { type Looks, restyleActors } from './restyle-actors';
import { actorsToFit, syncCanvas } from './sync-canvas';

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
  /** Centres the view on an actor, keeping the zoom unless it is too far out to read labels. */
  centreOn(key: string): void;
  zoomBy(factor: number): void;
  unmount(): void;
}

/** Creates the canvas in `container` and keeps it in step with the store; the store stays the truth. */
export function mountCanvas(container: HTMLElement, store: Store<AppState>): CanvasHandle {
  const events = createEmitter<CanvasEvents>();
  let profile: RenderProfile = 'detailed';
  let cy = createCore(container, profile);
  let positions: ActorPositions | null = null;
  let relations: RelationDrawing = createRelationDrawing(profile, { cy, container, positions: () => positions });
  let looks: Looks = new Map();
  /** The state the canvas shows (null while a dataset is being drawn): syncs go from it to the store's. */
  let applied: AppState | null = null;
  let drawn: Dataset | null = null;
  let loading: AbortController | null = null;
  let cancelRunning: (() => void) | null = null;
  const camera: Camera = createCamera(
    () => cy,
    () => events.emit('userViewport', undefined),
  );
  const hooks: Pick<LayoutContext, 'onProgress' | 'onCancellable'> = {
    onProgress: (done, total) => events.emit('layoutProgress', { done, total }),
    onCancellable: (cancel) => {
      cancelRunning = cancel;
      if (!cancel) events.emit('layoutProgress', null);
    },
  };

  const bind = () =>
    bindCore(cy, container, {
      relations,
      onTap: (target) => store.update((s) => select(s, target)),
      describe: (key, isNode) => {
        const graph = store.get().dataset?.graph;
        return graph ? describeElement(graph, key, isNode) : key;
      },
      onUserViewport: () => events.emit('userViewport', undefined),
      onActorMoved: (key, { x, y }) => {
        positions?.move(key, x, y);
        relations.positionsChanged();
      },
    });
  let unbind = bind();

  /** Replaces the core and its relation drawing when a dataset needs another profile; the old ones are destroyed. */
  const ensureProfile = (next: RenderProfile) => {
    if (next === profile) return;
    unbind();
    relations.destroy();
    cy.destroy();
    profile = next;
    cy = createCore(container, profile);
    relations = createRelationDrawing(profile, { cy, container, positions: () => positions });
    unbind = bind();
    events.emit('core', { cy });
  };

  const ringValue = (state: AppState) => {
    const measure = state.view.sizeBy ? state.measures[state.view.sizeBy] : undefined;
    return measure ? (key: string) => measure[key] ?? 0 : undefined;
  };

  const render = async (dataset: Dataset | null) => {
    loading?.abort();
    cancelRunning?.(); // a layout of the previous dataset has nothing left to place
    const controller = new AbortController();
    loading = controller;
    applied = null;
    drawn = null;
    container.dataset.state = 'loading';
    const graph = dataset?.graph ?? null;
    ensureProfile(renderProfileOf(graph ?? undefined));
    container.dataset.profile = profile;
    positions = graph ? createActorPositions(graph) : null;
    looks = new Map();
    relations.show({ graph: null, shown: null, highlighted: [], selected: null, onPath: null, fade: false });
    if (graph) {
      const state = store.get();
      const context = {
        cy,
        container,
        withRelations: profile === 'detailed',
        layout: state.view.layout,
        look: createNodeLook(graph, state.view, state.measures),
        looks,
        hooks: { ...hooks, ringValue: ringValue(state) },
      };
      if (!(await drawGraph(context, graph, controller.signal))) return;
      positions?.readAll(cy);
    } else cy.elements().remove();
    const state = store.get();
    if (graph) restyleActors(cy, graph, looks, createNodeLook(graph, state.view, state.measures));
    syncNow();
    container.dataset.state = 'ready';
    drawn = dataset;
    events.emit('ready', { dataset });
  };

  const syncNow = () => {
    const next = store.get();
    syncCanvas({ cy, relations }, applied, next);
    applied = next;
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
    const signal = loading?.signal;
    container.dataset.state = 'layout';
    const state = store.get();
    await runLayout(cy, name, { graph, use: cytoscape.use, animate: true, ...hooks, ringValue: ringValue(state) });
    if (signal?.aborted) return;
    positions?.readAll(cy);
    relations.positionsChanged();
    container.dataset.state = 'ready';
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.dataset !== previous.dataset) {
      void render(state.dataset);
      return;
    }
    if (!applied || !state.dataset) return; // still drawing: the end of the draw catches up with the store
    const graph = state.dataset.graph;
    if (state.view !== previous.view || state.measures !== previous.measures)
      restyleActors(cy, graph, looks, createNodeLook(graph, state.view, state.measures));
    if (state.view.layout !== previous.view.layout) void relayout(graph, state.view.layout);
    const onlySelection =
      state.selection !== previous.selection &&
      state.filters === previous.filters &&
      state.focus === previous.focus &&
      state.path === previous.path;
    if (onlySelection && profile !== 'detailed') syncSoon();
    else syncNow();
    if (state.focus !== previous.focus || (state.path !== previous.path && state.path))
      camera.fitActors(actorsToFit(state));
  });

  // Cytoscape caches its container size; tell it when the page layout changes it.
  const resizeObserver = new ResizeObserver(() => cy.resize());
  resizeObserver.observe(container);
  if (store.get().dataset) void render(store.get().dataset);

  return {
    get cy() {
      return cy;
    },
    events,
    drawn: () => drawn,
    resetView: () => camera.fitAll(),
    getCamera: () => camera.get(),
    setCamera: (position) => camera.set(position),
    cancelLayout: () => cancelRunning?.(),
    rerunLayout: async () => {
      const state = store.get();
      if (state.dataset)
        await relayout(state.dataset.graph, state.view.layout === 'auto' ? 'force' : state.view.layout);
    },
    relationSnapshot: () => relations.snapshot(),
    centreOn: (key) => camera.centreOn(key),
    zoomBy: (factor) => camera.zoomBy(factor),
    unmount() {
      loading?.abort();
      cancelRunning?.();
      unsubscribe();
      resizeObserver.disconnect();
      unbind();
      relations.destroy();
      cy.destroy();
      events.clear();
    },
  };
}
